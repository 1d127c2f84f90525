/** The shared corpus of real pages (../shared/corpus): present in CI, optional elsewhere. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isCI } from './browsers';
import { CORPUS, hasCorpus } from './server';

export const STRESS_PAGE = 'stress-es6-spec-2015.html';

export function corpusPages(folder: 'pages' | 'medical'): string[] {
  const dir = join(CORPUS, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .sort();
}

/** Skip corpus suites where the corpus is absent, saying so; under CI its absence fails. */
export function skipWithoutCorpus(): boolean {
  if (hasCorpus) return false;
  if (isCI) throw new Error(`CI=true but the corpus is missing at ${CORPUS}`);
  console.warn(`Corpus not found at ${CORPUS}: corpus tests are skipped (set CORPUS_DIR to run them).`);
  return true;
}
