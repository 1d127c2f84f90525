/**
 * Every stored user setting, defined in one place (@wxt-dev/storage). The keys are a contract
 * between the settings page, the popup, the content script and the background: change one
 * only with a migration.
 *
 * - sync:settings        Settings (versioned; see src/core/settings/model.ts for the history)
 * - sync:disabledSites   string[] hostnames where marking is off (also the popup's switch)
 * - sync:allowedSites    string[] hostnames where marking runs in allow-list mode
 * - local:customEntries  Entry[] the user's own entries (same schema as the bundled glossary)
 * - local:hiddenEntries  string[] ids of bundled entries the user hid
 *
 * Small preferences are in `sync` (they follow the user's browser profile); custom entries are
 * in `local`, whose quota (10 MB) fits a real glossary where sync's 8 kB per item does not.
 */
import { storage } from '@wxt-dev/storage';
import { mergeGlossary } from '../core/glossary/merge';
import type { Entry } from '../core/glossary/schema';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_MIGRATIONS, SETTINGS_VERSION, type Settings } from '../core/settings/model';
import type { SiteLists } from '../core/settings/sites';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS as Settings,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Hostnames where the user turned marking off (synced across the user's browsers). */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [] });

/** Hostnames where marking runs when the site mode is "allow-list". */
export const allowedSites = storage.defineItem<string[]>('sync:allowedSites', { fallback: [] });

export const customEntries = storage.defineItem<Entry[]>('local:customEntries', { fallback: [], version: 1, migrations: {} });

export const hiddenEntries = storage.defineItem<string[]>('local:hiddenEntries', { fallback: [] });

const asList = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Writes some settings, keeping the others as stored. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await guardQuota(() => settingsItem.setValue(next));
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((s) => cb(normalizeSettings(s)));
}

/** The hover delay of the card, in ms (the card watches it to follow changes live). */
export async function getHoverDelay(): Promise<number> {
  return (await getSettings()).hoverDelayMs;
}

export function watchHoverDelay(cb: (ms: number) => void): () => void {
  let last: number | undefined;
  return watchSettings((s) => {
    if (s.hoverDelayMs === last) return;
    last = s.hoverDelayMs;
    cb(last);
  });
}

export async function getSiteLists(): Promise<SiteLists> {
  const [d, a] = await Promise.all([disabledSites.getValue(), allowedSites.getValue()]);
  return { disabledSites: asList(d), allowedSites: asList(a) };
}

export interface CustomData {
  entries: Entry[];
  hidden: string[];
}

export async function getCustomData(): Promise<CustomData> {
  const [e, h] = await Promise.all([customEntries.getValue(), hiddenEntries.getValue()]);
  return { entries: Array.isArray(e) ? e : [], hidden: asList(h) };
}

/**
 * Writes custom entries and hidden ids together. Callers validate first (mergeGlossary);
 * a quota error leaves the previous values in place and is reported as a StorageFullError.
 */
export async function setCustomData(data: CustomData): Promise<void> {
  const old = await getCustomData();
  await guardQuota(async () => {
    try {
      await customEntries.setValue(data.entries);
      await hiddenEntries.setValue(data.hidden);
    } catch (err) {
      // Put back what was there, so a failure never leaves half a change.
      await Promise.allSettled([customEntries.setValue(old.entries), hiddenEntries.setValue(old.hidden)]);
      throw err;
    }
  });
}

/** Calls `cb` whenever the custom entries or the hidden list change. */
export function watchCustomData(cb: (d: CustomData) => void): () => void {
  const fire = () => void getCustomData().then(cb);
  const a = customEntries.watch(fire);
  const b = hiddenEntries.watch(fire);
  return () => {
    a();
    b();
  };
}

/** The glossary as the user sees it: bundled + custom − hidden (invalid custom entries left out). */
export async function loadEffectiveGlossary(bundled: Entry[]): Promise<Entry[]> {
  const { entries, hidden } = await getCustomData();
  if (entries.length === 0 && hidden.length === 0) return bundled;
  return mergeGlossary(bundled, entries, hidden).entries;
}

/** Effective entries by id, kept up to date (the background answers the card with it). */
export function effectiveLookup(bundled: Entry[]): { get(id: string): Promise<Entry | null> } {
  let byId: Promise<Map<string, Entry>> | undefined;
  const load = () => (byId = loadEffectiveGlossary(bundled).then((list) => new Map(list.map((e) => [e.id, e]))));
  watchCustomData(() => void load());
  return {
    get: async (id) => (await (byId ?? load())).get(id) ?? null,
  };
}

/** Storage is full: the message says so in words a user understands. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(
      'The browser’s storage for Perfusion Glossary is full, so nothing was saved. Delete some custom entries (or export them to a file first) and try again.',
      { cause },
    );
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(err: unknown): boolean {
  const text = `${(err as { name?: string })?.name ?? ''} ${(err as { message?: string })?.message ?? String(err)}`;
  return /quota|QUOTA_BYTES|MAX_ITEMS|MAX_WRITE_OPERATIONS|NS_ERROR_DOM_QUOTA_REACHED|storage.*full/i.test(text);
}

async function guardQuota<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isQuotaError(err)) throw new StorageFullError(err);
    throw err;
  }
}

/** Writes the site lists and/or the global switch (the settings page and the toggle command). */
export async function applySitePatch(patch: { enabled?: boolean; disabledSites?: string[]; allowedSites?: string[] }): Promise<void> {
  await guardQuota(async () => {
    if (patch.disabledSites) await disabledSites.setValue(patch.disabledSites);
    if (patch.allowedSites) await allowedSites.setValue(patch.allowedSites);
  });
  if (patch.enabled !== undefined) await updateSettings({ enabled: patch.enabled });
}
