/** Regular English plurals of a form's last token (irregular ones are listed in the glossary). */
export function regularPlurals(last: string, caseSensitive: boolean): string[] {
  // Acronyms take a lower-case s: LVADs, IABPs.
  if (caseSensitive && /^[\p{Lu}\d]+$/u.test(last)) return [`${last}s`];
  if (caseSensitive) return [];
  if (/[^aeiou]y$/.test(last)) return [`${last.slice(0, -1)}ies`];
  if (/(s|x|z|ch|sh)$/.test(last)) return [`${last}es`];
  return [`${last}s`];
}

/** Is `word` a regular plural of `last`? (Most comparisons fail on length, allocating nothing.) */
export function isRegularPlural(word: string, last: string, caseSensitive: boolean): boolean {
  const extra = word.length - last.length;
  if (extra !== 1 && extra !== 2) return false;
  return regularPlurals(last, caseSensitive).includes(word);
}
