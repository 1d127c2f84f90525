/**
 * The match data the content script ships (generated/, from `npm run glossary:compile`), read
 * from its two files and parsed as the content script parses them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DeferredMatchData, deferredMatchData } from '../../src/core/match/match-data';

const root = new URL('../../', import.meta.url).pathname;

export function shippedMatchData(): DeferredMatchData {
  const read = (file: string) => readFileSync(join(root, 'generated', file), 'utf8');
  return deferredMatchData(read('match-prescan.json'), read('match-data.json'));
}
