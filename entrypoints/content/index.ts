import matchData from '../../generated/match-data.json';
import { loadMatchData, type SerializedMatchData } from '../../src/core/match/match-data';
import { isSiteEnabled } from '../../src/core/prefs/lists';
import { CardController } from '../../src/page/card/controller';
import { Scanner } from '../../src/page/scanner';
import { onMessage, sendMessage } from '../../src/platform/messaging';
import { disabledSites } from '../../src/platform/storage';
import { createStudyList } from '../../src/platform/study-list';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const scanner = new Scanner(loadMatchData(matchData as unknown as SerializedMatchData), document);
    // The per-site switch (popup, settings): "sync:disabledSites" holds the hostnames that are off.
    const host = location.hostname.toLowerCase();
    let enabled = !host || isSiteEnabled(await disabledSites.getValue(), host);
    let running = false;

    const card = new CardController({
      ctx,
      scanner,
      loadEntry: (id) => sendMessage('getEntry', id),
      openFull: (id) => void sendMessage('openEntry', id),
      studyList: createStudyList(),
    });

    const start = async () => {
      running = true;
      await scanner.scanAll();
      if (ctx.isInvalid || !enabled) return;
      scanner.observe();
    };
    const stop = () => {
      running = false;
      card.close();
      scanner.stop();
    };

    if (enabled) await start();
    if (ctx.isInvalid) return scanner.stop();
    ctx.onInvalidated(() => scanner.stop());
    card.attach();

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      card.close();
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
      onMessage('revealTerm', ({ data }) => (enabled ? card.reveal(data) : false));
    }
  },
});
