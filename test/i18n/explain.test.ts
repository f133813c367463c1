/**
 * The engine's explanations in both languages: every key the engine uses over the project's material
 * exists in zh_CN and en and fills every placeholder; Chinese is the finding's own message; English
 * leaves no Chinese word of its own (only text copied from the document); no key in locales/ is dead.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe as group, expect, it } from 'vitest';
import type { Explain, ExplainArg } from '../../lib/i18n/explain';
import { ExplainSchema } from '../../lib/i18n/explain';
import { describe, lookupFor, messageKeys } from '../../lib/i18n/dictionaries';
import { basis, unitName } from '../../lib/i18n/phrases';
import { LOCALES } from '../../lib/i18n/render';
import { corpusFindings, type SourcedFinding } from '../helpers/corpus';

const ROOT = join(import.meta.dirname, '../..');
/** Han characters and CJK punctuation (“”《》、，。：；（）…): none may come from the English dictionary. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d]/u;
const PLACEHOLDER = /\{[A-Za-z0-9_]+\}/;

let corpus: SourcedFinding[];
beforeAll(async () => {
  corpus = await corpusFindings();
}, 120_000);

/** Every key an explanation uses, nested clauses included. */
function keysOf(explain: Explain, into = new Set<string>()): Set<string> {
  into.add(explain.key);
  for (const arg of Object.values(explain.args)) {
    if (typeof arg === 'object' && 'message' in arg) keysOf({ key: arg.message, args: arg.args ?? {} }, into);
  }
  return into;
}

/** The explanation with every text copied from the document replaced by "X". */
function withoutDocumentText(explain: Explain): Explain {
  const blank = (arg: ExplainArg): ExplainArg =>
    typeof arg === 'string' ? 'X' : 'message' in arg ? { message: arg.message, args: Object.fromEntries(Object.entries(arg.args ?? {}).map(([k, v]) => [k, blank(v)])) } : arg;
  return { key: explain.key, args: Object.fromEntries(Object.entries(explain.args).map(([k, v]) => [k, blank(v)])) };
}

const explained = () => corpus.filter((c) => c.finding.explain).map((c) => ({ ...c, explain: c.finding.explain! }));

group('explanations over the seeds, fixtures and test snippets', () => {
  it('every finding carries a valid explanation', () => {
    expect(corpus.length).toBeGreaterThan(150);
    for (const { source, finding } of corpus) {
      expect(finding.explain, `${source}: ${finding.message}`).toBeDefined();
      expect(() => ExplainSchema.parse(finding.explain)).not.toThrow();
    }
  });

  it('every key used exists in both locales', () => {
    const used = new Set(explained().flatMap(({ explain }) => [...keysOf(explain)]));
    expect(used.size).toBeGreaterThan(40);
    for (const locale of LOCALES) {
      const lookup = lookupFor(locale);
      expect([...used].filter((key) => !lookup(key)), locale).toEqual([]);
    }
  });

  it.each(LOCALES)('renders in %s with no placeholder left', (locale) => {
    for (const { source, explain } of explained()) {
      const words = describe(explain, locale);
      expect(words, `${source} ${explain.key}`).not.toMatch(PLACEHOLDER);
      expect(words, `${source} ${explain.key}`).not.toMatch(/explain_/);
    }
  });

  it('the Chinese rendering is the message the engine gave', () => {
    for (const { source, finding, explain } of explained()) expect(describe(explain, 'zh_CN'), source).toBe(finding.message);
  });

  it('English has no Chinese of its own: every word of the explanation is translated', () => {
    for (const { source, explain } of explained()) {
      const words = describe(withoutDocumentText(explain), 'en');
      expect(words, `${source} ${explain.key}: ${words}`).not.toMatch(CJK);
    }
  });
});

group('the explain section of locales/', () => {
  const keys = (locale: (typeof LOCALES)[number]) => messageKeys(locale).filter((key) => key.startsWith('explain_'));
  const placeholders = (template: string) => [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

  it('has the same keys in both locales', () => {
    expect(keys('en')).toEqual(keys('zh_CN'));
  });

  it.each(keys('zh_CN'))('%s: the same placeholders in both languages, and no Chinese in English', (key) => {
    const zh = lookupFor('zh_CN')(key)!;
    const en = lookupFor('en')(key)!;
    expect([...new Set(placeholders(en))]).toEqual([...new Set(placeholders(zh))]);
    expect(en).not.toMatch(CJK);
    expect(en).not.toContain('$');
  });

  it('has no dead keys: each is used by the engine or named in lib/', () => {
    const source = (function read(dir: string): string {
      return readdirSync(dir)
        .map((name) => join(dir, name))
        .map((path) => (statSync(path).isDirectory() ? read(path) : path.endsWith('.ts') ? readFileSync(path, 'utf8') : ''))
        .join('\n');
    })(join(ROOT, 'lib'));
    const used = new Set(explained().flatMap(({ explain }) => [...keysOf(explain)]));
    // Keys built from a value rather than written out: the phrase helpers, over all their inputs.
    const built: ExplainArg[] = [unitName('元'), unitName('万元'), unitName('亿元'), basis('prior'), basis('budget'), basis('adjusted'), basis('full-year')];
    for (const arg of built) if (typeof arg === 'object' && 'message' in arg) used.add(arg.message);
    const dynamic: Record<string, RegExp> = {
      explain_decomposedChange_what: /`decomposedChange_what\$\{whatKey\}`/,
      explain_emptyTables_: /`emptyTables_\$\{fund\[0\]\}`/,
    };
    const dead = keys('zh_CN').filter((key) => {
      if (used.has(key) || source.includes(`'${key.slice('explain_'.length)}'`)) return false;
      const prefix = Object.keys(dynamic).find((p) => key.startsWith(p));
      return !(prefix && dynamic[prefix]!.test(source));
    });
    expect(dead).toEqual([]);
  });
});
