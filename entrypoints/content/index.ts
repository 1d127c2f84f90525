import matchData from '../../generated/match-data.json';
import type { MatchData } from '../../src/core/match/match-data';
import { Scanner } from '../../src/page/scanner';
import { onMessage } from '../../src/platform/messaging';
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
    ctx.addEventListener(window, 'wxt:locationchange', () => void scanner.rescan());

    // Only the top frame answers the popup, for the whole tab.
    if (window === window.top) {
      onMessage('getPageTerms', () => ({ terms: scanner.counts(), perfusionPage: scanner.perfusionPage, enabled: true }));
      onMessage('revealTerm', ({ data }) => {
        const mark = scanner.getMarks().find((m) => m.entryId === data);
        if (!mark) return false;
        mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        return true;
      });
    }
  },
});
