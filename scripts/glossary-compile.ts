/**
 * Validates the glossary and writes the build artefacts in generated/:
 *  - glossary.json: every entry, sorted by id (popup, card, search)
 *  - match-data.json: compact surface forms for the content script
 *  - match-prescan.json: the pre-scanner's hash sets, shipped apart (see deferredMatchData)
 * Any problem fails with the entry's id and field, and nothing is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/core/glossary/validate';
import { compileMatchData, serializeMatchData } from '../src/core/match/match-data';
import { asciiJson } from './ascii-json';
import { loadGlossary, ROOT } from './glossary-load';

const { entries, problems, fileErrors } = loadGlossary();
if (fileErrors.length || problems.length) {
  console.error(`Glossary has ${fileErrors.length + problems.length} problem(s):`);
  for (const e of fileErrors) console.error(`  ${e}`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
entries.sort((a, b) => a.id.localeCompare(b.id));
// GLOSSARY_OUT lets tests compile fixture glossaries without touching generated/.
const out = process.env.GLOSSARY_OUT ?? join(ROOT, 'generated');
mkdirSync(out, { recursive: true });
// Printable ASCII only (see ascii-json.ts): inlined in the bundles, the text stays one-byte.
writeFileSync(join(out, 'glossary.json'), asciiJson(entries));
const matchData = compileMatchData(entries);
writeFileSync(join(out, 'match-data.json'), asciiJson(serializeMatchData(matchData)));
writeFileSync(join(out, 'match-prescan.json'), asciiJson(matchData.prescan));
console.log(`Glossary: ${entries.length} entries compiled to ${out}.`);
