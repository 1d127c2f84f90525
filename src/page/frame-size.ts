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

/**
 * Resolves at once for the top frame and for frames large enough to read; otherwise when the
 * frame's viewport first grows large enough. `listen` adds a listener that is removed when
 * the content script is invalidated (WXT's ctx.addEventListener).
 */
export function untilReadable(win: Window, listen: (target: Window, type: 'resize', fn: () => void) => void): Promise<void> {
  if (win === win.top || !isTooSmallToRead(win.innerWidth, win.innerHeight)) return Promise.resolve();
  return new Promise((resolve) => {
    listen(win, 'resize', () => {
      if (!isTooSmallToRead(win.innerWidth, win.innerHeight)) resolve();
    });
  });
}
