/**
 * Yields to the browser between slices of work: a task posted through a MessageChannel
 * (no 4 ms clamping, unlike nested setTimeout).
 *
 * Not scheduler.yield(): its continuations run ahead of the browser's rendering, so a pass
 * of many 10 ms slices became one long animation frame of 60–100 ms with no rendering in it
 * (bench/long-frames.ts, on the 3.8 MB page). Through a plain task, the page renders between
 * slices.
 */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
