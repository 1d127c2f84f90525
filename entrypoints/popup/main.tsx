import { render } from 'preact';
import glossary from '../../generated/glossary.json';
import type { Entry } from '../../src/core/glossary/schema';
import { loadEffectiveGlossary } from '../../src/platform/settings';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { createPageBridge } from '../../src/ui/popup/page-bridge';
import '../../src/ui/entry.css';
import '../../src/ui/popup/popup.css';

// The user's custom entries join the bundled glossary; hidden entries leave it.
void loadEffectiveGlossary(glossary as Entry[]).then((entries) => {
  render(<PopupApp entries={entries} page={createPageBridge()} />, document.getElementById('app') as HTMLElement);
});
