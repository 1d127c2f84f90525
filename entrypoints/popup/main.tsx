import './start-mark';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledGlossary } from '../../src/core/glossary/bundled';
import { loadEffectiveGlossary } from '../../src/platform/settings';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { createPageBridge, createPopupStore } from '../../src/ui/popup/page-bridge';
import { parseRoute } from '../../src/ui/popup/route';
import '../../src/ui/entry.css';
import '../../src/ui/popup/popup.css';

const route = parseRoute(location.search, location.hash);

// Opened in a tab (the card's "open full entry"), the page uses the width of a reading column.
void browser.tabs?.getCurrent().then((tab) => {
  if (tab) document.documentElement.classList.add('pg-in-tab');
});

// The user's custom entries join the bundled glossary; hidden entries leave it.
void loadEffectiveGlossary(bundledGlossary()).then((entries) => {
  render(
    <PopupApp
      entries={entries}
      page={createPageBridge(route.tab)}
      store={createPopupStore()}
      initialEntry={route.entry}
      initialQuery={route.query}
      close={() => window.close()}
    />,
    document.getElementById('app') as HTMLElement,
  );
  // The search field is rendered and focused (layout effects run within render): bench/popup-open.ts reads this.
  performance.mark('perfusion-glossary:popup-ready');
});
