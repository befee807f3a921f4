import type { StatementTarget } from "@/lib/generated/prisma/enums";

const targetWords: Record<StatementTarget, string> = { PEP: "PEP", PSF: "the PSF", STEERING_COUNCIL: "the Steering Council", GENERAL: "the Python community" };

/** Who the statement speaks to, as a short phrase: "PEP 703", "the PSF: Packaging Work Group" (it follows "to"). */
export function targetLabel({ target, targetPep, targetBody }: { target: StatementTarget; targetPep: number | null; targetBody: string | null }) {
  if (target === "PEP") return `PEP ${targetPep ?? "?"}`;
  if (target === "PSF" && targetBody) return `${targetWords.PSF}: ${targetBody}`;
  return targetWords[target];
}
