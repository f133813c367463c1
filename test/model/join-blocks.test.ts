/** Rejoining paragraphs broken at page ends: the result is numbered afresh and the input is left as it was. */
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../lib/model/document';
import { joinBrokenBlocks } from '../../lib/model/join-blocks';

function block(index: number, text: string, node = index): TextBlock {
  return { kind: 'text', index, text, runs: [{ start: 0, length: text.length, node, nodeOffset: 0 }] };
}

describe('joinBrokenBlocks', () => {
  const blocks = [
    block(0, '一、收入支出预算总体情况'),
    block(1, ''),
    block(2, '年末决算执行项目5个，决算数为全年预算数的一部分，主要用于集中办'),
    block(3, '公区专项维修经费。'),
    block(4, '二、机构设置'),
  ];
  const before = JSON.stringify(blocks);
  const joined = joinBrokenBlocks(blocks);

  it('joins a block that stops mid-phrase with the next, and numbers the rest in order', () => {
    expect(joined.map((b) => [b.index, b.text])).toEqual([
      [0, '一、收入支出预算总体情况'],
      [1, '年末决算执行项目5个，决算数为全年预算数的一部分，主要用于集中办公区专项维修经费。'],
      [2, '二、机构设置'],
    ]);
    const first = blocks[2]!.text.length;
    expect(joined[1]!.runs).toEqual([
      { start: 0, length: first, node: 2, nodeOffset: 0 },
      { start: first, length: blocks[3]!.text.length, node: 3, nodeOffset: 0 },
    ]);
  });

  it('leaves its input unchanged', () => {
    expect(JSON.stringify(blocks)).toBe(before);
  });
});

describe('joinBrokenBlocks: an amount carried over a break', () => {
  it.each<[string, string[], string[]]>([
    [
      'a slot waiting for its amount is joined to it',
      ['27、城乡社区支出（类）城乡社区管理事务（款）其他城乡社区管理事务支出（项）7957.59万元，用于事业单位运行所需人员经费。年初预算为', '7851.46万元，支出决算为7957.59万元。'],
      ['27、城乡社区支出（类）城乡社区管理事务（款）其他城乡社区管理事务支出（项）7957.59万元，用于事业单位运行所需人员经费。年初预算为7851.46万元，支出决算为7957.59万元。'],
    ],
    [
      'a numbered heading after a phrase that waits for nothing stays apart',
      ['2024年度收入合计564.55万元，其中财政拨款收入564.55万元，主要用于保障机构运转和', '1. 基本支出383.08万元。'],
      ['2024年度收入合计564.55万元，其中财政拨款收入564.55万元，主要用于保障机构运转和', '1. 基本支出383.08万元。'],
    ],
  ])('%s', (_name, texts, expected) => {
    expect(joinBrokenBlocks(texts.map((text, i) => block(i, text))).map((b) => b.text)).toEqual(expected);
  });
});
