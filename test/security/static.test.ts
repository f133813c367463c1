/**
 * Privacy and safety, read from the code: our own sources (entrypoints/, components/, lib/) contain no
 * way to reach the network or to run strings as code, and no HTML sink at all (so no page-derived text
 * can ever reach one); the built bundles contain only the few library uses of those names listed below,
 * each explained; and the built manifests ask for exactly the documented permissions (README,
 * "Permissions, and why"), so widening them fails here.
 *
 * The extension is built for this test into a temporary folder (WXT's build(), ~4 s per browser), so
 * the bundles and manifests checked are those of the sources checked, whatever .output/ holds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib'];

function filesUnder(dir: string, extensions: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, extensions));
    else if (extensions.test(entry.name)) out.push(path);
  }
  return out;
}

/** Drops comments (a comment may name a sink to say it is not used). `//` counts as a comment only at
 *  the start of a line or after white space, so addresses such as 'http://*\/*' stay. */
export function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Ways to reach the network, or to run a string as code. */
const NETWORK_AND_EVAL: Array<[string, RegExp]> = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['importScripts', /\bimportScripts\b/],
  ['eval(', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b|(?<![\w.])Function\s*\(/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['import() of a computed or remote module', /(?<![\w.$])import\s*\(\s*(?!['"`]\.{0,2}\/)/],
  ['runtime.connectNative / sendNativeMessage', /\b(?:connectNative|sendNativeMessage)\b/],
  ['remote script or style in markup', /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i],
];

/**
 * The one place our own code reaches the network: the PDF viewer fetching the document at the address
 * the user opened it with (?src=, from the toolbar on a PDF tab or the link control on a page), and
 * nothing else (README, "PDF viewer"; test/e2e/viewer.spec.ts and privacy.spec.ts watch its requests).
 */
const OWN_NETWORK_USES: Array<{ file: string; line: RegExp }> = [{ file: 'entrypoints/viewer/load.ts', line: /await fetch\(url\.href, \{ credentials: 'omit'/ }];

/** Sinks that parse a string as HTML. There should be none at all in our code. */
const HTML_SINKS: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:set|parse)HTMLUnsafe\b/],
];

/** A method named `import` (the history store's), not a dynamic import. */
const IMPORT_METHOD = /^\s*(?:async\s+)?import\s*\([^)]*\)\s*(?::[^=]*)?\{\s*$/;

function findAll(text: string, patterns: Array<[string, RegExp]>): string[] {
  const hits: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const [name, pattern] of patterns) {
      if (!pattern.test(line)) continue;
      if (name.startsWith('import()') && IMPORT_METHOD.test(line)) continue;
      hits.push(`${name} (line ${i + 1}: ${line.trim().slice(0, 120)})`);
    }
  });
  return hits;
}

describe('our own sources', () => {
  const files = SOURCE_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir), /\.(?:ts|tsx|mts|js|jsx|html)$/));

  it('are all read (the scan is not empty)', () => {
    const names = files.map((file) => relative(ROOT, file));
    expect(names).toContain('entrypoints/content/controller.ts');
    expect(names).toContain('entrypoints/background.ts');
    expect(names).toContain('components/Panel.tsx');
    expect(names).toContain('entrypoints/sidepanel/index.html');
    expect(names.filter((name) => name.startsWith('lib/')).length).toBeGreaterThan(20);
  });

  it('the patterns catch what they are meant to catch', () => {
    const bad = [
      'fetch(url)', 'await fetch (u)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'new EventSource(u)', 'navigator.sendBeacon(u, d)',
      'importScripts(u)', 'eval(code)', 'new Function("a", b)', 'Function("return this")()', 'setTimeout("alert(1)", 1)', 'import(url)',
      '<script src="https://cdn.example/x.js"></script>', 'new WebTransport(u)', 'new RTCPeerConnection()', 'browser.runtime.connectNative("x")',
    ];
    for (const line of bad) expect(findAll(line, NETWORK_AND_EVAL), line).not.toEqual([]);
    const sinks = ['el.innerHTML = s', 'el.outerHTML = s', 'el.insertAdjacentHTML("beforeend", s)', 'document.write(s)', '<div dangerouslySetInnerHTML={{ __html: s }} />', 'range.createContextualFragment(s)', 'frame.srcdoc = s', 'new DOMParser()', 'el.setHTMLUnsafe(s)'];
    for (const line of sinks) expect(findAll(line, HTML_SINKS), line).not.toEqual([]);
    // Harmless look-alikes are not flagged: the dynamic import of a relative module, a permission pattern.
    expect(findAll("await import('./chunk')", NETWORK_AND_EVAL)).toEqual([]);
    expect(findAll('  import(file: HistoryFile): Promise<number> {', NETWORK_AND_EVAL)).toEqual([]);
    expect(findAll('await storage.import(request.file);', NETWORK_AND_EVAL)).toEqual([]);
    expect(findAll("optional_host_permissions: ['http://*/*', 'https://*/*'], // comment", NETWORK_AND_EVAL)).toEqual([]);
    expect(stripComments("a // fetch(x)\nb /* el.innerHTML */ c 'http://x/y'")).not.toMatch(/fetch|innerHTML/);
  });

  it('make no network requests and run no strings as code, but the one fetch of the document the user asked to check', () => {
    const hits = files.flatMap((file) => findAll(stripComments(readFileSync(file, 'utf8')), NETWORK_AND_EVAL).map((hit) => `${relative(ROOT, file)}: ${hit}`));
    const own = (hit: string) => OWN_NETWORK_USES.some((use) => hit.startsWith(`${use.file}: fetch(`) && use.line.test(hit));
    expect(hits.filter((hit) => !own(hit))).toEqual([]);
    // Each allowed use is still there, exactly once (a second fetch in that file fails above or here).
    for (const use of OWN_NETWORK_USES) expect(hits.filter((hit) => hit.startsWith(`${use.file}: `))).toHaveLength(1);
  });

  it('have no HTML sink, so no page-derived text can reach one', () => {
    const hits = files.flatMap((file) => findAll(stripComments(readFileSync(file, 'utf8')), HTML_SINKS).map((hit) => `${relative(ROOT, file)}: ${hit}`));
    expect(hits).toEqual([]);
  });
});

// ---- the built extension ------------------------------------------------------------------------------

/** Where our libraries use one of the names above, and why that is safe here. Matched against the
 *  minified text around each occurrence (a library upgrade that changes these fails the test: look at
 *  the new use and describe it here). */
const KNOWN_LIBRARY_USES: Array<{ what: string; around: RegExp }> = [
  {
    what: "zod's probe for eval support (try { Function('') } catch): the extension's CSP forbids eval, so zod never compiles code",
    around: /try\{return Function\((?:``|""|'')\),!0\}catch\{return!1\}/,
  },
  {
    what: "preact's handling of the dangerouslySetInnerHTML prop, reached only if our code passes that prop (the source scan forbids it)",
    around: /dangerouslySetInnerHTML|__html/,
  },
  {
    what: "Vite's modulepreload polyfill, fetching the extension's own chunks named by <link rel=modulepreload>",
    around: /function \w+\(\w+\)\{if\(\w+\.ep\)return;\w+\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)\}/,
  },
  {
    what: "webextension-polyfill's table of API argument counts, which names runtime.sendNativeMessage (never called)",
    around: /sendNativeMessage:\{minArgs:2,maxArgs:2\}/,
  },
];

/**
 * pdf.js, bundled for the PDF viewer only: its display layer (chunks/viewer-*.js), its worker
 * (assets/pdf.worker.min-*.mjs) and the engine worker that runs the same parser (assets/engine-worker-*.js)
 * carry its loaders for documents given by URL (fetch, XMLHttpRequest: the viewer gives it bytes, never a
 * URL), its fetches of the CMaps and fonts the extension ships (pdfjs/…, the extension's own files), and
 * its probe for eval support and the PostScript-function compiler it guards (new Function: off, as the
 * viewer passes isEvalSupported: false, and the CSP forbids it anyway). Those names are allowed in those
 * files only; our own code in them is held to the source scan above.
 */
const PDFJS_FILES = /^(?:chunks\/viewer-[\w-]+\.js|assets\/pdf\.worker\.min-[\w-]+\.mjs|assets\/engine-worker-[\w-]+\.js)$/;
const PDFJS_NAMES = new Set(['fetch(', 'XMLHttpRequest', 'new Function']);
const isPdfJs = (o: { file: string; name: string }) => PDFJS_FILES.test(o.file) && PDFJS_NAMES.has(o.name);

const BUNDLE_PATTERNS: Array<[string, RegExp]> = [
  ...NETWORK_AND_EVAL.filter(([name]) => !name.startsWith('remote script') && !name.startsWith('import()')),
  ...HTML_SINKS,
];

interface Occurrence {
  file: string;
  name: string;
  context: string;
}

function occurrences(dir: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const file of filesUnder(dir, /\.(?:js|mjs|html)$/)) {
    const text = readFileSync(file, 'utf8');
    for (const [name, pattern] of BUNDLE_PATTERNS) {
      const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
      for (const match of text.matchAll(global)) {
        const at = match.index ?? 0;
        out.push({ file: relative(dir, file), name, context: text.slice(Math.max(0, at - 300), at + 300) });
      }
    }
  }
  return out;
}

const BUILD_SCRIPT = `
import { build } from 'wxt';
const quiet = () => {};
const logger = { debug: quiet, info: quiet, log: quiet, success: quiet, box: quiet, warn: console.warn, error: console.error, fatal: console.error, level: 0 };
for (const browser of ['chrome', 'firefox']) await build({ outDir: process.argv[1], browser, logger });
`;

describe('the built extension', () => {
  let outDir = '';
  const built = (browser: 'chrome' | 'firefox') => join(outDir, `${browser}-mv3`);

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'suanpan-static-'));
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', BUILD_SCRIPT, outDir], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SUANPAN_TEST: '' } });
    if (result.status !== 0 || !existsSync(join(built('chrome'), 'manifest.json')) || !existsSync(join(built('firefox'), 'manifest.json'))) {
      throw new Error(`building the extension for the static checks failed:\n${result.stdout}\n${result.stderr}`);
    }
  }, 120_000);

  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: the bundles use network, eval and HTML-sink names only where a library does, for a known reason`, () => {
      const dir = built(browser);
      expect(statSync(join(dir, 'content-scripts/content.js')).isFile()).toBe(true);
      const found = occurrences(dir);
      const unknown = found.filter((o) => !isPdfJs(o) && !KNOWN_LIBRARY_USES.some((use) => use.around.test(o.context)));
      // The pdf.js files are the viewer's: the content script and the background bundle none of it.
      expect(found.filter(isPdfJs).map((o) => o.file).every((file) => !file.startsWith('content-scripts/') && file !== 'background.js')).toBe(true);
      expect(unknown.map((o) => `${o.file}: ${o.name} in …${o.context.slice(200, 400)}…`)).toEqual([]);
      // The scan sees the bundles: preact's prop handling is in the panel's code. The content script's
      // overlay is built without it (components/dom.ts) and holds no HTML-sink name at all.
      expect(found.some((o) => o.file.startsWith('chunks/') && o.name === 'dangerouslySetInnerHTML')).toBe(true);
      expect(found.filter((o) => o.file === 'content-scripts/content.js' && HTML_SINKS.some(([name]) => name === o.name)).map((o) => o.name)).toEqual([]);
    });

    it(`${browser}: the manifest asks for exactly the documented permissions`, () => {
      const manifest = JSON.parse(readFileSync(join(built(browser), 'manifest.json'), 'utf8')) as Record<string, unknown>;
      // README, "Permissions, and why": storage, scripting, activeTab, the panel; hosts only on request.
      const permissions = browser === 'chrome' ? ['activeTab', 'scripting', 'sidePanel', 'storage'] : ['activeTab', 'scripting', 'storage'];
      expect([...((manifest.permissions as string[] | undefined) ?? [])].sort()).toEqual(permissions);
      expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      const scripts = manifest.content_scripts as Array<{ matches: string[]; js: string[]; all_frames?: boolean; world?: string }>;
      expect(scripts.map((s) => s.matches)).toEqual([['http://*.gov.cn/*', 'https://*.gov.cn/*']]);
      expect(scripts.every((s) => s.world === undefined)).toBe(true);
      // Not requested (README): no web-accessible resources, no outside connections, no loosened CSP.
      for (const key of ['web_accessible_resources', 'externally_connectable', 'content_security_policy', 'update_url', 'key']) expect(manifest[key], key).toBeUndefined();
      const panel = browser === 'chrome' ? { side_panel: { default_path: 'sidepanel.html' } } : { sidebar_action: expect.objectContaining({ default_panel: 'sidepanel.html' }) };
      expect(manifest).toMatchObject(panel);
    });
  }
});
