/**
 * The house's arrows, read from every import of our own sources: the engine (lib/) imports nothing
 * outside lib/ but its two libraries; the views (components/) never import the adapters
 * (entrypoints/), and take from the engine only what renders words (its report types, i18n, export
 * and history helpers), never the code that reads or checks a document; nothing but the adapters and
 * the views touches the extension's API.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

interface Import {
  file: string;
  /** As written. */
  specifier: string;
  /** The repository path it names, for a relative import. */
  target: string | null;
  typeOnly: boolean;
}

function exists(path: string): boolean {
  return existsSync(join(ROOT, path));
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: Import[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    const specifier = (match[3] ?? match[4] ?? match[5])!;
    const target = specifier.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)) : null;
    out.push({ file, specifier, target, typeOnly: !!match[2] });
  }
  return out;
}

const ENGINE_PACKAGES = /^(decimal\.js|zod|zod\/mini)$/;
/** What a view may take from the engine: words and shapes, never the reading or checking of a document. */
const VIEW_MAY_USE = /^lib\/(report|i18n\/|export(\/|$)|history\/(record|series|words)|decimal)/;

describe('imports', () => {
  it('lib/ imports nothing outside lib/ but decimal.js, zod and the words of locales/', () => {
    const wrong = sources('lib')
      .flatMap(importsOf)
      .filter((imp) => (imp.target !== null ? !imp.target.startsWith('lib/') && !/^locales\/[\w]+\.json$/.test(imp.target) : !ENGINE_PACKAGES.test(imp.specifier)))
      .map((imp) => `${imp.file}: ${imp.specifier}`);
    expect(wrong).toEqual([]);
  });

  it('components/ never imports entrypoints/, and takes from lib/ only words and shapes', () => {
    const wrong = sources('components')
      .flatMap(importsOf)
      .filter((imp) => imp.target !== null && (imp.target.startsWith('entrypoints/') || (imp.target.startsWith('lib/') && !imp.typeOnly && !VIEW_MAY_USE.test(imp.target))))
      .map((imp) => `${imp.file}: ${imp.specifier}`);
    expect(wrong).toEqual([]);
  });

  it('only the adapters and the views reach the extension API', () => {
    const wrong = ['lib', 'scripts']
      .flatMap(sources)
      .flatMap(importsOf)
      .filter((imp) => /^(wxt|webextension-polyfill|@wxt-dev)/.test(imp.specifier))
      .map((imp) => `${imp.file}: ${imp.specifier}`);
    expect(wrong).toEqual([]);
  });

  it('the content script reaches zod only through zod/mini (the classic build is ~30 kB gzipped more)', () => {
    const seen = new Set<string>();
    const classic: string[] = [];
    const resolveFile = (target: string) => [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts'), target].find((path) => /\.(ts|tsx)$/.test(path) && exists(path));
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imp of importsOf(file)) {
        if (imp.typeOnly) continue;
        if (imp.specifier === 'zod') classic.push(file);
        const next = imp.target !== null ? resolveFile(imp.target) : undefined;
        if (next) walk(next);
      }
    };
    walk('entrypoints/content/index.ts');
    expect(seen.has('lib/engine.ts')).toBe(true);
    expect(classic).toEqual([]);
  });

  // The reader of this test must be able to trust it: it sees the imports it is meant to see.
  it('finds the imports it checks', () => {
    expect(importsOf('lib/engine.ts').some((imp) => imp.target === 'lib/checks/registry')).toBe(true);
    expect(importsOf('components/Panel.tsx').some((imp) => imp.typeOnly)).toBe(true);
  });
});
