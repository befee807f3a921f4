import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { repeatTask } from "@/lib/repeat-task";

describe("repeatTask", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("never starts a run while one is under way, and stopping waits for it", async () => {
    let starts = 0;
    let finish = () => {};
    const task = () => {
      starts += 1;
      return new Promise<void>((resolve) => (finish = resolve));
    };
    const stop = repeatTask(task, { intervalMs: 100, runAtOnce: true });
    expect(starts).toBe(1);
    await vi.advanceTimersByTimeAsync(350);
    expect(starts).toBe(1);

    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(starts).toBe(1);
  });

  it("runs on its interval once the previous run has finished", async () => {
    let starts = 0;
    const stop = repeatTask(async () => void (starts += 1), { intervalMs: 100 });
    expect(starts).toBe(0);
    await vi.advanceTimersByTimeAsync(350);
    expect(starts).toBe(3);
    await stop();
  });

  it("logs a failed run with its message and runs again on the next interval", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let starts = 0;
    const stop = repeatTask(
      async () => {
        starts += 1;
        throw new Error("database away");
      },
      { intervalMs: 100, runAtOnce: true, failureMessage: "Closing votes failed:" },
    );
    await vi.advanceTimersByTimeAsync(150);
    expect(starts).toBe(2);
    expect(logged).toHaveBeenCalledWith("Closing votes failed:", expect.objectContaining({ message: "database away" }));
    await stop();
    logged.mockRestore();
  });
});
