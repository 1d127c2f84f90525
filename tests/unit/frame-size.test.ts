import { describe, expect, it, vi } from 'vitest';
import { isTooSmallToRead, untilReadable } from '../../src/page/frame-size';

/** A stand-in for a frame's window: its size, its top, and the resize listener it was given. */
function frame(width: number, height: number, top?: object) {
  // No timers of its own: the re-checks are tested with fake timers below.
  const win = { innerWidth: width, innerHeight: height, top: top ?? {}, setTimeout: () => 0 } as unknown as Window & { innerWidth: number; innerHeight: number };
  let onResize: (() => void) | undefined;
  const listen = (_target: Window, _type: 'resize', fn: () => void) => {
    onResize = fn;
  };
  const resize = (w: number, h: number) => {
    win.innerWidth = w;
    win.innerHeight = h;
    onResize?.();
  };
  return { win, listen, resize };
}

/** Whether `p` has resolved once pending microtasks have run (works with fake timers too). */
const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe('frames too small to read', () => {
  it('tells tracking pixels and hidden frames from frames with room for a line of text', () => {
    expect(isTooSmallToRead(1, 1)).toBe(true);
    expect(isTooSmallToRead(0, 0)).toBe(true);
    expect(isTooSmallToRead(300, 10)).toBe(true);
    expect(isTooSmallToRead(300, 250)).toBe(false);
    expect(isTooSmallToRead(40, 16)).toBe(false);
  });

  it('lets the top frame and readable frames start at once', async () => {
    const top = frame(1, 1);
    (top.win as unknown as { top: Window }).top = top.win;
    expect(await settled(untilReadable(top.win, top.listen))).toBe(true);
    const ad = frame(300, 250);
    expect(await settled(untilReadable(ad.win, ad.listen))).toBe(true);
  });

  it('holds a small frame until it grows large enough', async () => {
    const f = frame(1, 1);
    const p = untilReadable(f.win, f.listen);
    expect(await settled(p)).toBe(false);
    f.resize(20, 20);
    expect(await settled(p)).toBe(false);
    f.resize(600, 120);
    expect(await settled(p)).toBe(true);
  });

  it('re-reads the size a few times when no resize event comes', async () => {
    vi.useFakeTimers();
    try {
      const f = frame(0, 0);
      const p = untilReadable(f.win, f.listen, (fn, ms) => setTimeout(fn, ms));
      // Grown without a resize event (a throttled cross-origin frame).
      f.win.innerWidth = 600;
      f.win.innerHeight = 120;
      await vi.advanceTimersByTimeAsync(100);
      expect(await settled(p)).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      expect(await settled(p)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops re-reading a frame that stays hidden', async () => {
    vi.useFakeTimers();
    try {
      const f = frame(0, 0);
      const p = untilReadable(f.win, f.listen, (fn, ms) => setTimeout(fn, ms));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(vi.getTimerCount()).toBe(0);
      expect(await settled(p)).toBe(false);
      // A resize event still starts it.
      f.resize(600, 120);
      expect(await settled(p)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

