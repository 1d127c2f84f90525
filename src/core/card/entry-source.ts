/** Full glossary entries for the card, loaded on demand and cached for the page's lifetime. */
import type { Entry } from '../glossary/schema';

/** Full entries, loaded on demand (from the background worker) and cached. */
export interface EntrySource {
  /** The entry if already loaded: null when unknown, undefined when not loaded yet. */
  peek(id: string): Entry | null | undefined;
  load(id: string): Promise<Entry | null>;
}

export function cachedSource(load: (id: string) => Promise<Entry | null>): EntrySource {
  const done = new Map<string, Entry | null>();
  const inflight = new Map<string, Promise<Entry | null>>();
  return {
    peek: (id) => done.get(id),
    load(id) {
      if (done.has(id)) return Promise.resolve(done.get(id) ?? null);
      let p = inflight.get(id);
      if (!p) {
        p = load(id).then(
          (e) => {
            done.set(id, e);
            inflight.delete(id);
            return e;
          },
          (err) => {
            inflight.delete(id);
            throw err;
          },
        );
        inflight.set(id, p);
      }
      return p;
    },
  };
}
