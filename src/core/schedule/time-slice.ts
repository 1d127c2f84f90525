/**
 * Runs work from an iterator in time slices, yielding to the host between slices so that
 * no single task runs long (long animation frames are what users feel as jank).
 */
export interface SliceOptions {
  /** Milliseconds of work per slice. */
  budgetMs: number;
  now: () => number;
  /** Lets the browser paint and handle input; resolves when work may continue. */
  yieldToHost: () => Promise<void>;
  /** Checked between items; stops early when it returns true. */
  cancelled?: () => boolean;
}

/**
 * An item source yields this where it is about to do something long with no item to hand
 * over (one big native call, say): the clock is read there, and the slice may end first.
 */
export const CHECKPOINT: unique symbol = Symbol('checkpoint');

export async function runSliced<T>(items: Iterator<T | typeof CHECKPOINT>, handle: (item: T) => void, opts: SliceOptions): Promise<{ slices: number; items: number; cancelled: boolean }> {
  let slices = 0;
  let count = 0;
  for (;;) {
    const sliceStart = opts.now();
    slices++;
    let done = false;
    // Reading the clock costs about as much as a small item: look at it every 8 items.
    let sinceCheck = 0;
    for (;;) {
      if (opts.cancelled?.()) return { slices, items: count, cancelled: true };
      const next = items.next();
      if (next.done) {
        done = true;
        break;
      }
      if (next.value === CHECKPOINT) {
        if (opts.now() - sliceStart >= opts.budgetMs) break;
        continue;
      }
      handle(next.value);
      count++;
      if (++sinceCheck >= 8) {
        sinceCheck = 0;
        if (opts.now() - sliceStart >= opts.budgetMs) break;
      }
    }
    if (done) return { slices, items: count, cancelled: false };
    await opts.yieldToHost();
  }
}

/**
 * Collects bursts of calls into one run after `delayMs` of quiet, but no later than
 * `maxWaitMs` after the first call (so a page that never stops changing still gets marked).
 */
export function createBatcher(run: () => void, delayMs: number, maxWaitMs: number, timers: { set: (fn: () => void, ms: number) => unknown; clear: (id: unknown) => void; now: () => number }) {
  let timer: unknown;
  let first = 0;
  return {
    schedule() {
      const now = timers.now();
      if (timer === undefined) first = now;
      else timers.clear(timer);
      const wait = Math.max(0, Math.min(delayMs, first + maxWaitMs - now));
      timer = timers.set(() => {
        timer = undefined;
        run();
      }, wait);
    },
    cancel() {
      if (timer !== undefined) timers.clear(timer);
      timer = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
