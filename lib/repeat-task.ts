/**
 * Runs `task` every `intervalMs` (and once right away with `runAtOnce`),
 * never two runs at a time. The task reports its own failures. Returns a
 * function that stops the schedule and resolves once a run under way has
 * finished, so that shutting down does not close the database under it.
 */
export function repeatTask(task: () => Promise<void>, { intervalMs, runAtOnce = false }: { intervalMs: number; runAtOnce?: boolean }): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = task().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  if (runAtOnce) run();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
