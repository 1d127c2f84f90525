/**
 * Validation of a whole glossary: each entry against the schema, then the rules that
 * need every entry at once (unique ids and forms, related ids resolve, matching keys).
 * Returns problems instead of throwing so that callers can print all of them at once.
 */
import * as v from 'valibot';
import { surfaceKey } from '../text/normalize';
import { type Entry, EntrySchema } from './schema';

export interface Problem {
  /** The entry's id (or its position when it has no usable id). */
  id: string;
  /** Dotted path to the field, e.g. `definition` or `matching.CI.near`. */
  field: string;
  message: string;
  /** File the entry came from, when known. */
  file?: string;
}

export interface SourceEntry {
  raw: unknown;
  file?: string;
}

export interface ValidationResult {
  entries: Entry[];
  problems: Problem[];
}

/** Every surface form an entry declares, with the field it came from. */
/** Every surface form an entry declares, with the field it is declared in (headword first). */
export function declaredForms(entry: Pick<Entry, 'term' | 'abbreviations' | 'aliases' | 'british' | 'plurals'>): { text: string; field: string }[] {
  const out = [{ text: entry.term, field: 'term' }];
  for (const field of ['abbreviations', 'aliases', 'british', 'plurals'] as const) {
    for (const text of entry[field] ?? []) out.push({ text, field });
  }
  return out;
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String((p as { key: unknown }).key)).join('.') || '(entry)';
}

export function validateGlossary(sources: SourceEntry[]): ValidationResult {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const files = new Map<string, string | undefined>();

  sources.forEach(({ raw, file }, index) => {
    const rawId =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : `#${index + 1}`;
    const result = v.safeParse(EntrySchema, raw);
    if (!result.success) {
      for (const issue of result.issues) {
        problems.push({ id: rawId, field: issuePath(issue), message: issue.message, file });
      }
      return;
    }
    entries.push(result.output);
    files.set(result.output.id, file);
  });

  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push({ id: e.id, field: 'id', message: 'duplicate id', file: files.get(e.id) });
    ids.add(e.id);
  }

  // Surface forms: unique across entries, except forms that every entry but one
  // restricts to pages defining them ("defined"): those are resolved per page.
  const owners = new Map<string, { id: string; field: string; level: string }[]>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const { text, field } of declaredForms(e)) {
      const key = surfaceKey(text, isCaseSensitive(e, text, field));
      if (seen.has(key)) {
        problems.push({ id: e.id, field, message: `surface form "${text}" is listed twice`, file: files.get(e.id) });
        continue;
      }
      seen.add(key);
      const level = e.matching?.[text]?.match ?? 'anywhere';
      const list = owners.get(key) ?? [];
      list.push({ id: e.id, field, level });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    const undefinedOwners = list.filter((o) => o.level !== 'defined');
    if (undefinedOwners.length > 1) {
      for (const o of list.slice(1)) {
        problems.push({
          id: o.id,
          field: o.field,
          message: `surface form "${key}" is also claimed by ${list[0].id}; shared forms must be "defined" in all but one entry`,
          file: files.get(o.id),
        });
      }
    }
  }

  for (const e of entries) {
    const file = files.get(e.id);
    for (const [i, rel] of (e.related ?? []).entries()) {
      if (rel === e.id) problems.push({ id: e.id, field: `related.${i}`, message: 'an entry cannot relate to itself', file });
      else if (!ids.has(rel)) problems.push({ id: e.id, field: `related.${i}`, message: `unknown entry id "${rel}"`, file });
    }
    if (new Set(e.related ?? []).size !== (e.related ?? []).length) {
      problems.push({ id: e.id, field: 'related', message: 'lists an id twice', file });
    }
    const forms = new Set(declaredForms(e).map((f) => f.text));
    for (const [text, rule] of Object.entries(e.matching ?? {})) {
      if (!forms.has(text)) {
        problems.push({ id: e.id, field: `matching.${text}`, message: 'is not one of the entry\'s forms', file });
      }
      if (rule.window !== undefined && !rule.near) {
        problems.push({ id: e.id, field: `matching.${text}.window`, message: 'needs "near"', file });
      }
    }
    for (const [i, val] of (e.values ?? []).entries()) {
      if (val.min === undefined && val.max === undefined) {
        problems.push({ id: e.id, field: `values.${i}`, message: 'needs min, max or both', file });
      } else if (val.min !== undefined && val.max !== undefined && val.min > val.max) {
        problems.push({ id: e.id, field: `values.${i}`, message: 'min is greater than max', file });
      }
    }
  }
  return { entries, problems };
}

/** Abbreviations match case-sensitively unless their rule says otherwise; other forms insensitively. */
export function isCaseSensitive(entry: Entry, text: string, field: string): boolean {
  const rule = entry.matching?.[text]?.case;
  if (rule) return rule === 'sensitive';
  return field === 'abbreviations';
}

export function formatProblem(p: Problem): string {
  return `${p.file ? `${p.file}: ` : ''}entry "${p.id}", field "${p.field}": ${p.message}`;
}
