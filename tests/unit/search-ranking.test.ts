/**
 * Ranking table: what people type, and the entry that must come first or in the top three.
 * Runs against the compiled glossary (generated/glossary.json, from `npm run glossary:compile`),
 * so it checks the real names as well as the engine. Rows use the starter entries and entries
 * already in the repository; more rows belong here as the glossary grows.
 */
import { describe, expect, it } from 'vitest';
import glossary from '../../generated/glossary.json';
import type { Entry } from '../../src/core/glossary/schema';
import { GlossarySearch, toSearchDocs } from '../../src/core/search/search';

const entries = glossary as Entry[];
const search = new GlossarySearch(toSearchDocs(entries));

type Row = [query: string, expected: string, where: 'first' | 'top3'];

const TABLE: Row[] = [
  // Exact abbreviation, headword or alias comes first.
  ['act', 'activated-clotting-time', 'first'],
  ['ACT', 'activated-clotting-time', 'first'],
  ['cpb', 'cardiopulmonary-bypass', 'first'],
  ['ecmo', 'extracorporeal-membrane-oxygenation', 'first'],
  ['map', 'mean-arterial-pressure', 'first'],
  ['ci', 'cardiac-index', 'first'],
  ['hct', 'hematocrit', 'first'],
  ['do2i', 'indexed-oxygen-delivery', 'first'],
  ['DO₂i', 'indexed-oxygen-delivery', 'first'],
  ['cao2', 'arterial-oxygen-content', 'first'],
  ['perfusion', 'perfusion', 'first'],
  ['perfusionist', 'perfusionist', 'first'],
  ['heparin', 'heparin', 'first'],
  ['cardioplegia', 'cardioplegia', 'first'],
  ['ischemia', 'ischemia', 'first'],
  ['cardiac index', 'cardiac-index', 'first'],
  ['membrane oxygenator', 'oxygenator', 'first'],
  // Spacing, hyphens and dashes do not matter.
  ['va ecmo', 'veno-arterial-ecmo', 'first'],
  ['VA-ECMO', 'veno-arterial-ecmo', 'first'],
  ['va–ecmo', 'veno-arterial-ecmo', 'first'],
  ['vaecmo', 'veno-arterial-ecmo', 'first'],
  ['vv ecmo', 'veno-venous-ecmo', 'first'],
  ['venovenous ecmo', 'veno-venous-ecmo', 'first'],
  ['angio vac', 'angiovac', 'first'],
  ['angio-vac', 'angiovac', 'first'],
  ['heart lung', 'heart-lung-machine', 'first'],
  ['heart-lung machine', 'heart-lung-machine', 'first'],
  ['cardio pulmonary bypass', 'cardiopulmonary-bypass', 'first'],
  ['del nido', 'del-nido-cardioplegia', 'first'],
  // Prefixes, as the user types.
  ['protamin', 'protamine-sulfate', 'first'],
  ['oxygena', 'oxygenator', 'first'],
  ['cardiopul', 'cardiopulmonary-bypass', 'first'],
  ['activated clot', 'activated-clotting-time', 'first'],
  ['extracorp', 'extracorporeal-membrane-oxygenation', 'first'],
  ['hemato', 'hematocrit', 'first'],
  ['mean art', 'mean-arterial-pressure', 'first'],
  ['indexed oxygen', 'indexed-oxygen-delivery', 'first'],
  // A later word of a name.
  ['bypass', 'cardiopulmonary-bypass', 'top3'],
  ['clotting time', 'activated-clotting-time', 'first'],
  ['lung machine', 'heart-lung-machine', 'first'],
  // Typos.
  ['oxygentor', 'oxygenator', 'first'],
  ['oxygenater', 'oxygenator', 'first'],
  ['cardioplegai', 'cardioplegia', 'first'],
  ['cardioplgia', 'cardioplegia', 'first'],
  ['cardiopulmonry bypass', 'cardiopulmonary-bypass', 'first'],
  ['cardiopulmonry', 'cardiopulmonary-bypass', 'first'],
  ['hepatin', 'heparin', 'first'],
  ['heprain', 'heparin', 'first'],
  ['protamin sulfate', 'protamine-sulfate', 'first'],
  ['perfusionst', 'perfusionist', 'first'],
  ['hematocit', 'hematocrit', 'first'],
  ['extracorporal membrane', 'extracorporeal-membrane-oxygenation', 'first'],
  ['angiovak', 'angiovac', 'first'],
  ['ishemia', 'ischemia', 'first'],
  // British and US spellings find the same entry.
  ['haematocrit', 'hematocrit', 'first'],
  ['ischaemia', 'ischemia', 'first'],
  ['ischaemic', 'ischemia', 'first'],
  ['protamine sulphate', 'protamine-sulfate', 'first'],
  // Words of the definitions.
  ['gas exchange', 'oxygenator', 'top3'],
];

/**
 * Rows for entries beyond the 20 starter entries, already written in the repository but not in
 * the 20-entry development glossary: they run whenever their entry is compiled in.
 */
const BEYOND_STARTER: Row[] = [
  ['haemolysis', 'hemolysis', 'first'],
  ['haemolysed', 'hemolysis', 'first'],
  ['limb ischaemia', 'limb-ischemia', 'first'],
  ['heparin resistance', 'heparin-resistance', 'first'],
  ['heparin resistnce', 'heparin-resistance', 'first'],
  ['oxygenator failure', 'oxygenator-failure', 'first'],
  ['antithrombin', 'antithrombin', 'first'],
  ['at iii', 'antithrombin', 'first'],
];

describe('search ranking over the compiled glossary', () => {
  it('has the entries the table expects', () => {
    const ids = new Set(entries.map((e) => e.id));
    const missing = [...new Set(TABLE.map((r) => r[1]))].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  const check = ([query, expected, where]: Row) => {
    const ids = search.search(query, 10).map((h) => h.id);
    if (where === 'first') expect(ids[0]).toBe(expected);
    else expect(ids.slice(0, 3)).toContain(expected);
  };
  it.each(TABLE)('%s → %s (%s)', (...row) => check(row));

  const compiled = new Set(entries.map((e) => e.id));
  for (const row of BEYOND_STARTER) it.runIf(compiled.has(row[1]))(`${row[0]} → ${row[1]} (${row[2]}, beyond the starter set)`, () => check(row));

  it('puts exact name matches ahead of everything else', () => {
    for (const e of entries) {
      for (const name of [e.term, ...(e.abbreviations ?? [])]) {
        const [first] = search.search(name, 5);
        // A name shared by two entries (abbreviations with a "defined" rule) may go either way.
        const sharers = entries.filter((o) => [o.term, ...(o.abbreviations ?? []), ...(o.aliases ?? [])].some((n) => n.toLowerCase() === name.toLowerCase()));
        if (sharers.length === 1) expect({ name, id: first?.id, tier: first?.tier }).toEqual({ name, id: e.id, tier: 0 });
      }
    }
  });
});
