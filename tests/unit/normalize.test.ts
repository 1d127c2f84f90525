import { describe, expect, it } from 'vitest';
import { formTokens, isWordCode, looseKey, normalizeForMatch, surfaceKey, tokenize } from '../../src/core/text/normalize';

describe('normalizeForMatch', () => {
  it('keeps the length so offsets map back to the page', () => {
    const raw = 'DO₂i\u00a0and V\u2011A\u2013ECMO with cardio\u00adplegia';
    expect(normalizeForMatch(raw)).toHaveLength(raw.length);
  });
  it('folds dashes, non-breaking hyphens, spaces and sub/superscripts', () => {
    expect(normalizeForMatch('VA\u2013ECMO')).toBe('VA-ECMO');
    expect(normalizeForMatch('V\u2011A')).toBe('V-A');
    expect(normalizeForMatch('a\u00a0b\u2009c')).toBe('a b c');
    expect(normalizeForMatch('DO₂i CO₂ m² Ca²⁺')).toBe('DO2i CO2 m2 Ca2+');
  });
  it('returns ASCII text unchanged (fast path)', () => {
    const s = 'plain ascii text';
    expect(normalizeForMatch(s)).toBe(s);
  });
});

describe('tokenize', () => {
  it('splits words and single symbols, drops soft hyphens inside words', () => {
    const t = tokenize(normalizeForMatch('cardio\u00adplegia (CPB), 95% CI'));
    expect(t.map((x) => x.text)).toEqual(['cardioplegia', '(', 'CPB', ')', ',', '95', '%', 'CI']);
    expect(t[0]).toMatchObject({ start: 0, end: 13, word: true });
  });
  it('treats letters of any script as word characters', () => {
    expect(tokenize('Schädel-Hirn état über').map((t) => t.text)).toEqual(['Schädel', '-', 'Hirn', 'état', 'über']);
  });
});

describe('form keys', () => {
  it('drops hyphen joiners and folds case only when insensitive', () => {
    expect(formTokens('VA–ECMO')).toEqual(['VA', 'ECMO']);
    expect(surfaceKey('Veno-Arterial ECMO', false)).toBe('veno arterial ecmo');
    expect(surfaceKey('heart–lung machine', false)).toBe(surfaceKey('heart lung machine', false));
    expect(surfaceKey('ACT', true)).not.toBe(surfaceKey('act', true));
  });
  it('loose keys ignore spacing, punctuation and accents', () => {
    expect(looseKey('angio vac')).toBe(looseKey('AngioVac'));
    expect(looseKey('va ecmo')).toBe(looseKey('VA-ECMO'));
    expect(looseKey('Schädel')).toBe('schadel');
  });
});

describe('isWordCode', () => {
  it('agrees with \\p{L}\\p{N}\\p{M} on every UTF-16 code unit (the tables and the fallback alike)', () => {
    const wordChar = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      // Soft hyphens sit inside words; surrogate halves count as word characters (astral letters).
      const want = c === 0xad || (c >= 0xd800 && c <= 0xdfff) || wordChar.test(String.fromCharCode(c));
      if (isWordCode(c) !== want) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
    // A few a reader would check by eye.
    expect(['µ', 'é', 'α', 'Ω', '²'].map((ch) => isWordCode(ch.charCodeAt(0)))).toEqual([true, true, true, true, true]);
    expect(['’', '“', '•', '…', '≥', '→', '×', '°'].map((ch) => isWordCode(ch.charCodeAt(0)))).toEqual(Array(8).fill(false));
  });
});
