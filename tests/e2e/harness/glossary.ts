/**
 * The compiled glossary the extension under test was built with (generated/glossary.json),
 * so tests expect whatever headword the glossary gives a term instead of hard-coding it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../../src/core/glossary/schema';
import { ROOT } from './server';

let cache: Entry[] | undefined;

function entries(): Entry[] {
  cache ??= JSON.parse(readFileSync(join(ROOT, 'generated', 'glossary.json'), 'utf8')) as Entry[];
  return cache;
}

const norm = (s: string) => s.toLowerCase().replace(/[\s\u2010-\u2015-]+/g, ' ');

/** The headword of the entry a marked text belongs to (by headword, abbreviation, alias or British spelling). */
export function headwordFor(text: string): string {
  const t = norm(text);
  const entry =
    entries().find((e) => norm(e.term) === t) ??
    entries().find((e) => (e.abbreviations ?? []).includes(text)) ??
    entries().find((e) => [...(e.aliases ?? []), ...(e.british ?? []), ...(e.abbreviations ?? [])].some((f) => norm(f) === t));
  if (!entry) throw new Error(`"${text}" is not a form of any glossary entry`);
  return entry.term;
}
