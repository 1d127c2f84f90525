/**
 * Keyboard navigation between marked terms (no DOM): which term comes next.
 *
 * Terms are given in document order with the top of their first line box (viewport
 * coordinates). With a current term, next/previous step from it and wrap around. Without
 * one, "next" starts at the first term whose top is in or below the viewport and "previous"
 * at the last term that starts above the viewport's bottom, so the first press lands on
 * something the reader can see (or the nearest term beyond it).
 */
export type Direction = 1 | -1;

export function stepIndex(tops: readonly number[], current: number, dir: Direction, viewportHeight: number): number {
  const n = tops.length;
  if (n === 0) return -1;
  if (current >= 0 && current < n) return (current + dir + n) % n;
  if (dir === 1) {
    const i = tops.findIndex((t) => t >= 0);
    return Math.max(i, 0);
  }
  for (let i = n - 1; i >= 0; i--) if (tops[i] < viewportHeight) return i;
  return n - 1;
}

/** The keyboard shortcuts, documented in the README: Alt+Shift+→ / Alt+Shift+←. */
export interface KeyLike {
  key: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function shortcutDirection(ev: KeyLike): Direction | 0 {
  if (!ev.altKey || !ev.shiftKey || ev.ctrlKey || ev.metaKey) return 0;
  if (ev.key === 'ArrowRight') return 1;
  if (ev.key === 'ArrowLeft') return -1;
  return 0;
}
