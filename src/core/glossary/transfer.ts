/**
 * Export and import of the user's own glossary data (custom entries and hidden bundled ids)
 * as a JSON file. Import checks the whole file, and the result of combining it with what the
 * user already has, before anything is written: a file with any problem changes nothing.
 * Pure: reading files and writing storage happen in the callers.
 */

import * as v from 'valibot';
import { type CustomProblem, mergeGlossary } from './merge';
import { type Entry, EntrySchema } from './schema';

export const TRANSFER_FORMAT = 'perfusion-glossary/custom-terms';
export const TRANSFER_VERSION = 1;
/** Larger files are refused before parsing (a real custom glossary is a few hundred kB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface CustomData {
  entries: Entry[];
  hidden: string[];
}

export interface TransferFile {
  format: typeof TRANSFER_FORMAT;
  version: typeof TRANSFER_VERSION;
  entries: Entry[];
  hidden: string[];
}

/** The export file: deterministic (no timestamp), so export → import → export is byte-identical. */
export function exportCustomData(data: CustomData): string {
  const file: TransferFile = { format: TRANSFER_FORMAT, version: TRANSFER_VERSION, entries: data.entries.map(canonical), hidden: data.hidden };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Fields in schema order (what import produces), so equal entries always export the same. */
function canonical(e: Entry): Entry {
  const r = v.safeParse(EntrySchema, e);
  return r.success ? r.output : e;
}

export interface ImportProblem {
  /** Where, in words a user can find in the file: "file", "entries[2] (“ecmo-circuit”)", "hidden[0]". */
  where: string;
  field?: string;
  message: string;
}

export type ImportResult =
  | { ok: true; data: CustomData; added: number; replaced: number; hiddenAdded: number }
  | { ok: false; problems: ImportProblem[] };

const fail = (message: string, where = 'file'): ImportResult => ({ ok: false, problems: [{ where, message }] });

/** One line per problem, for messages and logs. */
export function formatImportProblem(p: ImportProblem): string {
  return `${p.where}${p.field ? `, field “${p.field}”` : ''}: ${p.message}`;
}

/**
 * Reads an export file (or a bare JSON array of entries, the format of glossary/entries/*.json)
 * and merges it into `current`: imported entries replace custom entries with the same id, the
 * others are added after them; hidden ids are added to the hidden list.
 */
export function importCustomData(text: string, bundled: readonly Entry[], current: CustomData): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail(`is too large (${Math.round(text.length / 1024)} kB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail(`is not valid JSON (${(err as Error).message})`);
  }

  let entriesRaw: unknown;
  let hiddenRaw: unknown = [];
  if (Array.isArray(json)) {
    entriesRaw = json;
  } else if (json && typeof json === 'object') {
    const obj = json as Record<string, unknown>;
    if (obj.format !== TRANSFER_FORMAT) {
      return fail(`is not a Perfusion Glossary export (expected "format": "${TRANSFER_FORMAT}")`);
    }
    if (typeof obj.version !== 'number' || obj.version > TRANSFER_VERSION) {
      return fail(`was made by a newer version of Perfusion Glossary (file version ${String(obj.version)}, this one reads ${TRANSFER_VERSION}); update the extension first`);
    }
    const unknown = Object.keys(obj).filter((k) => !['format', 'version', 'entries', 'hidden'].includes(k));
    if (unknown.length) return fail(`has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`);
    entriesRaw = obj.entries ?? [];
    hiddenRaw = obj.hidden ?? [];
  } else {
    return fail('must hold a JSON object (an export) or an array of entries');
  }
  if (!Array.isArray(entriesRaw)) return fail('"entries" must be an array of entries');
  if (!Array.isArray(hiddenRaw)) return fail('"hidden" must be an array of entry ids');

  // Problems of the file on its own, located in the file.
  const own = mergeGlossary(bundled, entriesRaw, hiddenRaw);
  if (own.problems.length) return { ok: false, problems: own.problems.map((p) => locate(p, 'file')) };

  // The combination with what the user has. Problems the user's data already had (say, a
  // custom form that a glossary update now also uses) are not the file's fault.
  const imported = own.custom;
  const importedIds = new Set(imported.map((e) => e.id));
  const kept = current.entries.filter((e) => !importedIds.has(e.id));
  const entries = [...kept, ...imported];
  const bundledIds = new Set(bundled.map((e) => e.id));
  const hidden = [...new Set([...current.hidden.filter((id) => bundledIds.has(id)), ...(hiddenRaw as string[])])];
  const before = new Set(mergeGlossary(bundled, current.entries, []).problems.map((p) => `${p.id} ${p.field} ${p.message}`));
  const combined = mergeGlossary(bundled, entries, hidden).problems.filter(
    (p) => !(p.list === 'entries' && p.index < kept.length && before.has(`${p.id} ${p.field} ${p.message}`)),
  );
  if (combined.length) {
    return {
      ok: false,
      problems: combined.map((p) =>
        p.list === 'entries' && p.index >= kept.length ? locate({ ...p, index: p.index - kept.length }, 'file') : locate(p, 'yours'),
      ),
    };
  }
  const existingIds = new Set(current.entries.map((e) => e.id));
  return {
    ok: true,
    data: { entries, hidden },
    added: imported.filter((e) => !existingIds.has(e.id)).length,
    replaced: imported.filter((e) => existingIds.has(e.id)).length,
    hiddenAdded: hidden.filter((id) => !current.hidden.includes(id)).length,
  };
}

function locate(p: CustomProblem, source: 'file' | 'yours'): ImportProblem {
  const id = p.id ? ` (“${p.id}”)` : '';
  if (source === 'yours') {
    const where = p.list === 'entries' ? `your custom entry ${p.index + 1}${id}` : `your hidden list`;
    return { where, field: p.list === 'entries' ? p.field : undefined, message: `${p.message} (after importing this file)` };
  }
  if (p.list === 'hidden') return { where: `hidden[${p.index}]`, message: p.message };
  return { where: `entries[${p.index}]${id}`, field: p.field, message: p.message };
}
