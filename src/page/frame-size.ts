/**
 * Frames too small to read (tracking pixels, 0 × 0 helper frames, frames hidden with
 * display: none) skip the content script's start-up until they grow: parsing the match data
 * and building the matcher cost several milliseconds in every frame, for nothing a reader
 * could see. A frame that is shown or enlarged later gets a resize event, and starts then.
 */

/** Smallest viewport worth marking, in CSS pixels: a line of text in a narrow column. */
const MIN_WIDTH = 40;
const MIN_HEIGHT = 16;

export function isTooSmallToRead(width: number, height: number): boolean {
  return width < MIN_WIDTH || height < MIN_HEIGHT;
}

/** Re-checks of a small frame's size, in ms after the last: a resize event can come late. */
const RECHECK_MS = [250, 1000, 4000, 15000];

/**
 * Resolves at once for the top frame and for frames large enough to read; otherwise when the
 * frame's viewport first grows large enough. `listen` adds a listener and `later` sets a timer,
 * both ended when the content script is invalidated (WXT's ctx.addEventListener, ctx.setTimeout).
 *
 * Resize events fire only when the frame renders, and a cross-origin frame can learn its
 * size before its first rendering opportunity (or without one, while the browser throttles
 * it), so the size is also re-read a few times, further apart each time.
 */
export function untilReadable(
  win: Window,
  listen: (target: Window, type: 'resize', fn: () => void) => void,
  later: (fn: () => void, ms: number) => void = (fn, ms) => win.setTimeout(fn, ms),
): Promise<void> {
  const readable = () => !isTooSmallToRead(win.innerWidth, win.innerHeight);
  if (win === win.top || readable()) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const check = () => {
      if (!done && readable()) {
        done = true;
        resolve();
      }
    };
    listen(win, 'resize', check);
    const recheck = (i: number) =>
      later(() => {
        check();
        if (!done && i + 1 < RECHECK_MS.length) recheck(i + 1);
      }, RECHECK_MS[i]);
    recheck(0);
  });
}
