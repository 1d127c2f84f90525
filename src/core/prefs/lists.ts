/**
 * Pure list rules for the user's stored preferences (no storage access here):
 * recently viewed entries and the sites where marking is turned off.
 */

/** Most recently viewed entries kept. */
export const RECENT_MAX = 10;

/** `id` moved to the front, without duplicates, at most `max` long. */
export function pushRecent(list: readonly string[], id: string, max = RECENT_MAX): string[] {
  return [id, ...list.filter((x) => x !== id)].slice(0, max);
}

/**
 * The site key of a page URL: its hostname, lower case, for http(s) pages only. Other pages
 * (browser pages, the extension's own pages, file:, PDFs in the viewer) have no per-site switch.
 */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isSiteEnabled(disabled: readonly string[], host: string): boolean {
  return !disabled.includes(host.toLowerCase());
}

/** The disabled-sites list after turning marking on or off for `host`. */
export function setSiteEnabled(disabled: readonly string[], host: string, enabled: boolean): string[] {
  const h = host.toLowerCase();
  const rest = disabled.filter((x) => x !== h);
  return enabled ? rest : [...rest, h].sort();
}
