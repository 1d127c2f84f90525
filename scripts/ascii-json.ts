/**
 * JSON text for the bundles, written so that JavaScript engines read it fast.
 *
 * The build inlines generated JSON into the scripts as one large string literal (the content
 * script's match data, the popup's and background's glossary), which each page or frame
 * compiles and hands to JSON.parse. A single character beyond Latin-1 (an en dash, a Greek
 * letter) makes V8 store that whole string with two bytes per character, and compiling it
 * then costs two to three times as much (the match data in Chromium: 4.9 ms against 1.8 ms as
 * one-byte text; see BENCHMARKS.md, session 12). Writing every character outside printable
 * ASCII as a JSON \u escape keeps the literal one-byte; JSON.parse restores the characters.
 *
 * Apostrophes are escaped too: with none left in the text, the bundler's minifier quotes the
 * literal with single quotes (it picks the quote needing fewest escapes), which V8 scans
 * faster than the template literal it picks while the text holds both kinds of quote.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]|'/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
