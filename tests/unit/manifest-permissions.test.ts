/**
 * The built manifests ask for exactly the permissions the README explains, and never for the
 * broad ones (tabs, history, cookies, webRequest, downloads). Reads .output/, so it runs after
 * `npm run build` and `npm run build:firefox` (CI builds first); without builds it is skipped
 * locally and fails under CI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCI } from '../support/ci';

const ROOT = join(__dirname, '..', '..');
const EXPECTED = ['activeTab', 'contextMenus', 'storage'];
const FORBIDDEN = ['tabs', 'history', 'cookies', 'webRequest', 'webRequestBlocking', 'downloads', 'scripting', 'webNavigation', '<all_urls>'];

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const file = join(ROOT, '.output', target, 'manifest.json');
  const built = existsSync(file);
  if (!built && isCI) throw new Error(`${file} is missing: build both targets before the unit tests`);
  describe.skipIf(!built)(`manifest permissions (${target})`, () => {
    const manifest = built ? JSON.parse(readFileSync(file, 'utf8')) : {};

    it('asks for exactly storage, activeTab and contextMenus', () => {
      expect([...(manifest.permissions ?? [])].sort()).toEqual(EXPECTED);
      for (const p of FORBIDDEN) expect(manifest.permissions).not.toContain(p);
    });

    it('asks for no host or optional permissions beyond the content script', () => {
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
    });

    it('declares the keyboard commands and the settings page', () => {
      expect(Object.keys(manifest.commands ?? {}).sort()).toEqual(['_execute_action', 'toggle-site']);
      expect(manifest.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    });
  });
}
