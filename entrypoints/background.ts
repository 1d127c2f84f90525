import glossary from '../generated/glossary.json';
import type { Entry } from '../src/core/glossary/schema';
import { registerBadge } from '../src/platform/background/badge';
import { registerCommands } from '../src/platform/background/commands';
import { registerContextMenu } from '../src/platform/background/context-menu';
import { onMessage } from '../src/platform/messaging';
import { effectiveLookup } from '../src/platform/settings';

const byId = new Map((glossary as Entry[]).map((e) => [e.id, e]));

export default defineBackground(() => {
  // The user's custom entries replace or extend the bundled ones; hidden entries are not found.
  const entries = effectiveLookup([...byId.values()]);
  onMessage('getEntry', ({ data }) => entries.get(data));
  registerBadge();
  registerContextMenu();
  registerCommands();
});
