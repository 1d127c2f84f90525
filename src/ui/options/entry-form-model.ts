/**
 * The custom-term form's model: form values ↔ entries, and validation problems → the form
 * field they belong to. Pure (no Preact, no storage), so it is unit-tested directly.
 */
import { type CustomProblem, mergeGlossary } from '../../core/glossary/merge';
import type { Entry } from '../../core/glossary/schema';
import { declaredForms } from '../../core/glossary/validate';
import type { MatchLevel } from '../../core/glossary/vocabulary';
import { type FormulaPart, type FormulaRow, formulaFromRow, formulaRowFromFormula, isBlankFormulaRow } from './formula-rows';
import { isBlankRuleRow, type RulePart, type RuleRow, ruleFromRow, ruleRowFromRule, ruleTarget } from './rule-rows';
import { isBlankValueRow, type ValuePart, type ValueRow, valueFromRow, valueRowFromValue } from './value-rows';

export interface FormValues {
  id: string;
  term: string;
  abbreviations: string;
  aliases: string;
  british: string;
  plurals: string;
  category: string;
  tags: string[];
  definition: string;
  explanation: string;
  related: string;
  /** Normal values and targets, one row each; blank rows are ignored. */
  values: ValueRow[];
  /** Formulas, one row each; blank rows are ignored. */
  formulas: FormulaRow[];
  /** One source per line. */
  sources: string;
  reviewed: string;
  /**
   * Where pages mark the entry's names: all of them, except names whose own rule (`rules`)
   * says otherwise. An edited entry shows its headword's level here.
   */
  marking: MatchLevel;
  /** Matching rules of single names, one row each; rows that set nothing are ignored. */
  rules: RuleRow[];
}

/** The form's choices for `marking`, in plain words. */
export const MARKING_CHOICES: { value: MatchLevel; label: string }[] = [
  { value: 'anywhere', label: 'On every page' },
  { value: 'context', label: 'Only on pages about perfusion (for a term with other everyday meanings)' },
  { value: 'defined', label: 'Only where the page itself defines it, as “long form (ABBR)”' },
  { value: 'never', label: 'Never on pages: search and the study list only' },
];

export type FieldName = keyof FormValues;
export const LIST_FIELDS = ['abbreviations', 'aliases', 'british', 'plurals'] as const;

/** Today's date as YYYY-MM-DD in the user's time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Kebab-case id from a headword: "del Nido cardioplegia" → "del-nido-cardioplegia". */
export function idFromTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

export function emptyForm(now = new Date()): FormValues {
  return {
    id: '',
    term: '',
    abbreviations: '',
    aliases: '',
    british: '',
    plurals: '',
    category: '',
    tags: [],
    definition: '',
    explanation: '',
    related: '',
    values: [],
    formulas: [],
    sources: '',
    reviewed: today(now),
    marking: 'anywhere',
    rules: [],
  };
}

/** Where the headword is marked: the form's level for all names. */
function markingOf(e: Entry): MatchLevel {
  return e.matching?.[e.term]?.match ?? 'anywhere';
}

/**
 * A row for each name with a rule beyond the entry-wide level (a name with no rule at all is
 * marked anywhere: a row when the headword is not), in the entry's order of names.
 */
function ruleRowsOf(e: Entry, marking: MatchLevel): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const { text } of declaredForms(e)) {
    const rule = e.matching?.[text] ?? {};
    const row = ruleRowFromRule(text, rule, (rule.match ?? 'anywhere') !== marking);
    if (!isBlankRuleRow(row)) rows.push(row);
  }
  return rows;
}

export function formFromEntry(e: Entry): FormValues {
  const marking = markingOf(e);
  return {
    id: e.id,
    term: e.term,
    abbreviations: (e.abbreviations ?? []).join(', '),
    aliases: (e.aliases ?? []).join(', '),
    british: (e.british ?? []).join(', '),
    plurals: (e.plurals ?? []).join(', '),
    category: e.category,
    tags: [...e.tags],
    definition: e.definition,
    explanation: e.explanation ?? '',
    related: (e.related ?? []).join(', '),
    values: (e.values ?? []).map(valueRowFromValue),
    formulas: (e.formulas ?? []).map(formulaRowFromFormula),
    sources: e.sources.join('\n'),
    reviewed: e.reviewed,
    marking,
    rules: ruleRowsOf(e, marking),
  };
}

/**
 * Names are comma-separated, but a comma between two digits belongs to the name: chemical
 * names such as 2,3-DPG and 2,3-bisphosphoglycerate.
 */
const NAME_SEPARATOR = /(?<!\d),|,(?!\d)/;

const splitList = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

/** The term's names as the form lists them now, in the entry's order (for the rule rows). */
export function namesOf(f: FormValues): string[] {
  const lists: Record<string, unknown> = { term: f.term.trim() };
  for (const field of LIST_FIELDS) lists[field] = splitList(f[field], NAME_SEPARATOR);
  return declaredForms(lists as Pick<Entry, 'term' | (typeof LIST_FIELDS)[number]>)
    .map((d) => d.text)
    .filter(Boolean);
}

/**
 * The entry the form describes (not yet validated). Each name gets the entry-wide level
 * unless its own rule row sets one ('anywhere' is the default and is not written), plus the
 * rest of its row. Rows of names the entry no longer has are left out (checkForm names them).
 */
export function entryFromForm(f: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = { id: f.id.trim(), term: f.term.trim() };
  for (const field of LIST_FIELDS) {
    const list = splitList(f[field], NAME_SEPARATOR);
    if (list.length) out[field] = list;
  }
  const rows = new Map<string, RuleRow>();
  for (const row of f.rules) if (!isBlankRuleRow(row) && !rows.has(row.name.trim())) rows.set(row.name.trim(), row);
  const matching: Record<string, Record<string, unknown>> = {};
  for (const { text } of declaredForms(out as Pick<Entry, 'term' | (typeof LIST_FIELDS)[number]>)) {
    const row = rows.get(text);
    const rule = row ? ruleFromRow(row) : {};
    const level = row?.match || f.marking;
    if (level !== 'anywhere') rule.match = level;
    if (Object.keys(rule).length) matching[text] = rule;
  }
  if (Object.keys(matching).length) out.matching = matching;
  out.category = f.category;
  out.tags = [...f.tags];
  out.definition = f.definition.trim();
  if (f.explanation.trim()) out.explanation = f.explanation.trim();
  const values = f.values.filter((row) => !isBlankValueRow(row)).map(valueFromRow);
  if (values.length) out.values = values;
  const formulas = f.formulas.filter((row) => !isBlankFormulaRow(row)).map((row) => formulaFromRow(row).formula);
  if (formulas.length) out.formulas = formulas;
  const related = splitList(f.related, /[,\s]+/);
  if (related.length) out.related = related;
  out.sources = splitList(f.sources, /\n/);
  out.reviewed = f.reviewed.trim();
  return out;
}

export interface FormCheck {
  entry?: Entry;
  /** First message per form field. */
  fields: Partial<Record<FieldName, string>>;
  /** Problems that belong to no single field (matching rules). */
  general: string[];
  /** Where the `values` message points: the form row, and the part of it (its input). */
  valueAt?: { row: number; part: ValuePart };
  /** Where the `formulas` message points, likewise. */
  formulaAt?: { row: number; part: FormulaPart };
  /** Where the `rules` message points, likewise. */
  ruleAt?: { row: number; part: RulePart };
}

const FIELD_LABELS: Partial<Record<string, string>> = { matching: 'Matching rules' };

/**
 * Validates the form's entry as it would be stored: the bundled schema and the combination
 * with the bundled glossary and the user's other entries.
 * @param replacing id of the custom entry being edited (it is replaced, not added)
 */
export function checkForm(
  f: FormValues,
  ctx: { bundled: readonly Entry[]; custom: readonly Entry[]; hidden: readonly string[]; replacing?: string },
): FormCheck {
  const candidate = entryFromForm(f);
  const others = ctx.custom.filter((e) => e.id !== ctx.replacing);
  const hidden = ctx.hidden.filter((id) => id !== candidate.id);
  const result = mergeGlossary(ctx.bundled, [...others, candidate], hidden);
  const mine = result.problems.filter((p: CustomProblem) => p.list === 'entries' && p.index === others.length);
  const fields: FormCheck['fields'] = {};
  const general: string[] = [];
  // Values and formulas are numbered as the form shows its rows, blank rows included.
  let valueAt: FormCheck['valueAt'];
  let formulaAt: FormCheck['formulaAt'];
  const valueRows = f.values.flatMap((row, i) => (isBlankValueRow(row) ? [] : [i]));
  const formulaRows = f.formulas.flatMap((row, i) => (isBlankFormulaRow(row) ? [] : [i]));
  // A variable line that is not "symbol: meaning" is the first thing to say about its formula.
  for (const i of formulaRows) {
    const bad = formulaFromRow(f.formulas[i]).badLine;
    if (bad === undefined) continue;
    fields.formulas = `Formula ${i + 1} (variables): line ${bad} should read “symbol: meaning [unit]”, e.g. “Q: pump flow [L/min]”`;
    formulaAt = { row: i, part: 'variables' };
    break;
  }
  // A rule row must name one of the entry's names, once.
  const names = new Set(namesOf(f));
  let ruleAt: FormCheck['ruleAt'];
  const seen = new Set<string>();
  for (const [i, row] of f.rules.entries()) {
    if (isBlankRuleRow(row)) continue;
    const name = row.name.trim();
    const problem = !name ? 'choose one of the term’s names' : !names.has(name) ? `“${name}” is not one of the term’s names` : seen.has(name) ? `“${name}” already has a rule above` : '';
    seen.add(name);
    if (!problem) continue;
    fields.rules = `Rule ${i + 1} (name): ${problem}`;
    ruleAt = { row: i, part: 'name' };
    break;
  }
  for (const raw of mine) {
    if (raw.field.startsWith('matching.')) {
      const at = ruleTarget(raw.field, f.rules);
      if (at && fields.rules === undefined) {
        ruleAt = at;
        const message = at.part === 'window' && /^Invalid/.test(raw.message) ? 'must be a whole number of words, from 1 to 50' : (RULE_MESSAGES[raw.message] ?? raw.message);
        fields.rules = `Rule ${at.row + 1} (${RULE_PARTS[at.part]}): ${message}`;
      } else if (!at) general.push(`Matching rules: ${describe(raw)}`);
      continue;
    }
    const field = raw.field
      .replace(/^values\.(\d+)/, (_, k: string) => `values.${valueRows[Number(k)] ?? k}`)
      .replace(/^formulas\.(\d+)/, (_, k: string) => `formulas.${formulaRows[Number(k)] ?? k}`);
    const p = { ...raw, field };
    const head = p.field.split('.')[0];
    if (head in f) {
      const key = head as FieldName;
      // A whole-row problem (no figure, low above high; a formula with no name) points at the row's low figure or name.
      if (key === 'values' && fields.values === undefined) valueAt = rowTarget(p.field, VALUE_PARTS, 'min');
      if (key === 'formulas' && fields.formulas === undefined) formulaAt = rowTarget(p.field, FORMULA_PARTS, 'name');
      fields[key] ??= describe(p);
    } else {
      general.push(`${FIELD_LABELS[head] ?? 'Entry'}: ${describe(p)}`);
    }
  }
  const entry = mine.length === 0 && !fields.formulas && !fields.rules ? result.custom.find((e) => e.id === candidate.id) : undefined;
  return { entry, fields, general, ...(valueAt ? { valueAt } : {}), ...(formulaAt ? { formulaAt } : {}), ...(ruleAt ? { ruleAt } : {}) };
}

/** Plainer words for the form than the glossary build's messages. */
const FRIENDLY: Record<string, string> = {
  category: 'Choose a category.',
  tags: 'Tick at least one study tag.',
};

/** A problem's message, with the item named for list fields ("Abbreviation 2: …"). */
function describe(p: CustomProblem): string {
  const [head, index, part] = p.field.split('.');
  if (FRIENDLY[p.field] && /must (be one of|have at least)/.test(p.message)) return FRIENDLY[p.field];
  if (p.field === 'sources' && /at least one source/.test(p.message)) return 'Name at least one source, for example your course notes and the year.';
  const itemNames: Record<string, string> = {
    abbreviations: 'Abbreviation',
    aliases: 'Alias',
    british: 'British spelling',
    plurals: 'Plural',
    related: 'Related id',
    sources: 'Source',
    tags: 'Tag',
  };
  const msg = p.message.charAt(0).toUpperCase() + p.message.slice(1);
  if (head === 'values' && index !== undefined && /^\d+$/.test(index)) {
    const what = part ? ` (${VALUE_PARTS[part as ValuePart] ?? part})` : '';
    const message = part && /^Invalid type: Expected number/.test(p.message) ? 'must be a number, like 7.35 or 480' : (VALUE_MESSAGES[p.message] ?? p.message);
    return `Value ${Number(index) + 1}${what}: ${message}`;
  }
  if (head === 'formulas' && index !== undefined && /^\d+$/.test(index)) {
    const [, , , varIndex, varPart] = p.field.split('.');
    const what = !part ? '' : part === 'variables' && varIndex !== undefined ? ` (variable ${Number(varIndex) + 1}${varPart ? `, ${varPart}` : ''})` : ` (${FORMULA_PARTS[part as FormulaPart] ?? part})`;
    const message = p.message === 'must list every variable' ? 'list its variables, one per line' : p.message;
    return `Formula ${Number(index) + 1}${what}: ${message}`;
  }
  return index !== undefined && itemNames[head] && /^\d+$/.test(index) ? `${itemNames[head]} ${Number(index) + 1}: ${p.message}` : msg;
}

/** The form's names for the parts of a formula row. */
const FORMULA_PARTS: Record<FormulaPart, string> = { name: 'name', expression: 'formula', variables: 'variables', example: 'worked example', note: 'note' };

/**
 * The row and input a problem of a row list belongs to: "values.2.min" → row 2, min;
 * "formulas.1.variables.0.meaning" → row 1, variables; no known part → `whole`.
 */
function rowTarget<Part extends string>(field: string, parts: Record<Part, string>, whole: Part): { row: number; part: Part } | undefined {
  const [, row, part] = field.split('.');
  if (!/^\d+$/.test(row ?? '')) return undefined;
  return { row: Number(row), part: part && part in parts ? (part as Part) : whole };
}

/** The form's names for the parts of a rule row. */
const RULE_PARTS: Record<RulePart, string> = {
  name: 'name',
  match: 'where',
  case: 'case',
  near: 'only near',
  window: 'within',
  notBefore: 'skip when preceded by',
  notAfter: 'skip when followed by',
  number: 'number',
};

/** The build's messages about a rule, in the form's words. */
const RULE_MESSAGES: Record<string, string> = {
  'needs "near"': 'give the words it must be near, or leave “within” empty',
};

/** The form's names for the parts of a value row. */
const VALUE_PARTS: Record<ValuePart, string> = { label: 'what', min: 'low', max: 'high', unit: 'unit', population: 'population', note: 'note' };

/** The build's messages about a value's min and max, in the form's words (low, high). */
const VALUE_MESSAGES: Record<string, string> = {
  'needs min, max or both': 'give a low figure, a high one, or both',
  'min is greater than max': 'the low figure is above the high one',
};

/** The stored data after saving `entry` (replacing `replacing`); an override is un-hidden. */
export function withEntry(custom: readonly Entry[], hidden: readonly string[], entry: Entry, replacing?: string) {
  const idx = custom.findIndex((e) => e.id === (replacing ?? entry.id));
  const entries = idx >= 0 ? custom.map((e, i) => (i === idx ? entry : e)) : [...custom, entry];
  return { entries, hidden: hidden.filter((id) => id !== entry.id) };
}
