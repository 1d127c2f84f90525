/**
 * The effective glossary: the bundled entries, the user's own entries (a custom entry with a
 * bundled id replaces that entry) and the bundled entries the user hid. Custom entries follow
 * the bundled schema and rules (schema.ts, validate.ts); on top of that this checks what only
 * the combination can get wrong: surface forms that clash with another entry, related ids that
 * go nowhere, hidden ids that name no bundled entry.
 *
 * Pure: the settings page uses the problems to refuse a change; the content script, the
 * popup and the background use `entries` (custom entries with problems are left out).
 */
import * as v from 'valibot';
import { surfaceKey } from '../text/normalize';
import { type Entry, EntrySchema } from './schema';
import { declaredForms, isCaseSensitive, validateGlossary } from './validate';

export interface CustomProblem {
  /** Where the problem is: `entries` (a custom entry) or `hidden` (the hidden list). */
  list: 'entries' | 'hidden';
  /** Position in that list, 0-based. */
  index: number;
  /** The entry's id when it has a usable one. */
  id?: string;
  /** Dotted path to the field, e.g. `definition`, `abbreviations.1`, `matching.CI.near`. */
  field: string;
  message: string;
}

export interface MergedGlossary {
  /** Bundled minus hidden and overridden, plus valid custom entries; sorted by id. */
  entries: Entry[];
  /** Custom entries that passed every check, in the user's order. */
  custom: Entry[];
  /** Bundled ids replaced by a custom entry. */
  overridden: string[];
  /** Bundled ids hidden (and not overridden). */
  hidden: string[];
  problems: CustomProblem[];
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.') || '(entry)';
}

const rawIdOf = (raw: unknown): string | undefined =>
  raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;

/** Problems of validate.ts that this module replaces with checks that see the bundled entries. */
const isReplacedRule = (p: { field: string; message: string }) =>
  p.message === 'duplicate id' || (p.field.startsWith('related.') && p.message.startsWith('unknown entry id')) || /^surface form ".*" is also claimed by /.test(p.message);

interface FormOwner {
  id: string;
  term: string;
  defined: boolean;
  /** Index in the custom list, or undefined for a bundled entry. */
  custom?: number;
}

export function mergeGlossary(bundled: readonly Entry[], customRaw: readonly unknown[], hiddenRaw: readonly unknown[] = []): MergedGlossary {
  const problems: CustomProblem[] = [];
  const bundledById = new Map(bundled.map((e) => [e.id, e]));

  // 1. Each custom entry on its own: the bundled schema.
  const parsed: { entry: Entry; index: number }[] = [];
  customRaw.forEach((raw, index) => {
    const id = rawIdOf(raw);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ list: 'entries', index, field: '(entry)', message: 'must be an object with the fields of a glossary entry' });
      return;
    }
    const result = v.safeParse(EntrySchema, raw);
    if (!result.success) {
      for (const issue of result.issues) problems.push({ list: 'entries', index, id, field: issuePath(issue), message: issue.message });
      return;
    }
    parsed.push({ entry: result.output, index });
  });

  // 2. Ids: unique among custom entries.
  const firstIndex = new Map<string, number>();
  for (const { entry, index } of parsed) {
    const first = firstIndex.get(entry.id);
    if (first !== undefined) {
      problems.push({ list: 'entries', index, id: entry.id, field: 'id', message: `"${entry.id}" is already used by custom entry ${first + 1}` });
    } else firstIndex.set(entry.id, index);
  }

  // 3. The hidden list names bundled entries.
  const hiddenSet = new Set<string>();
  hiddenRaw.forEach((h, index) => {
    if (typeof h !== 'string' || !bundledById.has(h)) {
      problems.push({ list: 'hidden', index, id: typeof h === 'string' ? h : undefined, field: `hidden.${index}`, message: `${JSON.stringify(h)} is not the id of a bundled entry` });
    } else hiddenSet.add(h);
  });

  const customIds = new Set(parsed.map((p) => p.entry.id));
  const overridden = [...customIds].filter((id) => bundledById.has(id));
  const hidden = [...hiddenSet].filter((id) => !customIds.has(id));
  const baseBundled = bundled.filter((e) => !hiddenSet.has(e.id) && !customIds.has(e.id));

  // 4. Rules within each entry (forms listed twice, matching keys, values), from validate.ts.
  const indexById = new Map(parsed.map((p) => [p.entry.id, p.index]));
  for (const p of validateGlossary(parsed.map((x) => ({ raw: x.entry }))).problems) {
    if (isReplacedRule(p)) continue;
    problems.push({ list: 'entries', index: indexById.get(p.id) ?? -1, id: p.id, field: p.field, message: p.message });
  }

  // 5. Related ids resolve to an entry of the effective glossary.
  const known = new Set([...baseBundled.map((e) => e.id), ...customIds]);
  for (const { entry, index } of parsed) {
    (entry.related ?? []).forEach((rel, i) => {
      if (rel === entry.id || known.has(rel)) return;
      const why = hiddenSet.has(rel) ? `"${rel}" is hidden` : `unknown entry id "${rel}"`;
      problems.push({ list: 'entries', index, id: entry.id, field: `related.${i}`, message: why });
    });
  }

  // 6. Surface forms: a custom form must not clash with a form of another entry, unless all
  // but one of the entries sharing it restrict it to pages that define it ("defined").
  const owners = new Map<string, FormOwner[]>();
  const addOwner = (entry: Entry, text: string, field: string, custom?: number) => {
    const key = surfaceKey(text, isCaseSensitive(entry, text, field));
    const owner: FormOwner = { id: entry.id, term: entry.term, defined: entry.matching?.[text]?.match === 'defined', custom };
    const list = owners.get(key) ?? [];
    list.push(owner);
    owners.set(key, list);
    return { key, owner, others: list.slice(0, -1) };
  };
  for (const e of baseBundled) for (const { text, field } of declaredForms(e)) addOwner(e, text, field);
  for (const { entry, index } of parsed) {
    const seen = new Set<string>();
    for (const { text, field } of declaredForms(entry)) {
      const key = surfaceKey(text, isCaseSensitive(entry, text, field));
      if (seen.has(key)) continue; // reported by validate.ts as "listed twice"
      seen.add(key);
      const { owner, others } = addOwner(entry, text, field, index);
      const rivals = others.filter((o) => o.id !== entry.id);
      const undefinedOwners = [owner, ...rivals].filter((o) => !o.defined);
      if (rivals.length === 0 || undefinedOwners.length <= 1) continue;
      const rival = rivals.find((o) => !o.defined) ?? rivals[0];
      const where =
        rival.custom === undefined
          ? `the bundled entry "${rival.term}" (${rival.id}); use another form, mark yours only where a page defines it, hide that entry, or give your entry the id "${rival.id}" to replace it`
          : `your custom entry ${rival.custom + 1} "${rival.term}"`;
      const fieldPath = field === 'term' ? 'term' : `${field}.${(entry[field as 'aliases'] ?? []).indexOf(text)}`;
      problems.push({ list: 'entries', index, id: entry.id, field: fieldPath, message: `"${text}" is already a form of ${where}` });
    }
  }

  problems.sort((a, b) => (a.list === b.list ? a.index - b.index : a.list === 'entries' ? -1 : 1));
  const bad = new Set(problems.filter((p) => p.list === 'entries').map((p) => p.index));
  const custom = parsed.filter((p) => !bad.has(p.index)).map((p) => p.entry);
  const ids = new Set([...baseBundled.map((e) => e.id), ...custom.map((e) => e.id)]);
  const stripRelated = (e: Entry): Entry => {
    if (!e.related?.some((r) => !ids.has(r))) return e;
    const related = e.related.filter((r) => ids.has(r));
    const { related: _drop, ...rest } = e;
    return related.length ? { ...rest, related } : rest;
  };
  const entries = [...baseBundled, ...custom].map(stripRelated).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, custom, overridden, hidden, problems };
}

/** "Entry 3 (“my-term”), field “definition”: must be at least 20 characters". */
export function formatCustomProblem(p: CustomProblem, listName = { entries: 'Entry', hidden: 'Hidden entry' }): string {
  const who = `${listName[p.list]} ${p.index + 1}${p.id ? ` (“${p.id}”)` : ''}`;
  return p.list === 'hidden' ? `${who}: ${p.message}` : `${who}, field “${p.field}”: ${p.message}`;
}
