/** The registry lists every check family once, each documented, and the README names each id. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_FAMILIES } from '../../lib';
import { camelId } from '../../lib/export/words';
import { lookupFor } from '../../lib/i18n/dictionaries';

const CHECKS = join(__dirname, '../../lib/checks');

describe('check registry', () => {
  it('has unique ids', () => {
    const ids = CHECK_FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // The names and descriptions live in locales/ only (the content script does not carry them).
  it.each(['zh_CN', 'en'] as const)('names and describes every family in %s', (locale) => {
    const lookup = lookupFor(locale);
    for (const family of CHECK_FAMILIES) {
      expect((lookup(`check_${camelId(family.id)}_title`) ?? '').length, family.id).toBeGreaterThan(1);
      expect((lookup(`check_${camelId(family.id)}_description`) ?? '').length, family.id).toBeGreaterThan(10);
    }
  });

  it('registers every module that defines a check family', () => {
    const defined = readdirSync(CHECKS)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(join(CHECKS, file), 'utf8').matchAll(/^export const \w+: CheckFamily = (?:\{\n\s+id: '([\w-]+)'|tableFamily\('([\w-]+)'\))/gm)].map((m) => (m[1] ?? m[2])!));
    expect(defined.sort()).toEqual(CHECK_FAMILIES.map((f) => f.id).sort());
  });

  it('is documented in the README', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    for (const family of CHECK_FAMILIES) expect(readme, family.id).toContain(`\`${family.id}\``);
  });
});
