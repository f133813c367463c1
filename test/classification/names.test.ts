/**
 * The national names of the classification codes (lib/classification/names.ts): the lookups, and the
 * list held to the repo's real documents — every 类/款 name they print beside its code, and every class
 * name of their "X（类）Y（款）Z（项）" prose, is accepted for the document's year (the one genuine slip,
 * 宜川路街道's item 10, excepted by name).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesNamed, isNameOf, judgeName, nameKey, namesOf } from '../../lib/classification/names';
import { detectDisclosure } from '../../lib/detect';
import { readTables } from '../../lib/tables/read';
import { loadDocument } from '../../scripts/cli/load';

describe('judgeName', () => {
  it.each([
    ['207', '文化旅游体育与传媒支出', 2025, 'ok'],
    ['207', '文化体育与传媒支出', 2025, 'retired'],
    ['207', '文化体育与传媒支出', 2018, 'ok'],
    ['207', '文化旅游体育与传媒支出', 2018, 'ok'], // a name's first year is never held against a document
    ['210', '医疗卫生与计划生育支出', 2019, 'retired'],
    ['210', '卫生健康支出', 2024, 'ok'],
    ['210', '卫生健康', 2024, 'ok'],
    ['208', '社会保障与就业', 2024, 'ok'],
    ['20799', '其他文化体育与传媒支出', 2024, 'retired'],
    ['20805', '行政事业单位离退休', 2024, 'ok'], // the year it was renamed is not certain: accepted in every year
    ['21011', '行政事业单位养老支出', 2024, 'other-code'],
    ['22102', '住房保障支出', 2024, 'unknown'], // a class's name is not a 款's
    ['30212', '因公出国(境)费', 2025, 'ok'],
    ['30113', '代缴社会保险费', 2025, 'other-code'],
    ['30311', '住房公积金', 2025, 'other-code'],
    ['30311', '住房公积金', 2018, 'unknown'], // the old 政府支出经济分类's 30311, still printed in the first year of the new one
    ['21899', '其他支出', 2024, 'unknown'], // a code not in the list
  ] as const)('%s %s in %i: %s', (code, name, year, kind) => {
    expect(judgeName(code, name, year).kind).toBe(kind);
  });

  it('names the current name of a retired one', () => {
    expect(judgeName('207', '文化体育与传媒支出', 2025)).toEqual({ kind: 'retired', until: 2018, current: '文化旅游体育与传媒支出' });
  });

  it('reads names as a matter of style: spaces, brackets, 与/和, a trailing 支出, （类）', () => {
    expect(nameKey(' 文化旅游体育和传媒（类）')).toBe(nameKey('文化旅游体育与传媒支出'));
    expect(nameKey('维修(护)费')).toBe(nameKey('维修（护）费'));
  });

  it('lists every class 201…234 it claims, each with one current name', () => {
    for (const code of ['201', '204', '205', '206', '207', '208', '210', '211', '212', '213', '214', '220', '221', '224', '227', '229', '230', '231', '232', '233', '234']) {
      expect(namesOf(code), code).not.toBeNull();
      expect(codesNamed(namesOf(code)![0]!.name, 3, 'function', 2025), code).toEqual([code]);
    }
  });
});

const ROOT = join(__dirname, '../..');
const FOLDERS = ['seeds', 'seeds/text', 'test/fixtures/real', 'test/fixtures/tables', 'test/fixtures/holdout', 'test/fixtures/pdf'];
const UNREADABLE = new Set(['encrypted.pdf', 'scanned.pdf']);
const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((file) => /\.(html|txt|pdf)$/.test(file) && file !== 'README.md' && !UNREADABLE.has(file))
    .map((file) => join(folder, file)),
);

/** The genuine slips of the real documents: "file|name", not held against the list. */
const GENUINE = new Set(['yichuan-2025-final|文化体育与传媒支出']);

const CHAIN = /([^\d，。；：（）“”、\s,;:().．]+)（类）(?:([^\d，。；：（）“”、\s,;:()]+)（款）)?/g;

describe('the list against the repo’s real documents', () => {
  it('reads enough of them to mean something', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s: every coded 类/款 name and every prose class name is accepted for its year', async (file) => {
    const document = await loadDocument(join(ROOT, file));
    const year = detectDisclosure(document).year;
    // A PDF twin ("….writer.pdf", "….chromium.pdf") has the slips of its page.
    const stem = file.split('/').pop()!.replace(/\.(html|txt|pdf)$/, '').replace(/\.(writer|chromium)$/, '');
    const wrong: string[] = [];
    let seen = 0;
    for (const table of readTables(document).tables) {
      for (const row of table.rows) {
        if (!row.code || (row.code.length !== 3 && row.code.length !== 5) || !row.label) continue;
        // Printed beside its code: the code is in the list, and the name is one of its names then.
        if (year === null || year < 2018) continue;
        seen++;
        const verdict = judgeName(row.code, row.label, year).kind;
        if (!isNameOf(row.code, row.label) || verdict === 'retired' || verdict === 'other-code') wrong.push(`${row.code} ${row.label}`);
      }
    }
    for (const block of document.blocks) {
      for (const match of block.text.matchAll(CHAIN)) {
        const name = match[1]!.replace(/^(主要用于|用于|其中)/, '');
        if (GENUINE.has(`${stem}|${name}`)) continue;
        // A class name in the prose names a class of the list in the document's year.
        if (codesNamed(name, 3, 'function', year).length !== 1) wrong.push(`（类）${name}`);
      }
    }
    expect(wrong).toEqual([]);
    // The pages with full tables: their 类/款 rows were all read (171 on 宜川路街道's, 60 on 城管执法局's).
    if (/yichuan-2025-final\.html|chengguan-2026-budget\.html/.test(file)) expect(seen).toBeGreaterThan(50);
  });
});
