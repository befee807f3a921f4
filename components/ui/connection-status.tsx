import { cn } from "@/lib/ui/cn";

const tones = {
  pending: { dot: "bg-warning motion-safe:animate-pulse", text: "text-muted" },
  live: { dot: "bg-success", text: "text-success" },
  down: { dot: "bg-danger", text: "text-danger" },
} as const;

/** A coloured dot and a few words on the state of a live connection (notes, live tools). */
export function ConnectionStatus({ tone, label, state, testId, className }: { tone: keyof typeof tones; label: string; state: string; testId: string; className?: string }) {
  return (
    <p className={cn("inline-flex items-center gap-2 text-xs font-medium", tones[tone].text, className)} role="status" data-testid={testId} data-state={state}>
      <span aria-hidden className={cn("size-2 shrink-0 rounded-full", tones[tone].dot)} />
      {label}
    </p>
  );
}
