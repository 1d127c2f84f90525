/**
 * Whether a change of URL only moved within the same page (an in-page link, a footnote, a
 * table of contents): the same address up to the fragment. Such a change needs no new
 * reading of the page; what CSS's :target shows or hides is re-checked instead.
 */
export function isFragmentChange(from: URL | string, to: URL | string): boolean {
  const a = new URL(from);
  const b = new URL(to);
  if (a.hash === b.hash) return false;
  a.hash = '';
  b.hash = '';
  return a.href === b.href;
}
