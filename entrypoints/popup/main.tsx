import { render } from 'preact';
import glossary from '../../generated/glossary.json';
import type { Entry } from '../../src/core/glossary/schema';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { createPageBridge } from '../../src/ui/popup/page-bridge';
import '../../src/ui/entry.css';
import '../../src/ui/popup/popup.css';

// Opened as a tab by the card's "Open full entry": popup.html#entry=<id>.
const initialEntry = new URLSearchParams(location.hash.slice(1)).get('entry') ?? undefined;

render(<PopupApp entries={glossary as Entry[]} page={createPageBridge()} initialEntry={initialEntry} />, document.getElementById('app') as HTMLElement);
