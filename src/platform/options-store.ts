/**
 * The settings page's access to storage and the browser, behind an interface so the Preact
 * components can be tested with a fake.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../core/settings/model';
import type { SiteLists } from '../core/settings/sites';
import {
  allowedSites,
  applySitePatch,
  type CustomData,
  disabledSites,
  getCustomData,
  getSettings,
  getSiteLists,
  setCustomData,
  updateSettings,
  watchCustomData,
  watchSettings,
} from './settings';

export interface OptionsState {
  settings: Settings;
  lists: SiteLists;
  custom: CustomData;
}

export interface Shortcut {
  name: string;
  description: string;
  /** The keys, or '' when none is set. */
  shortcut: string;
}

export interface OptionsStore {
  load(): Promise<OptionsState>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  saveSiteLists(patch: Partial<SiteLists>): Promise<void>;
  /** Callers validate first; rejects with StorageFullError when storage is full. */
  saveCustom(data: CustomData): Promise<void>;
  /** Changes made elsewhere (the popup's switch, another settings tab). */
  watch(cb: (patch: Partial<OptionsState>) => void): () => void;
  shortcuts(): Promise<Shortcut[]>;
}

export function createOptionsStore(): OptionsStore {
  return {
    async load() {
      const [settings, lists, custom] = await Promise.all([getSettings(), getSiteLists(), getCustomData()]);
      return { settings, lists, custom };
    },
    saveSettings: (patch) => updateSettings(patch),
    saveSiteLists: (patch) =>
      applySitePatch({
        ...(patch.disabledSites ? { disabledSites: [...patch.disabledSites] } : {}),
        ...(patch.allowedSites ? { allowedSites: [...patch.allowedSites] } : {}),
      }),
    saveCustom: (data) => setCustomData(data),
    watch(cb) {
      const offs = [
        watchSettings((settings) => cb({ settings })),
        disabledSites.watch(() => void getSiteLists().then((lists) => cb({ lists }))),
        allowedSites.watch(() => void getSiteLists().then((lists) => cb({ lists }))),
        watchCustomData((custom) => cb({ custom })),
      ];
      return () => {
        for (const off of offs) off();
      };
    },
    async shortcuts() {
      const all = (await browser.commands?.getAll?.()) ?? [];
      return all.map((c) => ({
        name: c.name ?? '',
        description: c.name === '_execute_action' ? 'Open the glossary' : (c.description ?? c.name ?? ''),
        shortcut: c.shortcut ?? '',
      }));
    },
  };
}
