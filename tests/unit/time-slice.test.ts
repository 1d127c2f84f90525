import { describe, expect, it } from 'vitest';
import { CHECKPOINT, createBatcher, runSliced } from '../../src/core/schedule/time-slice';
import { fakeClock } from '../support/fake-clock';

/** A clock that advances only when work says so, and a log of what ran in which slice. */
function fakeHost() {
  let t = 0;
  let slice = 0;
  const log: string[] = [];
  return {
    log,
    advance: (ms: number) => {
      t += ms;
    },
    opts: (budgetMs: number, cancelled?: () => boolean) => ({
      budgetMs,
      now: () => t,
      yieldToHost: async () => {
        slice++;
        log.push('yield');
      },
      cancelled,
    }),
    get slice() {
      return slice;
    },
  };
}

describe('runSliced', () => {
  it('hands over every item, in order, yielding once a slice has used its budget', async () => {
    const host = fakeHost();
    // Each item costs 2 ms; the clock is read every 8 items, so a 10 ms slice ends after 8.
    const items = Array.from({ length: 20 }, (_, i) => i);
    const seen: number[] = [];
    const r = await runSliced(items[Symbol.iterator](), (i) => {
      seen.push(i);
      host.advance(2);
    }, host.opts(10));
    expect(seen).toEqual(items);
    expect(r).toEqual({ slices: 3, items: 20, cancelled: false });
    expect(host.log).toEqual(['yield', 'yield']);
  });

  it('reads the clock at a checkpoint, so a long step can start a fresh slice', async () => {
    const host = fakeHost();
    const seen: string[] = [];
    function* work() {
      yield 'a';
      yield CHECKPOINT; // 'a' used the budget: the slice ends here, before the long step
      yield 'long';
    }
    const r = await runSliced(work(), (item) => {
      seen.push(`${item}@${host.slice}`);
      host.advance(item === 'a' ? 12 : 30);
    }, host.opts(10));
    expect(seen).toEqual(['a@0', 'long@1']);
    expect(r.slices).toBe(2);
    expect(r.items).toBe(2);
  });

  it('does not end a slice at a checkpoint with budget left', async () => {
    const host = fakeHost();
    function* work() {
      yield 1;
      yield CHECKPOINT;
      yield 2;
    }
    const r = await runSliced(work(), () => host.advance(1), host.opts(10));
    expect(r).toEqual({ slices: 1, items: 2, cancelled: false });
  });

  it('stops when cancelled', async () => {
    const host = fakeHost();
    let stop = false;
    const seen: number[] = [];
    const r = await runSliced([1, 2, 3, 4][Symbol.iterator](), (i) => {
      seen.push(i);
      if (i === 2) stop = true;
    }, host.opts(10, () => stop));
    expect(seen).toEqual([1, 2]);
    expect(r.cancelled).toBe(true);
  });
});

describe('createBatcher', () => {
  it('runs once after a quiet period, however many calls came in the burst', () => {
    const t = fakeClock();
    let runs = 0;
    const b = createBatcher(() => runs++, 60, 400, t.timers);
    for (let i = 0; i < 5; i++) {
      b.schedule();
      t.advance(10);
    }
    expect(runs).toBe(0);
    expect(b.pending).toBe(true);
    t.advance(60);
    expect(runs).toBe(1);
    expect(b.pending).toBe(false);
  });

  it('runs no later than the maximum wait on a page that never stops changing', () => {
    const t = fakeClock();
    const runsAt: number[] = [];
    const b = createBatcher(() => runsAt.push(t.timers.now()), 60, 400, t.timers);
    for (let i = 0; i < 20; i++) {
      b.schedule();
      t.advance(30);
    }
    // Calls every 30 ms never leave 60 ms of quiet: the first run comes 400 ms after the first call.
    expect(runsAt[0]).toBe(400);
  });

  it('cancel() drops the pending run', () => {
    const t = fakeClock();
    let runs = 0;
    const b = createBatcher(() => runs++, 60, 400, t.timers);
    b.schedule();
    b.cancel();
    t.advance(500);
    expect(runs).toBe(0);
  });
});
