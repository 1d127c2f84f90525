/**
 * The bundled glossary itself: valid, large and balanced enough, covering what the product
 * promises and the research notes list, and matching ambiguous forms only as the notes say.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/glossary/schema';
import { declaredForms, formatProblem, isCaseSensitive } from '../../src/core/glossary/validate';
import { CATEGORY_IDS } from '../../src/core/glossary/vocabulary';
import { surfaceKey } from '../../src/core/text/normalize';
import { loadGlossary } from '../../scripts/glossary-load';

const REFERENCE = join(__dirname, '..', '..', '..', 'shared', 'reference');
const { entries, problems, fileErrors } = loadGlossary(join(__dirname, '..', '..', 'glossary', 'entries'));
const byId = new Map(entries.map((e) => [e.id, e]));

/** Every surface form → its entry and matching level. */
const forms = new Map<string, { entry: Entry; level: string }[]>();
for (const e of entries) {
  for (const f of declaredForms(e)) {
    const key = surfaceKey(f.text, isCaseSensitive(e, f.text, f.field));
    forms.set(key, [...(forms.get(key) ?? []), { entry: e, level: e.matching?.[f.text]?.match ?? 'anywhere' }]);
  }
}
const formLevels = (text: string, cs = true) => forms.get(surfaceKey(text, cs)) ?? [];

describe('the bundled glossary', () => {
  it('validates with no problems', () => {
    expect([...fileErrors, ...problems.map(formatProblem)]).toEqual([]);
  });

  it('has at least 450 entries, balanced across every category', () => {
    expect(entries.length).toBeGreaterThanOrEqual(450);
    for (const c of CATEGORY_IDS) expect(entries.filter((e) => e.category === c).length, c).toBeGreaterThanOrEqual(10);
  });

  it('has every concept the product description names', () => {
    for (const id of [
      'perfusion', 'malperfusion', 'ischemia', 'coronary-artery-disease', 'cerebrovascular-disease', 'peripheral-artery-disease',
      'capillary-refill-time', 'perfusionist', 'cardiopulmonary-bypass', 'heart-lung-machine', 'extracorporeal-therapy',
      'extracorporeal-membrane-oxygenation', 'angiovac', 'activated-clotting-time', 'cardioplegia', 'indexed-oxygen-delivery',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    const perfusion = byId.get('perfusion')!;
    expect(perfusion.explanation).toContain('mL/min/g');
    expect(perfusion.explanation).toContain('m³/(s·kg)');
  });

  it('covers every ELSO configuration', () => {
    for (const form of ['VA-ECMO', 'VV-ECMO', 'ECPR', 'VV-ECCO2R']) expect(formLevels(form).length, form).toBeGreaterThan(0);
    const ecls = entries.filter((e) => e.category === 'ecls' || e.category === 'cannulation').map((e) => `${e.term} ${(e.aliases ?? []).join(' ')} ${(e.abbreviations ?? []).join(' ')}`).join(' | ');
    for (const pattern of [/V-AV|VAV/, /VV-A|VVA/, /V-P\b|veno-pulmonary/i, /AV-ECCO2R|arteriovenous/i, /LAVA|left atrial/i, /central/i, /peripheral/i]) {
      expect(ecls, String(pattern)).toMatch(pattern);
    }
  });

  it.skipIf(!existsSync(REFERENCE))('covers every concept of the seed list', () => {
    const rows = readFileSync(join(REFERENCE, 'seed-terms.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const missing = rows.filter(([term, abbrs, variants]) => {
      const id = term.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      if (byId.has(id)) return false;
      const names = [term, ...abbrs.split('|'), ...variants.split('|')].filter(Boolean);
      return !names.some((n) => formLevels(n, false).length || formLevels(n, true).length);
    });
    expect(missing.map((r) => r[0])).toEqual([]);
  });

  it('restricts the ambiguous acronyms of the ambiguity notes', () => {
    const tierB = [
      'ACT', 'MAP', 'CI', 'CO', 'SV', 'HR', 'EF', 'BSA', 'HCT', 'Hct', 'PA', 'RA', 'LA', 'LV', 'RV', 'AVR', 'LAP', 'PAP', 'PAC', 'RAP',
      'CVP', 'SVR', 'PVR', 'PT', 'HIT', 'AF', 'VF', 'CS', 'CP', 'BC', 'CBC', 'CCP', 'ACC', 'RCP', 'SCP', 'ACP', 'OI', 'UF', 'HE', 'HC',
      'DN', 'LR', 'NS', 'NE', 'MB', 'PE', 'PH', 'VAD', 'TAH', 'MCS', 'PCPS', 'CPS', 'EBV', 'TBV', 'GDP', 'NRP', 'DT', 'BTT', 'BTR',
      'BTD', 'TCA', 'HCA', 'VP', 'SCA', 'STS', 'CAPE', 'ICH', 'Fr', 'AT', 'MI', 'HF', 'CAD',
    ];
    const loose = tierB.filter((f) => formLevels(f).some((o) => o.level === 'anywhere' && !o.entry.matching?.[f]?.near && !o.entry.matching?.[f]?.number));
    expect(loose).toEqual([]);
  });

  it('never marks generic English words bare', () => {
    const generic = ['pump', 'flow', 'prime', 'vent', 'sweep', 'shunt', 'arrest', 'stroke', 'shock', 'circuit', 'reservoir', 'filter', 'run', 'wean', 'line', 'bypass', 'sucker', 'vacuum', 'chatter'];
    const loose = generic.filter((w) => formLevels(w, false).some((o) => o.level === 'anywhere' || o.level === 'context'));
    expect(loose).toEqual([]);
  });

  it('leaves out the abbreviations the notes call too ambiguous to store', () => {
    const banned = ['AS', 'AR', 'AI', 'MR', 'MS', 'TV', 'VR', 'WBC', 'DNS', 'LOS', 'LT', 'FET', 'RCC', 'IPC', 'CA', 'PEA', 'NO', 'K', 'Q', 'F'];
    expect(banned.filter((f) => formLevels(f).some((o) => o.level !== 'defined' && o.level !== 'never'))).toEqual([]);
  });

  it('has every guideline or paper formula of the reference notes, each with a worked example', () => {
    const all = entries.flatMap((e) => (e.formulas ?? []).map((f) => ({ id: e.id, ...f })));
    const text = all.map((f) => `${f.name} :: ${f.expression}`).join('\n');
    for (const pattern of [
      /Q = BSA/, /CaO2 = 1\.34/, /CvO2 = 1\.34/, /DO2i = /, /DO2 = /, /VO2 = /, /O2ER/, /SVR = 80/, /PVR = 80/, /Wood/i,
      /MAP ≈/, /CI = CO \/ BSA/, /CO = HR × SV/, /Mosteller/i, /Du ?Bois/i, /Haycock/i, /Gehan/i, /Hct\(CPB\)|predicted hematocrit/i,
      /EBV|blood volume/i, /French|Fr\b/, /P\/F|PaO2 \/ FiO2/, /OI = /,
    ]) {
      expect(text, String(pattern)).toMatch(pattern);
    }
    for (const f of all) {
      expect(f.example, f.id).toMatch(/\d/);
      expect(f.variables.length, f.id).toBeGreaterThan(0);
    }
  });

  it('marks values that vary and cites sources by name', () => {
    for (const e of entries) {
      for (const s of e.sources) expect(s, e.id).not.toMatch(/https?:|www\.|PMC\d|^\w+-\w+$/);
    }
    const varies = entries.flatMap((e) => e.values ?? []).filter((v) => v.varies).length;
    expect(varies).toBeGreaterThan(50);
  });
});
