/**
 * Applies the user's settings to the marking of one document, live: the global switch, the
 * site lists, style and colour, categories, first-occurrence, ambiguous acronyms, custom and
 * hidden entries. Watches storage and reports the tab badge to the background. The content
 * script entrypoint creates the Scanner and hands it here.
 */
import * as v from 'valibot';
import { type Entry, EntrySchema } from '../core/glossary/schema';
import { combineMatchData, hiddenEntryIndexes } from '../core/match/combine';
import type { MatchData } from '../core/match/match-data';
import { markingState, type SiteLists, toggleSite } from '../core/settings/sites';
import { onMessage, sendMessage } from '../platform/messaging';
import {
  allowedSites,
  applySitePatch,
  type CustomData,
  disabledSites,
  getCustomData,
  getSettings,
  getSiteLists,
  watchCustomData,
  watchSettings,
} from '../platform/settings';
import { createMarkColour } from './mark-colour';
import type { Scanner } from './scanner';
import { yieldToHost } from './yield';

export interface MarkingControl {
  /** Marking runs in this document now. */
  readonly on: boolean;
  /** Re-reads the page if marking is on (single-page-app navigation). */
  rescan(): void;
  dispose(): void;
}

interface Ctx {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
}

/** Custom entries that pass the schema, first of each id (the settings page checks the rest). */
export function usableCustomEntries(raw: readonly unknown[]): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const r of raw) {
    const res = v.safeParse(EntrySchema, r);
    if (res.success && !seen.has(res.output.id)) {
      seen.add(res.output.id);
      out.push(res.output);
    }
  }
  return out;
}

export async function startMarking(ctx: Ctx, scanner: Scanner, opts: { top: boolean; host?: string }): Promise<MarkingControl> {
  const bundled: MatchData = scanner.data;
  const host = (opts.host ?? location.hostname).toLowerCase();
  const colour = createMarkColour(document);
  let [settings, lists, custom] = await Promise.all([getSettings(), getSiteLists(), getCustomData()]);
  let customIds = new Set<string>();
  let running = false;
  let disposed = false;

  // ——— badge ———
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  let lastBadge = '';
  const reportBadge = () => {
    clearTimeout(badgeTimer);
    badgeTimer = setTimeout(() => {
      if (disposed || ctx.isInvalid) return;
      const report = { entryIds: running ? scanner.counts().map((c) => c.entryId) : [], off: !running, showCount: settings.badge };
      const key = JSON.stringify(report);
      if (key === lastBadge) return;
      lastBadge = key;
      sendMessage('reportBadge', report).catch(() => {
        lastBadge = ''; // background asleep or reloading: try again on the next change
      });
    }, 80);
  };

  const decideOptions = () => ({
    firstOnly: settings.firstOnly,
    ambiguous: settings.ambiguous,
    hiddenEntries: hiddenEntryIndexes(scanner.data, custom.hidden, settings.hiddenCategories, customIds),
    onChange: reportBadge,
  });

  const loadData = () => {
    const entries = usableCustomEntries(custom.entries);
    customIds = new Set(entries.map((e) => e.id));
    // Bundled data as built unless the user has entries of their own.
    scanner.setData(combineMatchData(bundled, entries));
  };

  // Changes are applied one at a time, in order.
  let queue = Promise.resolve();
  const apply = (dataChanged: boolean) => {
    queue = queue.then(async () => {
      if (disposed || ctx.isInvalid) return;
      if (dataChanged) loadData();
      scanner.setStyle(settings.style);
      colour.set(settings.color);
      scanner.setOptions(decideOptions());
      const on = markingState(settings, lists, host).on;
      if (on && !running) {
        running = true;
        // The settings work above, with its first-call compiling, and the pass's first slice
        // in separate tasks: together they could make a long frame on a page still loading.
        await yieldToHost();
        if (disposed || ctx.isInvalid || !running) return;
        await scanner.scanAll();
        if (!ctx.isInvalid && running) scanner.observe();
      } else if (!on && running) {
        running = false;
        scanner.stop();
      } else if (on && dataChanged) {
        await scanner.rescan();
      }
      reportBadge();
    }).catch((err) => console.warn('Perfusion Glossary: could not apply settings', err));
    return queue;
  };

  const unwatch = [
    watchSettings((s) => {
      settings = s;
      void apply(false);
    }),
    disabledSites.watch((d) => {
      lists = { ...lists, disabledSites: d ?? [] };
      void apply(false);
    }),
    allowedSites.watch((a) => {
      lists = { ...lists, allowedSites: a ?? [] };
      void apply(false);
    }),
    watchCustomData((d: CustomData) => {
      const entriesChanged = JSON.stringify(d.entries) !== JSON.stringify(custom.entries);
      custom = d;
      void apply(entriesChanged);
    }),
  ];

  if (opts.top) {
    // The "toggle marking on this site" command, sent by the background to the active tab.
    onMessage('toggleSite', async () => {
      if (!host) return;
      const fresh: SiteLists = await getSiteLists();
      const patch = toggleSite(await getSettings(), fresh, host);
      await applySitePatch(patch);
    });
  }

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    for (const u of unwatch) u();
    clearTimeout(badgeTimer);
    scanner.stop();
    colour.remove();
  };
  ctx.onInvalidated(dispose);

  await apply(custom.entries.length > 0);

  return {
    get on() {
      return running;
    },
    rescan() {
      if (running) void scanner.rescan();
    },
    dispose,
  };
}

