/**
 * Stored user state (@wxt-dev/storage). Keys are part of the contract with the settings page
 * and the content script: change them only with a migration.
 */
import { storage } from '@wxt-dev/storage';

/** Recently viewed entry ids, newest first, at most 10, no duplicates (see core/prefs/lists). */
export const recentEntries = storage.defineItem<string[]>('local:recentEntries', { fallback: [] });

/** Hostnames where the user turned marking off: defined with the other settings. */
export { disabledSites } from './settings';
