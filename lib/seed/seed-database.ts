import { baselineSteps } from "@/lib/seed/baseline-steps";
import { demoSteps } from "@/lib/seed/demo-steps";
import { runSeedSteps } from "@/lib/seed/run-seed-steps";

/** Baseline data on every database; demo content only where asked for. */
export async function seedDatabase({ withDemoData, log }: { withDemoData: boolean; log?: (message: string) => void }) {
  return runSeedSteps([...baselineSteps, ...(withDemoData ? demoSteps : [])], log);
}
