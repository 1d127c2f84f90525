/**
 * The custom-term form's model: form values ↔ entries, and validation problems → the form
 * field they belong to. Pure (no Preact, no storage), so it is unit-tested directly.
 */
import { type CustomProblem, mergeGlossary } from '../../core/glossary/merge';
import type { Entry } from '../../core/glossary/schema';

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
  /** One source per line. */
  sources: string;
  reviewed: string;
}

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
    sources: '',
    reviewed: today(now),
  };
}

export function formFromEntry(e: Entry): FormValues {
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
    sources: e.sources.join('\n'),
    reviewed: e.reviewed,
  };
}

const splitList = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The entry the form describes (not yet validated). Fields the form does not edit (matching
 * rules, values, formulas) are kept from `base`; matching rules of forms that were removed
 * are dropped with them.
 */
export function entryFromForm(f: FormValues, base?: Entry): Record<string, unknown> {
  const out: Record<string, unknown> = { id: f.id.trim(), term: f.term.trim() };
  for (const field of LIST_FIELDS) {
    const list = splitList(f[field], /,/);
    if (list.length) out[field] = list;
  }
  const forms = new Set([out.term as string, ...LIST_FIELDS.flatMap((k) => (out[k] as string[] | undefined) ?? [])]);
  if (base?.matching) {
    const kept = Object.fromEntries(Object.entries(base.matching).filter(([form]) => forms.has(form)));
    if (Object.keys(kept).length) out.matching = kept;
  }
  out.category = f.category;
  out.tags = [...f.tags];
  out.definition = f.definition.trim();
  if (f.explanation.trim()) out.explanation = f.explanation.trim();
  if (base?.values) out.values = base.values;
  if (base?.formulas) out.formulas = base.formulas;
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
  /** Problems that belong to no single field (matching rules, values, formulas). */
  general: string[];
}

const FIELD_LABELS: Partial<Record<string, string>> = { matching: 'Matching rules', values: 'Values', formulas: 'Formulas' };

/**
 * Validates the form's entry as it would be stored: the bundled schema and the combination
 * with the bundled glossary and the user's other entries.
 * @param replacing id of the custom entry being edited (it is replaced, not added)
 */
export function checkForm(
  f: FormValues,
  ctx: { bundled: readonly Entry[]; custom: readonly Entry[]; hidden: readonly string[]; replacing?: string; base?: Entry },
): FormCheck {
  const candidate = entryFromForm(f, ctx.base);
  const others = ctx.custom.filter((e) => e.id !== ctx.replacing);
  const hidden = ctx.hidden.filter((id) => id !== candidate.id);
  const result = mergeGlossary(ctx.bundled, [...others, candidate], hidden);
  const mine = result.problems.filter((p: CustomProblem) => p.list === 'entries' && p.index === others.length);
  const fields: FormCheck['fields'] = {};
  const general: string[] = [];
  for (const p of mine) {
    const head = p.field.split('.')[0];
    if (head in f) {
      const key = head as FieldName;
      fields[key] ??= describe(p);
    } else {
      general.push(`${FIELD_LABELS[head] ?? 'Entry'}: ${describe(p)}`);
    }
  }
  const entry = mine.length === 0 ? result.custom.find((e) => e.id === candidate.id) : undefined;
  return { entry, fields, general };
}

/** Plainer words for the form than the glossary build's messages. */
const FRIENDLY: Record<string, string> = {
  category: 'Choose a category.',
  tags: 'Tick at least one study tag.',
};

/** A problem's message, with the item named for list fields ("Abbreviation 2: …"). */
function describe(p: CustomProblem): string {
  const [head, index] = p.field.split('.');
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
  return index !== undefined && itemNames[head] && /^\d+$/.test(index) ? `${itemNames[head]} ${Number(index) + 1}: ${p.message}` : msg;
}

/** The stored data after saving `entry` (replacing `replacing`); an override is un-hidden. */
export function withEntry(custom: readonly Entry[], hidden: readonly string[], entry: Entry, replacing?: string) {
  const idx = custom.findIndex((e) => e.id === (replacing ?? entry.id));
  const entries = idx >= 0 ? custom.map((e, i) => (i === idx ? entry : e)) : [...custom, entry];
  return { entries, hidden: hidden.filter((id) => id !== entry.id) };
}
