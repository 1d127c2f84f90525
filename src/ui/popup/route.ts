/**
 * Where the popup page starts, from its URL (pure):
 *   popup.html#entry=<id>   the full entry (the card's "open full entry" opens this in a tab)
 *   popup.html#q=<query>    the search with a query typed (context menu, settings)
 *   popup.html?tab=<id>     read "On this page" from tab <id> instead of the active tab; for
 *                           tests, where the popup is opened as a tab and so is itself active
 */
export interface PopupRoute {
  entry?: string;
  query?: string;
  tab?: number;
}

export function parseRoute(search: string, hash: string): PopupRoute {
  const route: PopupRoute = {};
  const h = new URLSearchParams(hash.replace(/^#/, ''));
  const entry = h.get('entry');
  if (entry && /^[a-z0-9-]{1,64}$/.test(entry)) route.entry = entry;
  const q = h.get('q');
  if (q) route.query = q.slice(0, 100);
  const tab = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(tab) && tab > 0) route.tab = tab;
  return route;
}
