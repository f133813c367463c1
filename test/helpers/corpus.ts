/**
 * Every finding the engine makes over the project's own material: the seed pages, the fixtures (negative,
 * holdout, tables), the browser tests' pages, the prose snippets of the family tests and the
 * cross-document cases of the history tests. Used by the message snapshot (scripts/snapshot-messages.ts)
 * and the tests of the explanations (test/i18n).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditDocument, documentFromText, type Explain, type Finding, type Locale } from '../../lib';
import { crossDocumentFindings } from '../../lib/history/compare';
import { describe } from '../../lib/i18n/dictionaries';
import { loadDocument } from '../../scripts/cli/load';
import { doc } from '../history/documents';

const ROOT = join(import.meta.dirname, '../..');

export interface SourcedFinding {
  source: string;
  finding: Finding;
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Every `text: '…'` snippet of a test file. */
function snippets(path: string): string[] {
  const source = readFileSync(join(ROOT, path), 'utf8');
  return [...source.matchAll(/\btext: '((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\n/g, '\n').replace(/\\'/g, "'"));
}

export async function corpusFindings(locale: Locale = 'zh_CN'): Promise<SourcedFinding[]> {
  const out: SourcedFinding[] = [];
  const add = (source: string, findings: readonly Finding[]) => findings.forEach((finding) => out.push({ source, finding }));
  const pages = [
    ...files('seeds', /\.html$/),
    ...files('test/fixtures/negative', /\.html$/),
    ...files('test/fixtures/holdout', /\.txt$/),
    ...files('test/fixtures/tables', /\.html$/),
    ...files('test/e2e/pages', /\.html$/),
  ];
  for (const path of pages) {
    const document = await loadDocument(join(ROOT, path));
    add(path, auditDocument(document, { locale }).findings);
    // Pages that are not detected (the negative fixtures) are audited anyway, as the CLI's --force does.
    add(`${path} --force`, auditDocument(document, { force: true, locale }).findings);
  }
  snippets('test/checks/families.test.ts').forEach((text, i) => {
    add(`families#${i}`, auditDocument(documentFromText(text, 'test.txt').document, { force: true, locale }).findings);
  });
  // The history tests' pairs: [this year's or the 决算's text, last year's or the 预算's text, …], both ways round.
  const history = readFileSync(join(ROOT, 'test/history/compare.test.ts'), 'utf8');
  const budgetAt = history.indexOf("describe('history-budget");
  const UNIT = '示例县大数据发展中心';
  const words = (explain: Explain) => describe(explain, locale);
  let pair = 0;
  for (const m of history.matchAll(/^\s*\['([^']*)', '([^']*)', \[/gm)) {
    pair++;
    const isBudget = m.index! > budgetAt;
    const current = doc(UNIT, 2024, '决算', m[1]!);
    const other = isBudget ? doc(UNIT, 2024, '预算', m[2]!) : doc(UNIT, 2023, '决算', m[2]!);
    add(`history#${pair}`, crossDocumentFindings(current, [other], words));
    add(`history#${pair} reversed`, crossDocumentFindings(other, [current], words));
  }
  return out;
}
