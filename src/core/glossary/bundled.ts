/**
 * The bundled glossary (generated/glossary.json, from `npm run glossary:compile`), for the
 * popup, the options page and the background.
 *
 * Imported as text and parsed here rather than as a JSON module: the JSON plugin would
 * re-serialise the file and undo its ASCII-only escaping (scripts/ascii-json.ts), and the
 * string literal in the bundle would then hold two bytes per character, which makes compiling
 * it several times slower.
 */
import glossaryText from '../../../generated/glossary.json?raw';
import type { Entry } from './schema';

let entries: Entry[] | undefined;

/** Every bundled entry, sorted by id; parsed on the first call. */
export function bundledGlossary(): Entry[] {
  entries ??= JSON.parse(glossaryText) as Entry[];
  return entries;
}
