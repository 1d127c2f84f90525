/** Reads glossary/entries/*.json and validates them (Node side of the glossary build). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type SourceEntry, type ValidationResult, validateGlossary } from '../src/core/glossary/validate';

export const ROOT = new URL('..', import.meta.url).pathname;
/** GLOSSARY_DIR overrides where entries are read from (tests use broken fixture glossaries). */
export const ENTRIES_DIR = process.env.GLOSSARY_DIR ?? join(ROOT, 'glossary', 'entries');

export function loadSources(dir = ENTRIES_DIR): { sources: SourceEntry[]; fileErrors: string[] } {
  const sources: SourceEntry[] = [];
  const fileErrors: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const path = join(dir, name);
    const file = relative(ROOT, path) || name;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      fileErrors.push(`${file}: not valid JSON: ${(err as Error).message}`);
      continue;
    }
    if (!Array.isArray(data)) {
      fileErrors.push(`${file}: must hold a JSON array of entries`);
      continue;
    }
    for (const raw of data) sources.push({ raw, file });
  }
  return { sources, fileErrors };
}

export function loadGlossary(dir = ENTRIES_DIR): ValidationResult & { fileErrors: string[] } {
  const { sources, fileErrors } = loadSources(dir);
  return { ...validateGlossary(sources), fileErrors };
}
