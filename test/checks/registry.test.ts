/**
 * The shape of lib/checks: every family is one file of families/, named for its id, registered, named
 * and described in both locales, listed in the README and given a table of tests; no family imports
 * another (they share judging/, never each other) and judging/ imports no family.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_FAMILIES } from '../../lib';
import { camelId } from '../../lib/export/words';
import { lookupFor } from '../../lib/i18n/dictionaries';

const ROOT = join(__dirname, '../..');
const FAMILIES = join(ROOT, 'lib/checks/families');
const JUDGING = join(ROOT, 'lib/checks/judging');

/** Every .ts file under a folder, with its text. */
function filesOf(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ path: join(dir, file), text: readFileSync(join(dir, file), 'utf8') }));
}

const familyFiles = readdirSync(FAMILIES).filter((file) => file.endsWith('.ts'));
const testTexts = filesOf(join(ROOT, 'test')).map((file) => file.text).join('\n');

describe('check registry', () => {
  it('has unique ids', () => {
    const ids = CHECK_FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('registers exactly the families of lib/checks/families, each in the file named for its id', () => {
    const defined = familyFiles.map((file) => {
      const text = readFileSync(join(FAMILIES, file), 'utf8');
      const ids = [...text.matchAll(/^export const \w+: CheckFamily = (?:\{\n\s+id: '([\w-]+)'|tableFamily\('([\w-]+)'\))/gm)].map((m) => (m[1] ?? m[2])!);
      expect(ids, file).toEqual([file.replace(/\.ts$/, '')]);
      return ids[0]!;
    });
    expect(defined.sort()).toEqual(CHECK_FAMILIES.map((f) => f.id).sort());
  });

  // The names and descriptions live in locales/ only (the content script does not carry them).
  it.each(['zh_CN', 'en'] as const)('names and describes every family in %s', (locale) => {
    const lookup = lookupFor(locale);
    for (const family of CHECK_FAMILIES) {
      expect((lookup(`check_${camelId(family.id)}_title`) ?? '').length, family.id).toBeGreaterThan(1);
      expect((lookup(`check_${camelId(family.id)}_description`) ?? '').length, family.id).toBeGreaterThan(10);
    }
  });

  it('lists every family in the README’s table', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const family of CHECK_FAMILIES) expect(readme, family.id).toContain(`| \`${family.id}\` |`);
  });

  it('gives every family a table of tests', () => {
    for (const family of CHECK_FAMILIES) expect(testTexts, family.id).toMatch(new RegExp(`(runTable|describe)\\('${family.id}'`));
  });

  it('keeps families apart: none imports another, and judging/ imports none', () => {
    for (const { path, text } of filesOf(FAMILIES)) expect(text.match(/from '\.\/[^']*'/g) ?? [], path).toEqual([]);
    for (const { path, text } of filesOf(JUDGING)) expect(text.match(/from '\.\.\/families\/[^']*'/g) ?? [], path).toEqual([]);
  });

  it('leaves no shared mutable state between families (which finding supersedes which is declared in supersede.ts)', () => {
    for (const { path, text } of [...filesOf(FAMILIES), ...filesOf(JUDGING)]) expect(text, path).not.toMatch(/analysis\.\w+\.(add|set|push|delete)\(/);
  });
});
