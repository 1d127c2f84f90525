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
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser }) => ({
    name: 'Perfusion Glossary',
    description: 'Marks perfusion terms on any page and explains them on hover; fuzzy glossary lookup in the toolbar.',
    // storage: settings and study list. contextMenus: "Look up" on a selection.
    // activeTab: the popup reads the current tab's site for the per-site switch.
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'Perfusion Glossary' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'perfusion-glossary@example.org', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
