import { render } from 'preact';
import glossary from '../../generated/glossary.json';
import type { Entry } from '../../src/core/glossary/schema';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { createPageBridge } from '../../src/ui/popup/page-bridge';
import '../../src/ui/entry.css';
import '../../src/ui/popup/popup.css';

render(<PopupApp entries={glossary as Entry[]} page={createPageBridge()} />, document.getElementById('app') as HTMLElement);
