/**
 * The layout on hand-made pages (text items and rules as pdf.js gives them): lines into paragraphs,
 * page furniture dropped, tables rebuilt from positions and from rules, and the source map.
 */
import { describe, expect, it } from 'vitest';
import { charBox, documentFromPdfPages, type PdfPage } from '../../lib/pdf';
import { readTables } from '../../lib/tables/read';
import { resolveGrid } from '../../lib/tables/grid';
import { item, page, right } from './helpers';

/** Full lines of justified prose: 20 ideographs at 12 pt from x = 72 (the right margin is 312). */
const FULL = 240;
const filler = (n: number) => '财政拨款收入支出预算安排情况说明本部门年度'.repeat(3).slice(0, n);

function prosePage(number: number, lines: Array<[string, number, number?]>, extra: PdfPage['items'] = []): PdfPage {
  return page(number, [...lines.map(([text, y, x]) => item(text, x ?? 72, y, 12, x && x > 72 ? FULL - (x - 72) : text.length >= 18 ? FULL : undefined)), ...extra]);
}

const blocksOf = (pages: PdfPage[]) => documentFromPdfPages(pages, 'test.pdf').document.blocks.map((block) => block.text);

describe('prose', () => {
  const cases: Array<{ name: string; pages: PdfPage[]; blocks: string[] }> = [
    {
      name: 'lines of one paragraph join with no space between ideographs',
      pages: [prosePage(1, [[filler(18), 700, 96], [filler(20), 680], [filler(20), 660], ['预算总计增加。', 640]])],
      blocks: [filler(18) + filler(20) + filler(20) + '预算总计增加。'],
    },
    {
      name: 'a number broken across two lines is one number',
      pages: [prosePage(1, [[filler(18), 700, 96], [filler(14) + '增加1,0', 680], ['03.69万元，增长10.97%。', 660], [filler(20), 620, 96], [filler(20), 600], [filler(8) + '。', 580]])],
      blocks: [filler(18) + filler(14) + '增加1,003.69万元，增长10.97%。', filler(20).slice(0) + filler(20) + filler(8) + '。'],
    },
    {
      name: 'an indented line begins a paragraph; a short line ends one',
      pages: [prosePage(1, [[filler(18), 700, 96], [filler(20), 680], ['短行结束。', 660], [filler(18), 640, 96], [filler(20), 620], [filler(20), 600]])],
      blocks: [filler(18) + filler(20) + '短行结束。', filler(18) + filler(20) + filler(20)],
    },
    {
      name: 'page numbers at the foot or head of the page are dropped, in each form',
      pages: [
        prosePage(1, [[filler(18), 700, 96], [filler(20), 680], [filler(20), 660]], [item('- 1 -', 280, 40)]),
        prosePage(2, [[filler(20), 700], [filler(20), 680], [filler(6) + '。', 660]], [item('—2—', 280, 40)]),
        prosePage(3, [[filler(18), 700, 96], [filler(20), 680], [filler(6) + '。', 660]], [item('第 3 页', 270, 40)]),
        prosePage(4, [[filler(18), 700, 96], [filler(20), 680], [filler(6) + '。', 660]], [item('4', 290, 800)]),
      ],
      blocks: [
        // A paragraph runs on over the page break (its last line on page 1 is full and ends mid-sentence).
        filler(18) + filler(20) + filler(20) + filler(20) + filler(20) + filler(6) + '。',
        filler(18) + filler(20) + filler(6) + '。',
        filler(18) + filler(20) + filler(6) + '。',
      ],
    },
    {
      name: "the 目录's leader dots and page numbers are cut off",
      pages: [prosePage(1, [['目录', 760, 280], ['一、收支预算总表……………………………… 5', 740], ['二、收入预算总表..................... 6', 720], [filler(18), 700, 96], [filler(20), 680], [filler(20), 660]])],
      blocks: ['目录', '一、收支预算总表', '二、收入预算总表', filler(18) + filler(20) + filler(20)],
    },
    {
      name: 'prose justified by spreading its characters apart stays prose, numbers and all',
      pages: [page(1, [
        ...[...'收入预算总计为10,150.48万元'].map((char, i) => item(char, 96 + i * 16, 700, 12)),
        ...[...'支出预算总计为10,150.48万元'].map((char, i) => item(char, 72 + i * 17, 680, 12)),
        ...[...'其中基本支出5,678.17万元。'].map((char, i) => item(char, 72 + i * 14, 660, 12)),
      ])],
      blocks: ['收入预算总计为10,150.48万元支出预算总计为10,150.48万元其中基本支出5,678.17万元。'],
    },
    {
      name: 'rotated text (a watermark) is not read',
      pages: [prosePage(1, [[filler(18), 700, 96], [filler(20), 680], ['结束。', 660]], [{ ...item('内部资料', 200, 400, 40), upright: false }])],
      blocks: [filler(18) + filler(20) + '结束。'],
    },
  ];
  for (const { name, pages, blocks } of cases) {
    it(name, () => {
      expect(blocksOf(pages)).toEqual(blocks);
    });
  }
});

/**
 * A paragraph justified as Word justifies it (江苏省人民检察院 2018 预算, p. 26): the spaces typed around a
 * figure are stretched to an em or more, so a line comes apart in cells ("比增加 | 2,915.22 万元，增长 |
 * 36.58 | %。主要原因是员"), two or three of them a figure alone: the shape of a table's row. Each line is
 * [text, x0, x1] runs at 16 pt, 27.5 pt apart, between the margins 90 and 505.
 */
function wordJustified(top: number, lines: Array<Array<[string, number, number]>>): PdfPage['items'] {
  return lines.flatMap((runs, n) => runs.map(([text, x0, x1]) => item(text, x0, top - 27.5 * n, 16, x1 - x0)));
}

describe('justified prose or a table', () => {
  const paragraphs: Array<Array<[string, number, number]>> = [
    [['1．行政运行（项）支出', 122, 294], ['10,883.36 万元，与上年相', 311, 505]],
    [['比增加', 90, 139], ['2,915.22 万元，增长', 156, 309], ['36.58', 326, 366], ['%。主要原因是员', 383, 505]],
    [['额制检察官工资改革等政策性调增及养老金、职业年金等单', 90, 505]],
    [['位缴费部分下达到部门，相应增加了预算拨款和支出。', 90, 474]],
    [['2．一般行政管理事务（项）支出 3,666 万元，与上年', 122, 505]],
    [['相比增加', 90, 154], ['21.8 万元，增长', 170, 290], ['0.06', 306, 338], ['%。主要原因是省检察', 354, 505]],
    [['院本级增加安排了办公办案设备购置费预算支出。', 90, 442]],
    [['省检察院2018年度财政拨款收、支总预算', 122, 417], ['21,940.96', 434, 505]],
    [['万元。与上年相比，财政拨款收、支总计各增加', 90, 425], ['3,958.98', 441, 505]],
    [['万元，增长', 90, 171], ['22', 188, 204], ['%。主要原因是因员额制检察官工资改革', 221, 505]],
    [['等政策性调整因素，相应增加了财政拨款。', 90, 390]],
  ];

  it('keeps a paragraph whose stretched gaps cut its lines into cells a paragraph, every sentence whole', () => {
    const { document } = documentFromPdfPages([page(1, wordJustified(700, paragraphs))], 't.pdf');
    expect(document.tables).toEqual([]);
    expect(document.blocks.map((block) => block.text.replace(/\s/g, ''))).toEqual([
      '1.行政运行（项）支出10,883.36万元，与上年相比增加2,915.22万元，增长36.58%。主要原因是员额制检察官工资改革等政策性调增及养老金、职业年金等单位缴费部分下达到部门，相应增加了预算拨款和支出。',
      '2.一般行政管理事务（项）支出3,666万元，与上年相比增加21.8万元，增长0.06%。主要原因是省检察院本级增加安排了办公办案设备购置费预算支出。',
      '省检察院2018年度财政拨款收、支总预算21,940.96万元。与上年相比，财政拨款收、支总计各增加3,958.98万元，增长22%。主要原因是因员额制检察官工资改革等政策性调整因素，相应增加了财政拨款。',
    ]);
  });

  it('keeps a table a table: a unit column after the amounts, no sentence in its rows', () => {
    const rows: Array<[string, string, string]> = [['办公设备购置', '12.50', '万元'], ['车辆运行维护', '8.00', '万元'], ['服务对象满意度', '95.00', '%']];
    const items = [item('项目', 72, 720, 10), item('金额', 300, 720, 10), item('单位', 420, 720, 10), ...rows.flatMap(([name, amount, unit], n) => [item(name, 72, 700 - 18 * n, 10), right(amount, 340, 700 - 18 * n, 10), item(unit, 420, 700 - 18 * n, 10)])];
    const { document } = documentFromPdfPages([page(1, items)], 't.pdf');
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]!.rows.map((row) => row.map((cell) => cell.text).join('|'))).toEqual(['项目|金额|单位', '办公设备购置|12.50|万元', '车辆运行维护|8.00|万元', '服务对象满意度|95.00|%']);
  });
});

/** A 财政拨款支出预算表 with right-aligned amounts and no rules. */
function budgetTable(number: number, rows: Array<[string, string, string]>, options: { title?: boolean; header?: boolean; top?: number } = {}): PdfPage['items'] {
  const out: PdfPage['items'] = [];
  let y = options.top ?? 760;
  if (options.title !== false) {
    out.push(item('财政拨款支出预算表', 220, y, 16));
    y -= 24;
    out.push(item('部门：某单位', 72, y, 10), item('单位：万元', 460, y, 10));
    y -= 20;
  }
  if (options.header !== false) {
    out.push(item('科目编码', 72, y, 10), item('科目名称', 200, y, 10), item('金额', 480, y, 10));
    y -= 18;
  }
  for (const [code, name, amount] of rows) {
    if (code) out.push(item(code, 72, y, 10));
    out.push(item(name, 200, y, 10), right(amount, 520, y, 10));
    y -= 18;
  }
  void number;
  return out;
}

describe('tables from positions', () => {
  it('rebuilds columns from aligned cells, with the caption and unit above', () => {
    const { document } = documentFromPdfPages([page(1, budgetTable(1, [['', '合计', '10,070.48'], ['201', '一般公共服务支出', '7,747.46'], ['20102', '政协事务', '7,747.46'], ['208', '社会保障和就业支出', '2,323.02']]))], 't.pdf');
    expect(document.tables).toHaveLength(1);
    const grid = document.tables[0]!;
    expect(grid.caption).toContain('财政拨款支出预算表');
    expect(grid.caption).toContain('单位：万元');
    expect(grid.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['科目编码', '科目名称', '金额'],
      ['', '合计', '10,070.48'],
      ['201', '一般公共服务支出', '7,747.46'],
      ['20102', '政协事务', '7,747.46'],
      ['208', '社会保障和就业支出', '2,323.02'],
    ]);
    const read = readTables(document).tables[0]!;
    expect(read.title).toBe('财政拨款支出预算表');
    expect(read.unit).toBe('万元');
    expect(read.columns.map((column) => column.path)).toEqual([['金额']]);
    expect(read.rows.map((row) => row.code)).toEqual([null, '201', '20102', '208']);
    // The table's lines are not prose; the title and unit lines are (as in a page, where they are paragraphs).
    expect(document.blocks.map((block) => block.text).join('|')).not.toContain('7,747.46');
  });

  it('joins a table continued on the next page, its repeated header dropped', () => {
    const first = budgetTable(1, [['', '合计', '10,070.48'], ['201', '一般公共服务支出', '7,747.46'], ['20102', '政协事务', '7,747.46']]);
    const second = budgetTable(2, [['208', '社会保障和就业支出', '2,323.02'], ['20805', '行政事业单位离退休', '2,323.02']], { title: false });
    const third = budgetTable(3, [['221', '住房保障支出', '0.00']], { title: false, header: false });
    const { document } = documentFromPdfPages([page(1, first), page(2, second), page(3, third)], 't.pdf');
    expect(document.tables).toHaveLength(1);
    const texts = document.tables[0]!.rows.map((row) => row.map((cell) => cell.text).join('|'));
    expect(texts.filter((text) => text.startsWith('科目编码'))).toHaveLength(1);
    expect(texts.slice(-3)).toEqual(['208|社会保障和就业支出|2,323.02', '20805|行政事业单位离退休|2,323.02', '221|住房保障支出|0.00']);
  });

  it('keeps a table that starts after prose on the next page separate', () => {
    const first = budgetTable(1, [['', '合计', '1.00'], ['201', '一般公共服务支出', '1.00']]);
    const second = [item('附注：以下为另一张表的说明文字，不是表格的一部分。', 72, 780, 12), ...budgetTable(2, [['', '合计', '2.00'], ['301', '工资福利支出', '2.00']], { top: 740 })];
    const { document } = documentFromPdfPages([page(1, first), page(2, second)], 't.pdf');
    expect(document.tables).toHaveLength(2);
  });

  it('joins the second line of a wrapped name to its row; a row with blank amounts stays a row', () => {
    const items = [
      ...budgetTable(1, [['', '合计', '3.00'], ['201', '一般公共服务支出', '1.00'], ['208', '社会保障和就', '2.00'], ['221', '住房保障支出', '-']]),
      // The wrap, 11 pt under its row (rows are 18 pt apart).
      item('业支出', 200, 760 - 24 - 20 - 18 - 18 - 18 - 11, 10),
    ];
    const { document } = documentFromPdfPages([page(1, items)], 't.pdf');
    expect(document.tables[0]!.rows.map((row) => row.map((cell) => cell.text).join('|'))).toEqual([
      '科目编码|科目名称|金额',
      '|合计|3.00',
      '201|一般公共服务支出|1.00',
      '208|社会保障和就业支出|2.00',
      '221|住房保障支出|-',
    ]);
  });

  it('keeps rows spaced out by a wide gap in one table, and takes a title printed at the foot of the page before', () => {
    const foot = [item('正文最后一段说明文字，没有表格，到此结束。', 72, 700, 12), item('财政拨款基本支出', 230, 80, 16), item('预算表', 260, 60, 16)];
    const rows = budgetTable(2, [['', '合计', '3.00'], ['301', '工资福利支出', '1.00']], { title: false, top: 800 });
    const far = budgetTable(2, [['302', '商品和服务支出', '2.00'], ['303', '对个人和家庭的补助', '0.00']], { title: false, header: false, top: 700 });
    const { document } = documentFromPdfPages([page(1, foot), page(2, [...rows, ...far])], 't.pdf');
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]!.rows).toHaveLength(5);
    expect(readTables(document).tables[0]!.title).toBe('财政拨款基本支出预算表');
  });

  it('finds a ruled table with no amounts in it (an empty 政府性基金 table)', () => {
    const rules: PdfPage['rules'] = [
      ...[700, 680, 660].map((y) => ({ x0: 50, y0: y, x1: 450, y1: y })),
      ...[50, 150, 350, 450].map((x) => ({ x0: x, y0: 660, x1: x, y1: 700 })),
    ];
    const items = [
      item('政府性基金预算财政拨款支出预算表', 120, 740, 14),
      item('单位：万元', 380, 715, 10),
      item('科目编码', 70, 686, 10), item('科目名称', 220, 686, 10), item('金额', 390, 686, 10),
      item('合计', 220, 666, 10),
      item('本部门无政府性基金预算财政拨款支出。', 72, 600, 12),
    ];
    const { document } = documentFromPdfPages([page(1, items, rules)], 't.pdf');
    expect(document.tables.map((table) => table.rows.map((row) => row.map((cell) => cell.text).join('|')))).toEqual([['科目编码|科目名称|金额', '|合计|']]);
    expect(readTables(document).tables[0]!.title).toBe('政府性基金预算财政拨款支出预算表');
    expect(document.blocks.map((block) => block.text)).toContain('本部门无政府性基金预算财政拨款支出。');
  });

  it('takes a ruled header taller than the text rules allow into its table', () => {
    // Eight header lines in one ruled row, the title above, one row of amounts; Word draws the vertical
    // borders row by row, so the body's borders stop at the header.
    const rules: PdfPage['rules'] = [
      ...[800, 640, 620].map((y) => ({ x0: 50, y0: y, x1: 350, y1: y })),
      ...[50, 150, 250, 350].flatMap((x) => [{ x0: x, y0: 620, x1: x, y1: 640 }, { x0: x, y0: 640, x1: x, y1: 800 }]),
    ];
    const header = ['第一行表头', '第二行表头', '第三行表头', '第四行表头', '第五行表头', '第六行表头', '第七行表头', '第八行表头'];
    const items = [
      item('某某支出预算表', 150, 820, 14),
      ...header.flatMap((text, k) => [item(text, 60, 785 - k * 18, 10), item('金额', 280, 785 - k * 18, 10)]),
      right('1,384.74', 145, 626), right('484.30', 245, 626), right('900.44', 345, 626),
    ];
    const { document } = documentFromPdfPages([page(1, items, rules)], 't.pdf');
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]!.caption).toBe('某某支出预算表');
  });

  it('reads a ruled header as drawn: row and column spans, a column blank all the way down', () => {
    // 合计 | 三公经费 (出国 | 购置费 | 接待) | 会议费, 购置费 blank in the body.
    const xs = [50, 150, 250, 350, 450, 550];
    const rules: PdfPage['rules'] = [
      { x0: 50, y0: 698, x1: 550, y1: 698 },
      { x0: 150, y0: 680, x1: 450, y1: 680 },
      { x0: 50, y0: 660, x1: 550, y1: 660 },
      { x0: 50, y0: 640, x1: 550, y1: 640 },
      ...xs.filter((x) => x !== 250 && x !== 350).map((x) => ({ x0: x, y0: 640, x1: x, y1: 698 })),
      { x0: 250, y0: 640, x1: 250, y1: 680 },
      { x0: 350, y0: 640, x1: 350, y1: 680 },
    ];
    const items = [
      item('公开09表', 50, 760, 10),
      item('“三公”经费支出预算表', 200, 740, 14),
      item('单位：万元', 480, 715, 10),
      item('“三公”经费', 270, 686, 10),
      item('合计', 90, 675, 10),
      item('会议费', 480, 675, 10),
      item('出国', 190, 666, 10),
      item('购置费', 285, 666, 10),
      item('接待', 390, 666, 10),
      right('30.00', 145, 646),
      right('10.00', 245, 646),
      right('5.00', 445, 646),
      right('15.00', 545, 646),
    ];
    const { document } = documentFromPdfPages([page(1, items, rules)], 't.pdf');
    expect(document.tables).toHaveLength(1);
    const rows = document.tables[0]!.rows.map((row) => row.map((cell) => `${cell.text}${cell.rowSpan > 1 ? `↓${cell.rowSpan}` : ''}${cell.colSpan > 1 ? `→${cell.colSpan}` : ''}`));
    expect(rows).toEqual([
      ['合计↓2', '“三公”经费→3', '会议费↓2'],
      ['出国', '购置费', '接待'],
      ['30.00', '10.00', '', '5.00', '15.00'],
    ]);
    const read = readTables(document).tables[0]!;
    expect(read.columns.map((column) => column.path.join('›'))).toEqual(['合计', '“三公”经费›出国', '“三公”经费›购置费', '“三公”经费›接待', '会议费']);
    expect(resolveGrid(document.tables[0]!)[2]!.map((position) => position?.cell.text)).toEqual(['30.00', '10.00', '', '5.00', '15.00']);
  });
});

describe('source map', () => {
  it('takes every character of a cell or paragraph back to its page and place', () => {
    const items = budgetTable(1, [['', '合计', '10,070.48'], ['201', '一般公共服务支出', '7,747.46']]);
    const { document, pieces } = documentFromPdfPages([page(1, items), page(2, [item('收入预算总计10,150.48万元。', 72, 700, 12)])], 't.pdf');
    const cell = document.tables[0]!.rows[2]![2]!;
    expect(cell.text).toBe('7,747.46');
    const run = cell.runs[0]!;
    const piece = pieces[run.node]!;
    expect(piece).toMatchObject({ page: 1, text: '7,747.46' });
    const source = items.find((it) => it.str === '7,747.46')!;
    expect(charBox(piece, 0)!.x).toBeCloseTo(source.x, 5);
    expect(charBox(piece, 7)!.x + charBox(piece, 7)!.width).toBeCloseTo(source.x + source.width, 5);
    const block = document.blocks.find((b) => b.text.includes('10,150.48'))!;
    const at = block.text.indexOf('10,150.48');
    const proseRun = block.runs.find((r) => r.start <= at && at < r.start + r.length)!;
    const prosePiece = pieces[proseRun.node]!;
    expect(prosePiece.page).toBe(2);
    // 收入预算总计 is six ideographs of 12 pt: the number starts 72 pt to the right of the line.
    expect(charBox(prosePiece, proseRun.nodeOffset + (at - proseRun.start))!.x).toBeCloseTo(72 + 72, 5);
  });
});
