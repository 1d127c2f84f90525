/**
 * Yields to the browser between slices of work: a task posted through a MessageChannel
 * (no 4 ms clamping, unlike nested setTimeout). One channel serves every yield, so a yield
 * costs one message, not a new channel and its two ports.
 *
 * Not scheduler.yield(): its continuations run ahead of the browser's rendering, so a pass
 * of many 10 ms slices became one long animation frame of 60–100 ms with no rendering in it
 * (bench/long-frames.ts, on the 3.8 MB page). Through a plain task, the page renders between
 * slices.
 */
let channel: MessageChannel | undefined;
/** Resolvers of pending yields, in order: each message wakes the oldest. */
const waiting: (() => void)[] = [];

export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
