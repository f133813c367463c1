import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import { HIGHLIGHT_CSS_FILE, highlightCss } from './entrypoints/content/highlight-css';

/**
 * SUANPAN_TEST=1 makes a test build: the content script also runs on http://127.0.0.1 (fixture pages
 * served by the Playwright tests), a page's address can set a few test switches (see
 * entrypoints/content/test-params.ts), the content script records its timing marks, and the output goes
 * to its own folder so it never overwrites a release build.
 */
const isTest = process.env.SUANPAN_TEST === '1';

/**
 * pdf.js's CMaps and standard fonts, copied into the extension (pdfjs/…) for the PDF viewer: Chinese
 * PDFs often use fonts whose text needs a CMap, and pdf.js loads them from the extension's own files.
 */
function pdfJsAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return ['cmaps', 'standard_fonts'].flatMap((folder) =>
    readdirSync(join(root, folder)).filter((name) => !name.startsWith('LICENSE')).map((name) => ({ absoluteSrc: join(root, folder, name), relativeDest: `pdfjs/${folder}/${name}` })),
  );
}

export default defineConfig({
  // @wxt-dev/i18n turns locales/*.json into _locales/*/messages.json and gives the typed `i18n.t`.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader sees where `browser`, `defineContentScript` … come from.
  imports: false,
  // One code path for both browsers: Firefox MV3 has `scripting`, `optional_host_permissions` and
  // `sidebar_action`, which is everything the extension uses (README: Permissions, and why).
  manifestVersion: 3,
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}${isTest ? '-test' : ''}`,
  webExt: { disabled: !process.env.DISPLAY },
  vite: () => ({
    plugins: [preact()],
    define: { __SUANPAN_TEST__: JSON.stringify(isTest) },
    build: { chunkSizeWarningLimit: 1000 },
  }),
  hooks: {
    // The content script runs on every matching page, so it is kept small: it talks to the browser's
    // own promise-based API (Chrome MV3 and Firefox both have one) rather than webextension-polyfill,
    // which the background, panel and options pages keep. About 10 kB less to parse on every page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      const resolve = (config.resolve ??= {});
      const existing = resolve.alias ?? [];
      const entries = Array.isArray(existing) ? existing : Object.entries(existing).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      resolve.alias = [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries];
    },
    // Chromium: the highlight colours as a stylesheet the browser injects at document_start, before the
    // page is built (why: entrypoints/content/highlight-css.ts). Firefox adds its rules when it paints.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') files.push({ relativeDest: HIGHLIGHT_CSS_FILE, contents: highlightCss(':root') });
      files.push(...pdfJsAssets());
    },
    'build:manifestGenerated': (wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (wxt.config.browser !== 'firefox') script.css = [HIGHLIGHT_CSS_FILE];
        if (isTest) script.matches = [...(script.matches ?? []), 'http://127.0.0.1/*'];
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    excludeSources: ['out/**', 'test-results/**', 'playwright-report/**', 'coverage/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // sidePanel.open() and AbortSignal.any(): Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // storage: the two switches and nothing else. scripting: run the content script on a site the user
    // enabled (its origin granted at click time from optional_host_permissions). activeTab: lets the
    // panel read the current tab's address after the user clicks the toolbar button (action.onClicked,
    // see background.ts), so it can offer "enable on this site" without any tabs/host permission.
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenPanel__',
      },
      'next-finding': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextFinding__' },
      'previous-finding': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandPreviousFinding__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandToggleHighlights__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'suanpan@suanpan.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
