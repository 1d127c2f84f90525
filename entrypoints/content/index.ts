import matchData from '../../generated/match-data.json';
import type { MatchData } from '../../src/core/match/match-data';
import { CardController } from '../../src/page/card/controller';
import { Scanner } from '../../src/page/scanner';
import { onMessage, sendMessage } from '../../src/platform/messaging';
import { createStudyList } from '../../src/platform/study-list';
import './style.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const scanner = new Scanner(matchData as MatchData, document);
    await scanner.scanAll();
    if (ctx.isInvalid) return scanner.stop();
    scanner.observe();
    ctx.onInvalidated(() => scanner.stop());

    const card = new CardController({
      ctx,
      scanner,
      loadEntry: (id) => sendMessage('getEntry', id),
      openFull: (id) => void sendMessage('openEntry', id),
      studyList: createStudyList(),
    });
    card.attach();

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      card.close();
      void scanner.rescan();
    });

    // Only the top frame answers the popup, for the whole tab.
    if (window === window.top) {
      onMessage('getPageTerms', () => ({ terms: scanner.counts(), perfusionPage: scanner.perfusionPage, enabled: true }));
      onMessage('revealTerm', ({ data }) => card.reveal(data));
    }
  },
});
