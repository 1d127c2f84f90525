// The match data as text: string literals cost the script's parser little, and JSON.parse
// then runs in tasks of their own (see main), the larger part only when it is needed.
import matchDataText from '../../generated/match-data.json?raw';
import prescanText from '../../generated/match-prescan.json?raw';
import { deferredMatchData } from '../../src/core/match/match-data';
import { isFragmentChange } from '../../src/core/navigation/same-page';
import { CardController } from '../../src/page/card/controller';
import { untilReadable } from '../../src/page/frame-size';
import { startMarking } from '../../src/page/marking';
import { Scanner, START_MARK } from '../../src/page/scanner';
import { yieldToHost } from '../../src/page/yield';
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
    // A frame too small to read (a tracking pixel, a hidden frame) waits until it grows.
    await untilReadable(
      window,
      (target, type, fn) => ctx.addEventListener(target, type, fn),
      (fn, ms) => ctx.setTimeout(fn, ms),
    );
    if (ctx.isInvalid) return;
    performance.mark(START_MARK);
    // Start-up in tasks of its own (the script itself; the pre-scan sets and the scanner; the
    // rest of the data where it will be needed), so that none makes a long frame on a page
    // that is still loading.
    await yieldToHost();
    const data = deferredMatchData(prescanText, matchDataText);
    const scanner = new Scanner(data, document);
    await scanner.prepareAhead();
    if (ctx.isInvalid) return;
    // Settings, the per-site switch, custom terms and the badge: scans (or not) and stays live.
    const marking = await startMarking(ctx, scanner, { top: window === window.top });
    if (ctx.isInvalid) return marking.dispose();

    const card = new CardController({
      ctx,
      scanner,
      loadEntry: (id) => sendMessage('getEntry', id),
      openFull: (id) => void sendMessage('openEntry', id),
      studyList: createStudyList(),
    });
    card.attach();
    // Marks gone (site switched off, settings changed): a card about one of them goes too.
    scanner.onMarksChange(() => {
      if (!marking.on) card.close();
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ oldUrl, newUrl }) => {
      card.close();
      // An in-page link moves within the same page: its text is already read (a hash
      // router's new content reaches the observer), only :target may show or hide text.
      if (isFragmentChange(oldUrl, newUrl)) scanner.recheckVisibility();
      else marking.rescan();
    });

    // Only the top frame answers the popup, for the whole tab.
    if (window === window.top) {
      const host = location.hostname.toLowerCase();
      onMessage('getPageTerms', () => ({ terms: marking.on ? scanner.counts() : [], perfusionPage: scanner.perfusionPage, enabled: marking.on, host }));
      onMessage('revealTerm', ({ data }) => (marking.on ? card.reveal(data) : false));
    }
  },
});
