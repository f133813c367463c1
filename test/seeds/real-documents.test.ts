/**
 * Real published documents with hand audits (test/fixtures/real: the two Shanghai pages of
 * ../shared/realpages, and the same two printed to PDF by Chromium, held to the same keys; documents of
 * templates the engine was not written against), judged by the
 * rules of the project's scorer: no error that matches no key item (a false alarm), no rounding item
 * called an error, every core item found (error or warning) unless listed below with its reason, and
 * detection and totals as the key has them. A 情况说明 and its 附表 published as two files are audited
 * together, as the CLI groups them (scripts/cli/group.ts), and held to one key named after the last
 * file, as score.py's doc_for finds it (the basename of `source`, "text.pdf + tables.pdf").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib';
import { loadDocument } from '../../scripts/cli/load';
import { groupDisclosures } from '../../scripts/cli/group';
import type { DocumentReport, Finding } from '../../lib/report';
import { D } from '../../lib/decimal';

const DIR = join(__dirname, '../fixtures/real');

interface Key {
  unit?: string;
  year?: number;
  kind?: string;
  totals?: Record<string, string>;
  findings: Array<{ id: string; level: 'core' | 'stretch' | 'rounding'; what: string; values: string[] }>;
}

/** Core items the engine does not find yet, and why. */
const KNOWN_MISSES: Record<string, string> = {
  'JS-income-change-decomp': 'needs the changes of two sections compared with each other',
};

/**
 * Errors that match no key item, with their cause (each a check's limit, not a reading error), by
 * document and by the figures they cite.
 */
const KNOWN_FALSE_ERRORS: Record<string, Array<{ values: string[]; why: string }>> = {};

/**
 * Totals the key states that the report does not, and why. None since the fact layer binds the summary
 * tables' numbered 支出 rows and the 三公 table's 小计 (a 合计 that also sums 会议费 and 培训费 is not 三公经费).
 */
const KNOWN_TOTALS: Record<string, Record<string, string>> = {};

/** A printed number as a decimal string: no separators, units or %. */
function valueOf(text: string | null | undefined): string | null {
  const match = /-?\d+(?:\.\d+)?/.exec((text ?? '').replace(/[,，]/g, ''));
  return match ? new D(match[0]).toString() : null;
}

function valuesOf(finding: Finding): Set<string> {
  const out = new Set<string>();
  for (const figure of finding.figures) for (const text of [figure.value, figure.text]) if (valueOf(text)) out.add(valueOf(text)!);
  for (const text of [finding.expected, finding.actual]) if (valueOf(text)) out.add(valueOf(text)!);
  return out;
}

function cites(finding: Finding, values: string[]): boolean {
  const want = new Set(values.map(valueOf).filter((v): v is string => v !== null));
  const have = valuesOf(finding);
  return [...want].filter((v) => have.has(v)).length >= Math.min(2, want.size);
}

/** Units detected otherwise than the key has them, and why. */
const KNOWN_UNIT: Record<string, string> = {
  'kunming-kejiju-2018-sangong-final': 'the title names the unit 昆明市科技局; only the body has the full 昆明市科学技术局',
};

const files = readdirSync(DIR).filter((file) => /\.(html|txt|pdf)$/.test(file)).sort();
// As the CLI reads the folder: every file, a 情况说明 and its 附表 as one document.
const groups = groupDisclosures(await Promise.all(files.map(async (file) => ({ path: join(DIR, file), document: await loadDocument(join(DIR, file)) }))));
const keyed = new Set<string>();

describe('the folder as the CLI groups it', () => {
  it('audits each 情况说明 + 附表 pair as one document, and every other file alone', () => {
    const pairs = groups.filter((group) => group.paths.length > 1).map((group) => group.paths.map((path) => basename(path)));
    expect(pairs).toEqual([
      ['jiangsu-shengwei-bangongting-2018-budget-text.pdf', 'jiangsu-shengwei-bangongting-2018-budget-tables.pdf'],
      ['jiangsu-zhengxie-bangongting-2019-budget-text.pdf', 'jiangsu-zhengxie-bangongting-2019-budget-tables.pdf'],
    ]);
    expect(groups.flatMap((group) => group.paths)).toHaveLength(files.length);
  });
});

for (const group of groups) {
  // score.py's doc_for: the basename of the source, without its extension (for a pair, the last file's).
  const name = basename(group.document.source, extname(group.document.source));
  const file = group.paths.map((path) => basename(path)).join(' + ');
  const key = JSON.parse(readFileSync(join(DIR, `${name}.key.json`), 'utf8')) as Key;
  keyed.add(name);

  describe(`real document ${file}`, () => {
    const report: DocumentReport = auditDocument(group.document);
    const flagged = report.findings.filter((f) => f.severity !== 'info');
    const errors = report.findings.filter((f) => f.severity === 'error');
    const knownFalse = KNOWN_FALSE_ERRORS[name] ?? [];

    it('is detected as the key says', () => {
      expect(report.detected).toBe(true);
      if (key.kind) expect(report.kind).toBe(key.kind);
      if (key.year) expect(report.year).toBe(key.year);
      if (key.unit && !KNOWN_UNIT[name]) expect(report.unit).toBe(key.unit);
    });

    it('raises no error that matches no item of the hand audit (but the known ones, listed with their cause)', () => {
      const items = key.findings.filter((item) => item.level !== 'rounding');
      const stray = errors.filter((f) => !items.some((item) => cites(f, item.values)));
      expect(stray.filter((f) => !knownFalse.some((known) => cites(f, known.values))).map((f) => f.message)).toEqual([]);
      // A known false error that is gone must leave the list.
      for (const known of knownFalse) expect(stray.some((f) => cites(f, known.values)), known.why).toBe(true);
    });

    it('never calls a rounding item an error', () => {
      const rounding = key.findings.filter((item) => item.level === 'rounding');
      const real = key.findings.filter((item) => item.level !== 'rounding');
      const wrong = errors.filter((f) => rounding.some((item) => cites(f, item.values)) && !real.some((item) => cites(f, item.values)));
      expect(wrong.map((f) => f.message)).toEqual([]);
    });

    for (const item of key.findings.filter((entry) => entry.level === 'core')) {
      const found = () => flagged.some((f) => cites(f, item.values));
      if (KNOWN_MISSES[item.id]) it(`does not yet find ${item.id} (known: ${KNOWN_MISSES[item.id]})`, () => expect(found()).toBe(false));
      else it(`finds ${item.id}: ${item.what.slice(0, 60)}`, () => expect(found()).toBe(true));
    }

    it('states the totals the key states', () => {
      for (const [total, value] of Object.entries(key.totals ?? {})) {
        const got = report.totals[total as keyof typeof report.totals];
        if (KNOWN_TOTALS[name]?.[total]) {
          expect(got, KNOWN_TOTALS[name][total]).toBeUndefined();
          continue;
        }
        // As printed, or the key's exact value rounded to the printed cent of 万元.
        const close = got !== undefined && new D(got).minus(value).abs().lte('0.005');
        expect({ total, got, close }).toEqual({ total, got, close: true });
      }
    });
  });
}

describe('answer keys', () => {
  it('every key in the folder is used by a document', () => {
    const keys = readdirSync(DIR).filter((file) => file.endsWith('.key.json')).map((file) => file.replace(/\.key\.json$/, ''));
    expect(keys.filter((key) => !keyed.has(key))).toEqual([]);
  });
});
