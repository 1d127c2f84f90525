/**
 * The study list: entry ids the reader saved from the card, newest first, kept in
 * browser.storage.local under `studyList` (an array of ids; see glossary/README.md on why
 * ids never change). Shared by the card and the popup.
 */
import { storage } from 'wxt/utils/storage';

export const studyListItem = storage.defineItem<string[]>('local:studyList', { fallback: [] });

export interface StudyList {
  get(): Promise<string[]>;
  /** Adds or removes `id`; resolves to whether it is saved afterwards. */
  toggle(id: string): Promise<boolean>;
  /** Calls `cb` with the new list whenever it changes (in any tab). Returns an unsubscribe. */
  watch(cb: (ids: string[]) => void): () => void;
}

/** Toggles `id` in `ids` (pure: the storage wrapper and the tests use it). */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [id, ...ids];
}

export function createStudyList(item = studyListItem): StudyList {
  return {
    get: async () => (await item.getValue()) ?? [],
    async toggle(id) {
      const next = toggleId((await item.getValue()) ?? [], id);
      await item.setValue(next);
      return next.includes(id);
    },
    watch: (cb) => item.watch((ids) => cb(ids ?? [])),
  };
}
