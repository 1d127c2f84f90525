/**
 * Run in an extension page: the id of the one other open tab. Without the "tabs" permission
 * tabs carry no URL, so a test that opened exactly one page besides the extension page finds
 * it this way. Returns -1 when there is not exactly one other tab.
 */
export async function otherTabId(): Promise<number> {
  type Tab = { id?: number };
  type TabsApi = { getCurrent(): Promise<Tab | undefined>; query(q: object): Promise<Tab[]> };
  const g = globalThis as unknown as { browser?: { tabs: TabsApi }; chrome?: { tabs: TabsApi } };
  const tabs = (g.browser ?? g.chrome)?.tabs;
  if (!tabs) return -1;
  const self = await tabs.getCurrent();
  const others = (await tabs.query({})).filter((t) => t.id !== self?.id);
  return others.length === 1 ? (others[0].id ?? -1) : -1;
}
