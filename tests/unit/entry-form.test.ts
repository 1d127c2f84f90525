import { describe, expect, it } from 'vitest';
import glossary from '../../generated/glossary.json';
import type { Entry } from '../../src/core/glossary/schema';
import { checkForm, emptyForm, entryFromForm, formFromEntry, idFromTerm, withEntry } from '../../src/ui/options/entry-form-model';
import { emptyFormulaRow } from '../../src/ui/options/formula-rows';
import { emptyRuleRow } from '../../src/ui/options/rule-rows';
import { emptyValueRow } from '../../src/ui/options/value-rows';
import { FIXTURE_ENTRIES } from '../support/fixture-glossary';

const ctx = { bundled: FIXTURE_ENTRIES, custom: [] as Entry[], hidden: [] as string[] };
const filled = {
  ...emptyForm(new Date(2026, 0, 10)),
  id: 'zebra-pump',
  term: 'zebra pump',
  abbreviations: 'ZP, Z-P',
  category: 'circuit',
  tags: ['equipment'],
  definition: 'A made-up pump for the tests, with a long enough definition.',
  sources: 'Notes, 2026\n\n  Another source  ',
};

describe('custom-term form', () => {
  it('makes kebab-case ids from terms', () => {
    expect(idFromTerm('del Nido cardioplegia')).toBe('del-nido-cardioplegia');
    expect(idFromTerm('  Ångström & co.  ')).toBe('angstrom-co');
    expect(idFromTerm('x'.repeat(80))).toHaveLength(64);
  });

  it('turns form values into an entry and back', () => {
    const e = entryFromForm(filled);
    expect(e).toEqual({
      id: 'zebra-pump',
      term: 'zebra pump',
      abbreviations: ['ZP', 'Z-P'],
      category: 'circuit',
      tags: ['equipment'],
      definition: filled.definition,
      sources: ['Notes, 2026', 'Another source'],
      reviewed: '2026-01-10',
    });
    expect(formFromEntry(e as Entry)).toEqual({ ...filled, sources: 'Notes, 2026\nAnother source' });
  });

  it('splits names at commas, except a comma between digits (2,3-DPG), with or without spaces', () => {
    const e = entryFromForm({ ...filled, abbreviations: 'ZP,Z-P, 2,3-ZP ,1,000', aliases: 'zebra,  2,3-zebra pump' });
    expect(e.abbreviations).toEqual(['ZP', 'Z-P', '2,3-ZP', '1,000']);
    expect(e.aliases).toEqual(['zebra', '2,3-zebra pump']);
  });

  it('accepts a valid entry', () => {
    const r = checkForm(filled, ctx);
    expect(r.fields).toEqual({});
    expect(r.general).toEqual([]);
    expect(r.entry?.id).toBe('zebra-pump');
  });

  it('puts each problem next to its field, in plain words', () => {
    const r = checkForm({ ...filled, category: '', tags: [], definition: 'short', sources: '', abbreviations: 'ZP, <b>' }, ctx);
    expect(r.entry).toBeUndefined();
    expect(r.fields).toEqual({
      category: 'Choose a category.',
      tags: 'Tick at least one study tag.',
      definition: 'Must be at least 20 characters',
      sources: 'Name at least one source, for example your course notes and the year.',
      abbreviations: 'Abbreviation 2: must be plain text',
    });
  });

  it('reports clashes with bundled entries and the user’s other entries', () => {
    expect(checkForm({ ...filled, abbreviations: 'CPB' }, ctx).fields.abbreviations).toMatch(/^Abbreviation 1: "CPB" is already a form of the bundled entry/);
    const mine = checkForm(filled, ctx).entry as Entry;
    const again = checkForm({ ...filled, id: 'zebra-2' }, { ...ctx, custom: [mine] });
    expect(again.fields.term).toMatch(/already a form of your custom entry 1/);
    // Editing the entry itself is not a clash with itself.
    expect(checkForm(filled, { ...ctx, custom: [mine], replacing: 'zebra-pump' }).entry).toBeDefined();
  });

  it('keeps matching rules, values and formulas of an edited entry, dropping rules of removed forms', () => {
    const base = FIXTURE_ENTRIES.find((e) => e.id === 'act') as Entry;
    const edited = entryFromForm({ ...formFromEntry(base), abbreviations: '' });
    expect(edited).not.toHaveProperty('matching');
    expect(entryFromForm(formFromEntry(base)).matching).toEqual(base.matching);
  });

  it('edits normal values: rows to values and back, numbers as people type them, blank rows ignored', () => {
    const rows = [
      { ...emptyValueRow(), label: 'ACT before going on bypass', min: '480', unit: 's', varies: true, note: 'Some teams accept 400 s.' },
      { ...emptyValueRow(), label: 'Priming volume', min: '1,400', max: '1,600.5', unit: 'mL', population: 'adult' as const },
      { ...emptyValueRow(), label: 'Base excess', min: '−2', max: '+2', unit: 'mmol/L' },
      emptyValueRow(),
    ];
    const e = entryFromForm({ ...filled, values: rows });
    expect(e.values).toEqual([
      { label: 'ACT before going on bypass', min: 480, unit: 's', varies: true, note: 'Some teams accept 400 s.' },
      { label: 'Priming volume', min: 1400, max: 1600.5, unit: 'mL', population: 'adult' },
      { label: 'Base excess', min: -2, max: 2, unit: 'mmol/L' },
    ]);
    expect(checkForm({ ...filled, values: rows }, ctx).entry?.values).toHaveLength(3);
    expect(formFromEntry(e as Entry).values).toEqual([
      { ...rows[0] },
      { ...rows[1], min: '1400', max: '1600.5' },
      { ...rows[2], min: '-2', max: '2' },
    ]);
    expect(entryFromForm({ ...filled, values: [emptyValueRow()] })).not.toHaveProperty('values');
  });

  it('every bundled entry survives a trip through the form unchanged (values, formulas and matching rules included)', () => {
    const entries = glossary as Entry[];
    expect(entries.filter((e) => e.values?.length).length).toBeGreaterThan(100);
    expect(entries.filter((e) => Object.values(e.matching ?? {}).some((r) => r.near || r.notBefore || r.notAfter || r.number || r.case)).length).toBeGreaterThan(30);
    for (const e of entries) expect(entryFromForm(formFromEntry(e))).toEqual(e);
  });

  it('says what is wrong with a value, naming the row and the part', () => {
    const row = { ...emptyValueRow(), label: 'Pump flow', unit: 'L/min' };
    const problem = (r: Partial<typeof row>) => checkForm({ ...filled, values: [emptyValueRow(), { ...row, ...r }] }, ctx).fields.values;
    // A blank row is not saved, but rows keep the numbers the form shows them with.
    expect(problem({ min: 'about 5' })).toBe('Value 2 (low): must be a number, like 7.35 or 480');
    expect(problem({})).toBe('Value 2: give a low figure, a high one, or both');
    expect(problem({ min: '5', max: '2.4' })).toBe('Value 2: the low figure is above the high one');
    expect(problem({ min: '2.4', label: 'F' })).toBe('Value 2 (what): must be at least 2 characters');
    expect(problem({ min: '2.4', max: '5' })).toBeUndefined();
    expect(checkForm({ ...filled, values: [emptyValueRow(), { ...row, min: 'x' }] }, ctx).valueAt).toEqual({ row: 1, part: 'min' });
    expect(checkForm({ ...filled, values: [{ ...row, label: 'F', min: '1' }] }, ctx).valueAt).toEqual({ row: 0, part: 'label' });
  });

  it('edits formulas: a wrong variable line or a missing part is named with its row', () => {
    const row = {
      ...emptyFormulaRow(),
      name: 'Zebra flow',
      expression: 'ZF = Q / BSA',
      variables: 'Q: pump flow [L/min]\nBSA: body surface area [m²]',
      example: 'Q 4.8, BSA 2.0: 4.8 / 2.0 = 2.4 L/min/m².',
    };
    const at = (r: Partial<typeof row>) => {
      const c = checkForm({ ...filled, formulas: [emptyFormulaRow(), { ...row, ...r }] }, ctx);
      return { message: c.fields.formulas, at: c.formulaAt, saved: !!c.entry };
    };
    expect(at({})).toEqual({ message: undefined, at: undefined, saved: true });
    expect(checkForm({ ...filled, formulas: [row] }, ctx).entry?.formulas?.[0].variables[1]).toEqual({ symbol: 'BSA', meaning: 'body surface area', unit: 'm²' });
    expect(at({ variables: 'Q: pump flow [L/min]\nBSA body surface area' })).toEqual({
      message: 'Formula 2 (variables): line 2 should read “symbol: meaning [unit]”, e.g. “Q: pump flow [L/min]”',
      at: { row: 1, part: 'variables' },
      saved: false,
    });
    expect(at({ variables: '' })).toEqual({ message: 'Formula 2 (variables): list its variables, one per line', at: { row: 1, part: 'variables' }, saved: false });
    expect(at({ variables: 'Q: pump flow\nBSA: b' }).message).toBe('Formula 2 (variable 2, meaning): must be at least 2 characters');
    expect(at({ example: '' })).toMatchObject({ message: 'Formula 2 (worked example): must be at least 10 characters', at: { row: 1, part: 'example' } });
  });

  it('sets where pages mark the term, on every form at once', () => {
    const e = entryFromForm({ ...filled, marking: 'context' });
    expect(e.matching).toEqual({ 'zebra pump': { match: 'context' }, ZP: { match: 'context' }, 'Z-P': { match: 'context' } });
    expect(formFromEntry(e as Entry).marking).toBe('context');
    expect(checkForm({ ...filled, marking: 'never' }, ctx).entry?.matching?.ZP).toEqual({ match: 'never' });
    // "On every page" is the default: no rule is written for it.
    expect(entryFromForm({ ...filled, marking: 'anywhere' })).not.toHaveProperty('matching');
  });

  it('changing where to mark keeps the other rules of a form; a name with its own level keeps it', () => {
    const base = {
      ...(checkForm(filled, ctx).entry as Entry),
      matching: { ZP: { match: 'context' as const, near: ['pump'] }, 'zebra pump': { case: 'insensitive' as const } },
    };
    const form = formFromEntry(base);
    // The headword's level is the form's; ZP's own level and rules are its row's.
    expect(form.marking).toBe('anywhere');
    expect(form.rules).toEqual([
      { ...emptyRuleRow(), name: 'zebra pump', case: 'insensitive' },
      { ...emptyRuleRow(), name: 'ZP', match: 'context', near: 'pump' },
    ]);
    expect(entryFromForm(form).matching).toEqual(base.matching);
    expect(entryFromForm({ ...form, marking: 'defined' }).matching).toEqual({
      ZP: { match: 'context', near: ['pump'] },
      'zebra pump': { case: 'insensitive', match: 'defined' },
      'Z-P': { match: 'defined' },
    });
    // Back to "as for all its names": ZP follows the form's level again.
    const rules = [form.rules[0], { ...form.rules[1], match: '' as const }];
    // Names with no rule of their own (marked anywhere) get a row when the headword is not.
    expect(formFromEntry({ ...base, matching: { 'zebra pump': { match: 'context' } } }).rules).toEqual([
      { ...emptyRuleRow(), name: 'ZP', match: 'anywhere' },
      { ...emptyRuleRow(), name: 'Z-P', match: 'anywhere' },
    ]);
    expect((entryFromForm({ ...form, marking: 'defined', rules }).matching as Entry['matching'])?.ZP).toEqual({ match: 'defined', near: ['pump'] });
  });

  it('edits the matching rules of single names: lists, window, numbers; rows that set nothing are ignored', () => {
    const rules = [
      { ...emptyRuleRow(), name: 'ZP', near: 'oxygenator, roller head ', window: '12', notBefore: '95%', notAfter: 'kinase, score' },
      { ...emptyRuleRow(), name: 'Z-P', number: 'before' as const, case: 'insensitive' as const },
      { ...emptyRuleRow(), name: 'zebra pump' },
    ];
    const r = checkForm({ ...filled, rules }, ctx);
    expect(r.fields).toEqual({});
    expect(r.entry?.matching).toEqual({
      ZP: { near: ['oxygenator', 'roller head'], window: 12, notBefore: ['95%'], notAfter: ['kinase', 'score'] },
      'Z-P': { number: 'before', case: 'insensitive' },
    });
    expect(formFromEntry(r.entry as Entry).rules).toEqual([{ ...rules[0], near: 'oxygenator, roller head' }, rules[1]]);
  });

  it('says what is wrong with a rule, naming the row and the input', () => {
    const at = (row: Partial<ReturnType<typeof emptyRuleRow>>, before = [{ ...emptyRuleRow(), name: 'ZP', near: 'oxygenator' }]) => {
      const r = checkForm({ ...filled, rules: [...before, { ...emptyRuleRow(), ...row }] }, ctx);
      return { message: r.fields.rules, at: r.ruleAt, saved: !!r.entry };
    };
    expect(at({ name: '', near: 'pump' })).toEqual({ message: 'Rule 2 (name): choose one of the term’s names', at: { row: 1, part: 'name' }, saved: false });
    expect(at({ name: 'zebra', near: 'pump' })).toEqual({ message: 'Rule 2 (name): “zebra” is not one of the term’s names', at: { row: 1, part: 'name' }, saved: false });
    expect(at({ name: 'ZP', number: 'after' })).toEqual({ message: 'Rule 2 (name): “ZP” already has a rule above', at: { row: 1, part: 'name' }, saved: false });
    expect(at({ name: 'Z-P', near: 'pump', window: 'lots' })).toEqual({ message: 'Rule 2 (within): must be a whole number of words, from 1 to 50', at: { row: 1, part: 'window' }, saved: false });
    expect(at({ name: 'Z-P', near: 'pump', window: '80' }).message).toBe('Rule 2 (within): must be a whole number of words, from 1 to 50');
    expect(at({ name: 'Z-P', window: '5' })).toEqual({ message: 'Rule 2 (within): give the words it must be near, or leave “within” empty', at: { row: 1, part: 'window' }, saved: false });
    expect(at({ name: 'Z-P', near: 'pump, <b>' })).toMatchObject({ message: 'Rule 2 (only near): must be plain text', at: { row: 1, part: 'near' } });
    // A name with a dot in it is still found.
    const dotted = checkForm({ ...filled, aliases: '0.9% zebra', rules: [{ ...emptyRuleRow(), name: '0.9% zebra', near: 'pump', window: '0' }] }, ctx);
    expect(dotted.ruleAt).toEqual({ row: 0, part: 'window' });
    expect(at({ name: 'Z-P', near: 'pump', window: '5' }).saved).toBe(true);
  });

  it('an abbreviation a bundled entry already has is allowed when marked only where the page defines it', () => {
    expect(checkForm({ ...filled, abbreviations: 'CPB' }, ctx).entry).toBeUndefined();
    const r = checkForm({ ...filled, abbreviations: 'CPB', marking: 'defined' }, ctx);
    expect(r.fields).toEqual({});
    expect(r.entry?.matching?.CPB).toEqual({ match: 'defined' });
  });

  it('saves over the edited entry and un-hides an override', () => {
    const a = checkForm(filled, ctx).entry as Entry;
    const b = { ...a, definition: 'A changed definition that is long enough.' };
    expect(withEntry([a], [], b, 'zebra-pump')).toEqual({ entries: [b], hidden: [] });
    const over = { ...a, id: 'pump' };
    expect(withEntry([a], ['pump', 'lvad'], over)).toEqual({ entries: [a, over], hidden: ['lvad'] });
  });
});
