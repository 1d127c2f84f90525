/**
 * Where marking runs: the global switch, the "off on these sites" list (`disabledSites`,
 * shared with the popup's per-site switch) and the allow-list mode ("only on these sites").
 * A listed site covers its subdomains: "example.org" also covers "www.example.org".
 */
import type { Settings } from './model';

export interface SiteLists {
  disabledSites: readonly string[];
  allowedSites: readonly string[];
}

export type MarkingState =
  | { on: true }
  | { on: false; reason: 'global-off' | 'site-off' | 'not-allowed' };

/** Hostname or URL typed by a user → a lower-case hostname, or null when it is not one. */
export function normalizeSite(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (!s) return null;
  s = s.replace(/^\*\./, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = `https://${s}`;
  let host: string;
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    host = u.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  if (!host || host.length > 253) return null;
  // IPv6 literals come back bracketed and are accepted as they are.
  if (host.startsWith('[')) return host;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) || host.split('.').some((l) => !l || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) {
    return null;
  }
  return host;
}

/** Whether `host` is `site` or one of its subdomains. */
export function siteCovers(site: string, host: string): boolean {
  const h = host.toLowerCase();
  const s = site.toLowerCase();
  return h === s || h.endsWith(`.${s}`);
}

export function listCovers(list: readonly string[], host: string): boolean {
  return !!host && list.some((s) => siteCovers(s, host));
}

/** Whether marking runs on a page of `host` ('' for pages without one: file:, about:blank). */
export function markingState(settings: Pick<Settings, 'enabled' | 'siteMode'>, lists: SiteLists, host: string): MarkingState {
  if (!settings.enabled) return { on: false, reason: 'global-off' };
  if (settings.siteMode === 'allow-list') return listCovers(lists.allowedSites, host) ? { on: true } : { on: false, reason: 'not-allowed' };
  return listCovers(lists.disabledSites, host) ? { on: false, reason: 'site-off' } : { on: true };
}

/** A sorted list with `site` added once. */
export function addSite(list: readonly string[], site: string): string[] {
  return [...new Set([...list, site.toLowerCase()])].sort();
}

/** The changes that turn marking on or off for `host` (the "toggle on this site" command). */
export interface SitePatch {
  enabled?: boolean;
  disabledSites?: string[];
  allowedSites?: string[];
}

export function toggleSite(settings: Pick<Settings, 'enabled' | 'siteMode'>, lists: SiteLists, host: string): SitePatch {
  const state = markingState(settings, lists, host);
  const h = host.toLowerCase();
  if (state.on) {
    return settings.siteMode === 'allow-list'
      ? { allowedSites: lists.allowedSites.filter((s) => !siteCovers(s, h)) }
      : { disabledSites: addSite(lists.disabledSites, h) };
  }
  const patch: SitePatch = {};
  if (!settings.enabled) patch.enabled = true;
  if (settings.siteMode === 'allow-list') {
    if (!listCovers(lists.allowedSites, h)) patch.allowedSites = addSite(lists.allowedSites, h);
  } else if (listCovers(lists.disabledSites, h)) {
    patch.disabledSites = lists.disabledSites.filter((s) => !siteCovers(s, h));
  }
  return patch;
}
