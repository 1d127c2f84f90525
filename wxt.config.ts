import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  modules: [],
  vite: () => ({
    plugins: [preact()],
    // PG_PROFILE=1 npm run build: an unminified build, for readable names in CPU profiles.
    build: { chunkSizeWarningLimit: 2000, ...(process.env.PG_PROFILE ? { minify: false } : {}) },
  }),
  manifest: ({ browser }) => ({
    name: 'Perfusion Glossary',
    description: 'Marks perfusion terms on any page and explains them on hover; fuzzy glossary lookup in the toolbar.',
    // storage: settings and study list. contextMenus: "Look up" on a selection.
    // activeTab: the popup reads the current tab's site for the per-site switch.
    // Exact list asserted by tests/unit/manifest-permissions.test.ts.
    permissions: ['storage', 'activeTab', 'contextMenus'],
    action: { default_title: 'Perfusion Glossary' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Open the glossary',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Turn marking on or off on this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'perfusion-glossary@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
