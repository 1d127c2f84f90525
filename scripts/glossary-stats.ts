/**
 * npm run glossary:stats — a health report of the glossary:
 * entries per category and exam tag, entries that probably want values or formulas but have
 * none, matching levels of surface forms, and every validation problem.
 */
import { CATEGORIES, type Category, EXAM_TAGS } from '../src/core/glossary/vocabulary';
import { declaredForms, formatProblem } from '../src/core/glossary/validate';
import type { Entry } from '../src/core/glossary/schema';
import { loadGlossary } from './glossary-load';

const { entries, problems, fileErrors } = loadGlossary();

/** Categories whose entries are mostly measurable: an entry there without values is listed. */
const MEASURED: Category[] = ['hemodynamics', 'lab-values', 'physiology'];
/** Words in a definition that suggest a calculation. */
const CALCULATED = /\b(index|ratio|calculated|computed|formula|equation|content|fraction|resistance|clearance)\b/i;

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const byCategory = new Map<string, Entry[]>();
for (const e of entries) byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);

console.log(`Perfusion Glossary: ${entries.length} valid entries\n`);
console.log('Entries per category');
for (const [id, label] of Object.entries(CATEGORIES)) {
  const list = byCategory.get(id) ?? [];
  const withValues = list.filter((e) => e.values?.length).length;
  const withFormulas = list.filter((e) => e.formulas?.length).length;
  console.log(`  ${pad(label, 48)} ${pad(list.length, 5)} values ${pad(withValues, 4)} formulas ${withFormulas}`);
}

console.log('\nEntries per exam tag');
for (const [id, label] of Object.entries(EXAM_TAGS)) {
  console.log(`  ${pad(label, 48)} ${entries.filter((e) => e.tags.includes(id as keyof typeof EXAM_TAGS)).length}`);
}

const noValues = entries.filter((e) => MEASURED.includes(e.category as Category) && !e.values?.length && !e.formulas?.length);
console.log(`\nMeasured-category entries without values or formulas (${noValues.length})`);
for (const e of noValues) console.log(`  ${e.id}`);

const noFormula = entries.filter((e) => CALCULATED.test(e.term) && !e.formulas?.length);
console.log(`\nEntries whose headword suggests a calculation but have no formula (${noFormula.length})`);
for (const e of noFormula) console.log(`  ${e.id}`);

const levels = new Map<string, number>();
let forms = 0;
for (const e of entries) {
  for (const f of declaredForms(e)) {
    forms++;
    const level = e.matching?.[f.text]?.match ?? 'anywhere';
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
}
console.log(`\nSurface forms: ${forms}`);
for (const [level, n] of levels) console.log(`  ${pad(level, 10)} ${n}`);

const thin = entries.filter((e) => !e.related?.length);
console.log(`\nEntries without related entries (${thin.length})${thin.length ? `: ${thin.map((e) => e.id).join(', ')}` : ''}`);
const reviewed = new Map<string, number>();
for (const e of entries) reviewed.set(e.reviewed, (reviewed.get(e.reviewed) ?? 0) + 1);
console.log(`Review dates: ${[...reviewed].map(([d, n]) => `${d} (${n})`).join(', ')}`);

const all = [...fileErrors, ...problems.map(formatProblem)];
console.log(`\nProblems (${all.length})`);
for (const p of all) console.log(`  ${p}`);
process.exit(all.length ? 1 : 0);
