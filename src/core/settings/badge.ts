/**
 * The toolbar badge: the number of distinct glossary terms marked in a tab (across its
 * frames), or "off" where marking is off for the site.
 */

export interface FrameReport {
  /** Distinct entry ids marked in the frame. */
  entryIds: string[];
  /** Marking is off in this frame (site switch, allow-list, global switch). */
  off: boolean;
  /** The user wants the count on the icon. */
  showCount: boolean;
}

export function badgeText(count: number, off: boolean, showCount: boolean): string {
  if (off) return 'off';
  if (!showCount || count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** Badge text of a tab from the reports of its frames (frame 0 is the top document). */
export function tabBadgeText(frames: ReadonlyMap<number, FrameReport>): string {
  const top = frames.get(0);
  const ids = new Set<string>();
  for (const f of frames.values()) if (!f.off) for (const id of f.entryIds) ids.add(id);
  return badgeText(ids.size, top?.off ?? false, top?.showCount ?? [...frames.values()].some((f) => f.showCount));
}
