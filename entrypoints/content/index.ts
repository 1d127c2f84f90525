import matchData from '../../generated/match-data.json';
import type { MatchData } from '../../src/core/match/match-data';
import { isSiteEnabled } from '../../src/core/prefs/lists';
import { Scanner } from '../../src/page/scanner';
import { onMessage } from '../../src/platform/messaging';
import { disabledSites } from '../../src/platform/storage';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const scanner = new Scanner(matchData as MatchData, document);
    // The per-site switch (popup, settings): "sync:disabledSites" holds the hostnames that are off.
    const host = location.hostname.toLowerCase();
    let enabled = !host || isSiteEnabled(await disabledSites.getValue(), host);
    let running = false;

    const start = async () => {
      running = true;
      await scanner.scanAll();
      if (ctx.isInvalid || !enabled) return;
      scanner.observe();
    };
    const stop = () => {
      running = false;
      scanner.stop();
    };

    if (enabled) await start();
    if (ctx.isInvalid) return scanner.stop();
    ctx.onInvalidated(() => scanner.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (running) void scanner.rescan();
    });
    const unwatch = disabledSites.watch((list) => {
      if (!host) return;
      enabled = isSiteEnabled(list ?? [], host);
      if (enabled && !running) void start();
      else if (!enabled && running) stop();
    });
    ctx.onInvalidated(unwatch);

    // Only the top frame answers the popup, for the whole tab.
    if (window === window.top) {
      onMessage('getPageTerms', () => ({ terms: enabled ? scanner.counts() : [], perfusionPage: scanner.perfusionPage, enabled, host }));
      onMessage('revealTerm', ({ data }) => {
        const mark = scanner.getMarks().find((m) => m.entryId === data);
        if (!mark) return false;
        mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        return true;
      });
    }
  },
});
