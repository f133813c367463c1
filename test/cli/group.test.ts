/**
 * One disclosure, several files: the CLI audits a 情况说明 and its 附表 given together as one document,
 * and only those (same unit, year and kind, names of one text and one tables file).
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditOutputSchema, auditDocument, placeOf, type DisclosureDocument, type TracedReport } from '../../lib';
import { groupDisclosures, roleOf, type Loaded } from '../../scripts/cli/group';
import { loadDocument } from '../../scripts/cli/load';
import { audit } from '../helpers/cli';

const REAL = join(__dirname, '../fixtures/real');
const PDF = join(__dirname, '../fixtures/pdf');

describe('roleOf', () => {
  it.each([
    ['d/x-budget-text.pdf', 'd/x-budget', 'text'],
    ['d/x-budget-tables.pdf', 'd/x-budget', 'tables'],
    ['d/x-budget.pdf', 'd/x-budget', 'text'],
    ['d/x-budget-table.pdf', 'd/x-budget', 'tables'],
    ['d/x-budget_附表.pdf', 'd/x-budget', 'tables'],
    ['d/x-budget-情况说明.pdf', 'd/x-budget', 'text'],
    ['e/x-budget-tables.pdf', 'e/x-budget', 'tables'],
  ])('%s → %s (%s)', (path, stem, role) => {
    expect(roleOf(path)).toEqual({ stem, role });
  });
});

/** 决算 for 预算 in every word of a document: the same files, another kind. */
function asFinalAccount(document: DisclosureDocument): DisclosureDocument {
  const swap = (text: string) => text.replace(/预算/g, '决算');
  return { ...document, title: swap(document.title), blocks: document.blocks.map((b) => ({ ...b, text: swap(b.text) })), tables: document.tables.map((t) => ({ ...t, caption: swap(t.caption) })) };
}

describe('groupDisclosures', () => {
  const docs: Record<string, DisclosureDocument> = {};
  beforeAll(async () => {
    const files: Record<string, string> = {
      swText: join(REAL, 'jiangsu-shengwei-bangongting-2018-budget-text.pdf'),
      swTables: join(REAL, 'jiangsu-shengwei-bangongting-2018-budget-tables.pdf'),
      zxText: join(REAL, 'jiangsu-zhengxie-bangongting-2019-budget-text.pdf'),
      zxTables: join(REAL, 'jiangsu-zhengxie-bangongting-2019-budget-tables.pdf'),
      zx18Text: join(PDF, 'zhengxie-2018-budget.pdf'),
      cgHtml: join(REAL, 'chengguan-2026-budget.html'),
      cgPdf: join(REAL, 'chengguan-2026-budget.pdf'),
    };
    await Promise.all(Object.entries(files).map(async ([name, path]) => (docs[name] = await loadDocument(path))));
  }, 120_000);

  const loaded = (...items: Array<[string, string]>): Loaded[] => items.map(([path, name]) => ({ path, document: docs[name]! }));

  it.each<[string, () => Loaded[], string[]]>([
    ['a text file and its tables file: one document, text first', () => loaded(['r/sw-tables.pdf', 'swTables'], ['r/sw-text.pdf', 'swText']), ['r/sw-text.pdf + r/sw-tables.pdf']],
    ['a text file without suffix and its tables file', () => loaded(['r/zx.pdf', 'zxText'], ['r/zx-tables.pdf', 'zxTables']), ['r/zx.pdf + r/zx-tables.pdf']],
    ['two pairs side by side, each grouped', () => loaded(['r/a-text.pdf', 'swText'], ['r/a-tables.pdf', 'swTables'], ['r/b-text.pdf', 'zxText'], ['r/b-tables.pdf', 'zxTables']), ['r/a-text.pdf + r/a-tables.pdf', 'r/b-text.pdf + r/b-tables.pdf']],
    ['different units under one name: not grouped', () => loaded(['r/x-text.pdf', 'swText'], ['r/x-tables.pdf', 'zxTables']), ['r/x-text.pdf', 'r/x-tables.pdf']],
    ['the same unit, another year: not grouped', () => loaded(['r/x-text.pdf', 'zx18Text'], ['r/x-tables.pdf', 'zxTables']), ['r/x-text.pdf', 'r/x-tables.pdf']],
    ['names that do not pair: not grouped', () => loaded(['r/sw-text.pdf', 'swText'], ['r/other-tables.pdf', 'swTables']), ['r/sw-text.pdf', 'r/other-tables.pdf']],
    ['another folder: not grouped', () => loaded(['r/sw-text.pdf', 'swText'], ['s/sw-tables.pdf', 'swTables']), ['r/sw-text.pdf', 's/sw-tables.pdf']],
    ['one page as HTML and as PDF (two texts): not grouped', () => loaded(['r/cg.html', 'cgHtml'], ['r/cg.pdf', 'cgPdf']), ['r/cg.html', 'r/cg.pdf']],
    ['standard input is never grouped (a file --tables.pdf would pair by name)', () => loaded(['-', 'swText'], ['--tables.pdf', 'swTables']), ['-', '--tables.pdf']],
    ['two text files for one tables file: not grouped', () => loaded(['r/sw.pdf', 'swText'], ['r/sw-text.pdf', 'swText'], ['r/sw-tables.pdf', 'swTables']), ['r/sw.pdf', 'r/sw-text.pdf', 'r/sw-tables.pdf']],
  ])('%s', (_, items, sources) => {
    const groups = groupDisclosures(items());
    expect(groups.filter((group) => group.paths.length > 1).map((group) => group.document.source)).toEqual(sources.filter((source) => source.includes(' + ')));
    expect(groups.map((group) => group.paths.join(' + '))).toEqual(sources);
  });

  it('does not group another kind of the same unit and year', () => {
    const items: Loaded[] = [
      { path: 'r/sw-text.pdf', document: { ...docs.swText!, source: 'r/sw-text.pdf' } },
      { path: 'r/sw-tables.pdf', document: asFinalAccount({ ...docs.swTables!, source: 'r/sw-tables.pdf' }) },
    ];
    expect(groupDisclosures(items).map((group) => group.paths.length)).toEqual([1, 1]);
    // The control: the same two, both 预算, are grouped.
    expect(groupDisclosures([items[0]!, { ...items[1]!, document: { ...docs.swTables!, source: 'r/sw-tables.pdf' } }]).map((group) => group.paths.length)).toEqual([2]);
  });

  it.each([
    ['省委办公厅 2018', 'swText', 'swTables'],
    ['政协办公厅 2019', 'zxText', 'zxTables'],
  ])('%s: audited together, the engine checks prose figures of one file against table cells of the other', (_, text, tables) => {
    const crosses = (report: TracedReport) => report.checkedRelations.filter((r) => r.figures.some((f) => f.block >= 0) && r.figures.some((f) => f.cell !== undefined));
    const [group] = groupDisclosures(loaded(['r/x-text.pdf', text], ['r/x-tables.pdf', tables]));
    expect(group!.paths).toHaveLength(2);
    const together = crosses(auditDocument(group!.document));
    expect(together.length).toBeGreaterThan(0);
    // Each such relation's prose figure is in the 情况说明's blocks, its cell in the 附表's tables.
    for (const relation of together) {
      for (const figure of relation.figures) {
        const place = placeOf(group!.document, figure.cell ? { block: -1, table: figure.cell.table } : { block: figure.block });
        expect(place?.file).toBe(figure.cell ? 'r/x-tables.pdf' : 'r/x-text.pdf');
      }
    }
    // Alone, neither file has one.
    expect(crosses(auditDocument(docs[text]!))).toEqual([]);
    expect(crosses(auditDocument(docs[tables]!))).toEqual([]);
  });

  it('merges the two documents: prose blocks of the text, tables of the tables file', () => {
    const [group] = groupDisclosures(loaded(['r/zx.pdf', 'zxText'], ['r/zx-tables.pdf', 'zxTables']));
    const { document } = group!;
    expect(document.blocks.length).toBe(docs.zxText!.blocks.length + docs.zxTables!.blocks.length);
    expect(document.tables.length).toBe(docs.zxTables!.tables.length);
    expect(document.blocks[0]!.file).toBe('r/zx.pdf');
    expect(document.tables.every((table) => table.file === 'r/zx-tables.pdf')).toBe(true);
  });
});

describe('audit CLI with a 情况说明 and its 附表', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'suanpan-pairs-'));
    for (const name of ['jiangsu-zhengxie-bangongting-2019-budget-text.pdf', 'jiangsu-zhengxie-bangongting-2019-budget-tables.pdf']) copyFileSync(join(REAL, name), join(dir, name));
  });

  it('audits the two as one document, named by both files, with the unit and totals of both', async () => {
    const { code, stdout } = await audit(['--json', dir]);
    expect(code).toBe(0);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(output.documents.map((d) => d.source)).toEqual([`${join(dir, 'jiangsu-zhengxie-bangongting-2019-budget-text.pdf')} + ${join(dir, 'jiangsu-zhengxie-bangongting-2019-budget-tables.pdf')}`]);
    const [report] = output.documents;
    expect(report).toMatchObject({ detected: true, kind: '预算', year: 2019, unit: '江苏省政协办公厅' });
    // The 收入合计 is the 情况说明's and the 收支预算总表's 13,377.11, not the 财政拨款 table's 13,297.11.
    expect(report!.totals.收入合计).toBe('13377.11');
  }, 120_000);

  it('says in its summary that it read two files, for one disclosure', async () => {
    const { code, stdout } = await audit([dir], { env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    expect(stdout).toContain(`== ${join(dir, 'jiangsu-zhengxie-bangongting-2019-budget-text.pdf')} + ${join(dir, 'jiangsu-zhengxie-bangongting-2019-budget-tables.pdf')}`);
    expect(stdout).toMatch(/合计：读取 2 个文件，其中预决算公开文件 1 份/);
  }, 120_000);

  it('--separate audits each file alone', async () => {
    const { code, stdout } = await audit(['--json', '--separate', dir]);
    expect(code).toBe(0);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(output.documents.map((d) => d.source).sort()).toEqual([join(dir, 'jiangsu-zhengxie-bangongting-2019-budget-tables.pdf'), join(dir, 'jiangsu-zhengxie-bangongting-2019-budget-text.pdf')]);
  }, 120_000);
});
