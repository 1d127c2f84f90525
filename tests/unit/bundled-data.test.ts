/**
 * The glossary and match data reach the bundles as one-byte string literals (see
 * scripts/ascii-json.ts): JSON text in printable ASCII, with no apostrophes, so that the
 * minifier quotes it with single quotes and JavaScript engines store it one byte per character.
 * The bundle checks read .output/ (CI builds first); without builds they are skipped locally and
 * fail under CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../scripts/ascii-json';
import { isCI } from '../support/ci';

const ROOT = join(__dirname, '..', '..');
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

describe('asciiJson', () => {
  const value = {
    term: 'Accreditation Committee–Perfusion Education',
    greek: 'α-stat, Δp, ε',
    latin1: '37 °C, 5 µm, crème',
    apostrophe: "Dalton's law",
    controls: 'tab\there\nnew line',
    emoji: 'heart 🫀',
    numbers: [1, -2.5, 1e-7],
  };

  it('writes printable ASCII without apostrophes', () => {
    const text = asciiJson(value);
    expect(text).toMatch(PRINTABLE_ASCII);
    expect(text).not.toContain("'");
    expect(text).toContain('\\u2013');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });
});

describe('generated JSON', () => {
  for (const file of ['glossary.json', 'match-data.json', 'match-prescan.json']) {
    it(`${file} is printable ASCII without apostrophes`, () => {
      const text = readFileSync(join(ROOT, 'generated', file), 'utf8');
      expect(text).toMatch(PRINTABLE_ASCII);
      expect(text).not.toContain("'");
    });
  }
});

/**
 * The string literal that starts with `head` in `code`, evaluated. Only single-quoted literals
 * are looked for: a template literal or double quotes would mean the minifier chose otherwise.
 */
function literalValue(code: string, head: string): string {
  const start = code.indexOf(`'${head}`);
  expect(start, `a single-quoted literal starting ${head}`).toBeGreaterThanOrEqual(0);
  const end = code.indexOf("'", start + 1);
  return new Function(`return ${code.slice(start, end + 1)}`)() as string;
}

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(ROOT, '.output', target);
  const built = existsSync(join(dir, 'manifest.json'));
  if (!built && isCI) throw new Error(`${dir} is missing: build both targets before the unit tests`);
  describe.skipIf(!built)(`data literals in the bundles (${target})`, () => {
    const read = (...parts: string[]) => readFileSync(join(dir, ...parts), 'utf8');
    const generated = (file: string) => readFileSync(join(ROOT, 'generated', file), 'utf8');

    it('the content script holds the match data and the pre-scan sets as one-byte text', () => {
      const code = read('content-scripts', 'content.js');
      for (const [head, file] of [
        ['{"entries":', 'match-data.json'],
        ['{"unrestricted":', 'match-prescan.json'],
      ]) {
        const text = literalValue(code, head);
        expect(text).toMatch(PRINTABLE_ASCII);
        expect(text).toBe(generated(file));
      }
    });

    it('the background and the popup hold the glossary as one-byte text', () => {
      const chunks = readdirSync(join(dir, 'chunks')).map((f) => read('chunks', f));
      const popupChunk = chunks.find((c) => c.includes(`'[{"id":`));
      expect(popupChunk, 'a chunk with the glossary').toBeDefined();
      for (const code of [read('background.js'), popupChunk ?? '']) {
        const text = literalValue(code, '[{"id":');
        expect(text).toMatch(PRINTABLE_ASCII);
        expect(text).toBe(generated('glossary.json'));
      }
    });
  });
}
