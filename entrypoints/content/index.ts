import matchData from '../../generated/match-data.json';
import type { MatchData } from '../../src/core/match/match-data';
import { startMarking } from '../../src/page/marking';
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
    // Settings, the per-site switch, custom terms and the badge: scans (or not) and stays live.
    const marking = await startMarking(ctx, scanner, { top: window === window.top });
    if (ctx.isInvalid) return marking.dispose();
    ctx.addEventListener(window, 'wxt:locationchange', () => marking.rescan());

    // Only the top frame answers the popup, for the whole tab.
    if (window === window.top) {
      onMessage('getPageTerms', () => ({ terms: marking.on ? scanner.counts() : [], perfusionPage: scanner.perfusionPage, enabled: marking.on }));
      onMessage('revealTerm', ({ data }) => {
        const mark = scanner.getMarks().find((m) => m.entryId === data);
        if (!mark) return false;
        mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        return true;
      });
    }
  },
});
