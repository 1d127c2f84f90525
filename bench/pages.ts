/** What the marking benchmarks share: the corpus pages they load, and the Chromium flags. */

/** The pages #4 names: the 3.8 MB stress page, a Wikipedia page, and the medical pages. */
export const MARKING_PAGES = [
  'pages/stress-es6-spec-2015.html',
  'pages/wikipedia-2.html',
  'medical/bedside-notebook__anaesthesia_cardiac_cpb.html',
  'medical/bedside-notebook__disease_haeme_hitt.html',
  'medical/bedside-notebook__management_cvs_ecmo_overview.html',
  'medical/bedside-notebook__management_cvs_va.html',
  'medical/bedside-notebook__management_cvs_vv.html',
];

/** Headless Chromium with nothing of its own running in the background. */
export const QUIET_CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
