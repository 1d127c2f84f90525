import glossary from '../generated/glossary.json';
import type { Entry } from '../src/core/glossary/schema';
import { onMessage } from '../src/platform/messaging';

const byId = new Map((glossary as Entry[]).map((e) => [e.id, e]));

export default defineBackground(() => {
  onMessage('getEntry', ({ data }) => byId.get(data) ?? null);
});
