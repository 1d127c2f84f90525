import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateGlossary } from '../../src/core/glossary/validate';

const ROOT = join(__dirname, '..', '..');
const valid = {
  id: 'roller-pump',
  term: 'roller pump',
  category: 'circuit',
  tags: ['equipment'],
  definition: 'A pump that moves blood by rollers compressing tubing against a raceway.',
  sources: ['Gravlee et al., Cardiopulmonary Bypass, 2015'],
  reviewed: '2026-11-24',
};
const problemsOf = (...raws: unknown[]) => validateGlossary(raws.map((raw) => ({ raw, file: 'x.json' }))).problems.map((p) => `${p.id} ${p.field}: ${p.message}`);

describe('validateGlossary', () => {
  it('accepts a valid entry', () => {
    expect(problemsOf(valid)).toEqual([]);
  });
  it('names the entry and the field of each problem', () => {
    expect(problemsOf({ ...valid, definition: 'short' })).toEqual(['roller-pump definition: must be at least 20 characters']);
    expect(problemsOf({ ...valid, category: 'plumbing' })[0]).toMatch(/^roller-pump category: must be one of the categories/);
    expect(problemsOf({ ...valid, tags: [] })).toEqual(['roller-pump tags: must have at least one exam tag']);
    expect(problemsOf({ ...valid, sources: [] })).toEqual(['roller-pump sources: must cite at least one source']);
    expect(problemsOf({ ...valid, reviewed: '24/11/2026' })).toEqual(['roller-pump reviewed: must be an ISO date (YYYY-MM-DD)']);
    expect(problemsOf({ ...valid, id: 'Roller Pump' })[0]).toMatch(/^Roller Pump id: must be kebab-case/);
    expect(problemsOf({ ...valid, colour: 'red' })[0]).toMatch(/^roller-pump colour:/);
  });
  it('rejects HTML and control characters in prose', () => {
    expect(problemsOf({ ...valid, definition: 'A <b>pump</b> that moves blood with rollers on tubing.' })).toEqual([
      'roller-pump definition: must be plain text (no HTML tags or entities)',
    ]);
    expect(problemsOf({ ...valid, explanation: 'Line one of a long enough explanation.\nLine two of it here.' })).toEqual([
      'roller-pump explanation: must not contain control characters or line breaks',
    ]);
  });
  it('checks ids, related ids and surface forms across entries', () => {
    expect(problemsOf(valid, valid)).toContain('roller-pump id: duplicate id');
    expect(problemsOf({ ...valid, related: ['nowhere'] })).toEqual(['roller-pump related.0: unknown entry id "nowhere"']);
    expect(problemsOf({ ...valid, related: ['roller-pump'] })).toEqual(['roller-pump related.0: an entry cannot relate to itself']);
    const other = { ...valid, id: 'occlusive-pump', term: 'occlusive pump', aliases: ['Roller–Pump'] };
    expect(problemsOf(valid, other)[0]).toMatch(/^occlusive-pump aliases: surface form "roller pump" is also claimed by roller-pump/);
  });
  it('allows a shared abbreviation when all but one entry restrict it to page definitions', () => {
    const a = { ...valid, id: 'retrograde-cardioplegia', term: 'retrograde cardioplegia', abbreviations: ['RCP'] };
    const b = { ...valid, id: 'retrograde-cerebral-perfusion', term: 'retrograde cerebral perfusion', abbreviations: ['RCP'] };
    expect(problemsOf(a, b)).toHaveLength(1);
    expect(problemsOf(a, { ...b, matching: { RCP: { match: 'defined' } } })).toEqual([]);
  });
  it('checks matching rules and values', () => {
    expect(problemsOf({ ...valid, matching: { pump: { match: 'never' } } })).toEqual(['roller-pump matching.pump: is not one of the entry\'s forms']);
    expect(problemsOf({ ...valid, values: [{ label: 'Speed', unit: 'rpm' }] })).toEqual(['roller-pump values.0: needs min, max or both']);
    expect(problemsOf({ ...valid, values: [{ label: 'Speed', min: 9, max: 1, unit: 'rpm' }] })).toEqual(['roller-pump values.0: min is greater than max']);
  });
});

describe('glossary build', () => {
  const compile = (dir: string) =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'glossary-compile.ts')], {
      env: { ...process.env, GLOSSARY_DIR: join(ROOT, 'tests', 'fixtures', dir), GLOSSARY_OUT: join(ROOT, 'test-results', 'glossary-out') },
      encoding: 'utf8',
    });
  it('fails on a malformed entry, naming its file, id and field', () => {
    const r = compile('glossary-broken');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('glossary-broken/entries.json: entry "roller-pump", field "definition": must be at least 20 characters');
  });
  it('compiles a valid glossary', () => {
    const r = compile('glossary-ok');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2 entries compiled');
    expect(r.status).toBe(0);
  });
});
