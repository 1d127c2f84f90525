/**
 * A manual clock for pure logic that takes timers: timers run only when a test advances
 * time, in the order they fall due.
 */
export function fakeClock() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers = {
    set(fn: () => void, ms: number): unknown {
      const id = ++seq;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clear(id: unknown) {
      pending.delete(id as number);
    },
    now: () => now,
  };
  return {
    timers,
    get pending() {
      return pending.size;
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...pending].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}
