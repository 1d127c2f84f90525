/**
 * Checks glossary files while they are being written:
 *   npx tsx scripts/glossary-check.ts glossary/entries/circuit.json [...]
 * Schema problems in the named files are errors. Related ids that no file defines yet and
 * surface forms that another file also claims are listed as warnings.
 */

import { relative, resolve } from 'node:path';
import { declaredForms, formatProblem, isCaseSensitive, validateGlossary } from '../src/core/glossary/validate';
import { surfaceKey } from '../src/core/text/normalize';
import { loadSources, ROOT } from './glossary-load';

const wanted = new Set(process.argv.slice(2).map((f) => relative(ROOT, resolve(f))));
const { sources, fileErrors } = loadSources();
const { entries, problems } = validateGlossary(sources);
const mine = (file?: string) => wanted.size === 0 || (file !== undefined && wanted.has(file));
let errors = 0;
for (const e of fileErrors) if ([...wanted].some((w) => e.startsWith(w)) || wanted.size === 0) { console.log(`ERROR ${e}`); errors++; }
for (const p of problems) {
  if (!mine(p.file)) continue;
  const soft = p.message.startsWith('unknown entry id') || p.message.includes('also claimed by');
  console.log(`${soft ? 'warn ' : 'ERROR'} ${formatProblem(p)}`);
  if (!soft) errors++;
}
const counts = new Map<string, number>();
for (const s of sources) if (mine(s.file)) counts.set(s.file ?? '?', (counts.get(s.file ?? '?') ?? 0) + 1);
for (const [f, n] of counts) console.log(`${f}: ${n} entries`);
console.log(`${entries.length} valid entries in all files; ${errors} error(s) in the checked files.`);
// keep imports used
void declaredForms; void isCaseSensitive; void surfaceKey;
process.exit(errors ? 1 : 0);
