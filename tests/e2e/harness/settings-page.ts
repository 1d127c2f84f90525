/**
 * Test pages and files for the settings tests (Chromium and Firefox share them).
 */

/** A page with three distinct glossary terms (one of them under two names) and a custom one. */
export const SETTINGS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Settings test page</title></head>
<body>
<p id="p1">The patient went on cardiopulmonary bypass (CPB) after heparin was given.</p>
<p id="p2">Later the team started ECMO; CPB had been weaned.</p>
<p id="p3">Our zebra pump was ready by then.</p>
</body></html>`;

/** The distinct bundled entries SETTINGS_PAGE marks: CPB (twice, two names), heparin, ECMO. */
export const SETTINGS_PAGE_DISTINCT = 3;

/** A custom entry as the form would save it. */
export const ZEBRA = {
  term: 'zebra pump',
  definition: 'A made-up pump used by the end-to-end tests of the settings page.',
  source: 'Test notes, 2026',
};

/** An import file whose second entry is invalid (definition too short). */
export function badImportFile(): string {
  const ok = {
    id: 'okapi-filter',
    term: 'okapi filter',
    category: 'circuit',
    tags: ['equipment'],
    definition: 'A made-up filter used by the end-to-end tests, long enough to pass.',
    sources: ['Test notes, 2026'],
    reviewed: '2026-01-10',
  };
  return JSON.stringify({
    format: 'perfusion-glossary/custom-terms',
    version: 1,
    entries: [ok, { ...ok, id: 'short-one', term: 'short one', definition: 'Too short' }],
    hidden: [],
  });
}
