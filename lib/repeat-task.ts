/**
 * Runs `task` every `intervalMs` (and once right away with `runAtOnce`),
 * never two runs at a time. A run that fails is logged with `failureMessage`
 * (a task without one reports its own failures), and the next run goes on.
 * Returns a function that stops the schedule and resolves once a run under
 * way has finished, so that shutting down does not close the database under it.
 */
export function repeatTask(task: () => Promise<unknown>, { intervalMs, runAtOnce = false, failureMessage }: { intervalMs: number; runAtOnce?: boolean; failureMessage?: string }): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = task()
      .then(
        () => {},
        (error: unknown) => {
          if (failureMessage === undefined) throw error;
          console.error(failureMessage, error);
        },
      )
      .finally(() => {
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
