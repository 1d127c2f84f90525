import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CATEGORY_IDS } from '../../src/core/glossary/vocabulary';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  migrateSettingsV1toV2,
  normalizeSettings,
  SETTINGS_VERSION,
  type Settings,
} from '../../src/core/settings/model';

const V2: Settings = {
  enabled: false,
  siteMode: 'allow-list',
  style: 'solid',
  color: '#aa3300',
  hiddenCategories: ['profession', 'anatomy'],
  firstOnly: true,
  hoverDelayMs: 400,
  ambiguous: 'always',
  badge: false,
};

describe('settings: normalize', () => {
  it('gives the defaults for missing or damaged values', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dotted')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps every valid field and defaults each invalid one on its own', () => {
    expect(normalizeSettings(V2)).toEqual(V2);
    const damaged = normalizeSettings({ ...V2, style: 'wavy', color: 'red', hoverDelayMs: 'slow', extra: 1 });
    expect(damaged).toEqual({ ...V2, style: 'dotted', color: DEFAULT_SETTINGS.color, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });
    expect(damaged).not.toHaveProperty('extra');
  });
  it('clamps the hover delay, lower-cases the colour and drops unknown categories', () => {
    expect(normalizeSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(2000);
    expect(normalizeSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(normalizeSettings({ color: '#ABCDEF' }).color).toBe('#abcdef');
    expect(normalizeSettings({ hiddenCategories: ['anatomy', 'cooking', 'anatomy'] }).hiddenCategories).toEqual(['anatomy']);
  });
});

describe('settings: migrations from every older version', () => {
  it('is at version 2', () => expect(SETTINGS_VERSION).toBe(2));

  it('v1 → v2: styles, ambiguity and categories are translated', () => {
    expect(
      migrateSettingsV1toV2({ enabled: true, style: 'underline', ambiguous: true, firstOnly: false, categories: [] }),
    ).toEqual({ ...DEFAULT_SETTINGS });
    const m = migrateSettingsV1toV2({ enabled: false, style: 'highlight', ambiguous: false, firstOnly: true, categories: ['ecls', 'mcs', 'nonsense'] });
    expect(m.enabled).toBe(false);
    expect(m.style).toBe('background');
    expect(m.ambiguous).toBe('never');
    expect(m.firstOnly).toBe(true);
    // v1 listed what to mark; v2 lists what not to mark.
    expect(m.hiddenCategories).toEqual(CATEGORY_IDS.filter((c) => c !== 'ecls' && c !== 'mcs'));
    // New in v2: defaults.
    expect(m.color).toBe(DEFAULT_SETTINGS.color);
    expect(m.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(m.badge).toBe(true);
    expect(m.siteMode).toBe('all');
  });

  it('v1 → v2 tolerates partial and damaged v1 values', () => {
    expect(migrateSettingsV1toV2({})).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV1toV2(null)).toEqual(DEFAULT_SETTINGS);
    expect(migrateSettingsV1toV2({ style: 42, categories: 'ecls', enabled: 'yes' })).toEqual(DEFAULT_SETTINGS);
  });

  it('runs the chain from each older version and leaves the current version alone', () => {
    const v1 = { enabled: true, style: 'highlight', ambiguous: true, firstOnly: true, categories: ['anatomy'] };
    for (let from = 1; from < SETTINGS_VERSION; from++) {
      const out = migrateSettings(v1, from);
      expect(out.style).toBe('background');
      expect(out.hiddenCategories).not.toContain('anatomy');
    }
    expect(migrateSettings(V2, SETTINGS_VERSION)).toEqual(V2);
  });
});

describe('settings: stored item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('migrates a stored v1 value (no version metadata) when the item is first used', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: true, style: 'highlight', ambiguous: false, firstOnly: false, categories: [] } });
    const { getSettings } = await import('../../src/platform/settings');
    const s = await getSettings();
    expect(s.style).toBe('background');
    expect(s.ambiguous).toBe('never');
    const raw = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(raw.settings$).toEqual({ v: 2 });
    expect(raw.settings).toEqual(s);
  });

  it('leaves a stored v2 value as it is', async () => {
    await fakeBrowser.storage.sync.set({ settings: V2, settings$: { v: 2 } });
    const { getSettings } = await import('../../src/platform/settings');
    expect(await getSettings()).toEqual(V2);
  });

  it('reads the defaults when nothing is stored and writes partial updates', async () => {
    const { getSettings, updateSettings, getHoverDelay } = await import('../../src/platform/settings');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ hoverDelayMs: 500 });
    expect(await getHoverDelay()).toBe(500);
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });
});
