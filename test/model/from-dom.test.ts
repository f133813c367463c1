/** Any DOM-like tree into blocks: Word-export markup, <br> inside words, hidden UI, deep nesting. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createDocumentFromDom, documentFromDom, sourceSpans, type DomNodeLike } from '../../lib';
import { LONG_BLOCK_CHARS } from '../../lib/model/join-blocks';

function fromHtml(html: string, options = {}) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return documentFromDom(document.body as unknown as DomNodeLike, 'test', '', options);
}

describe('documentFromDom', () => {
  it.each<[string, string, string[]]>([
    ['paragraphs become blocks', '<p>甲</p><p>乙</p>', ['甲', '乙']],
    ['spans and <o:p> inside a paragraph join', '<p><span>基本支出</span><span lang="EN-US">383.08</span><span>万元</span><o:p></o:p></p>', ['基本支出383.08万元']],
    ['a <br> between two characters joins them', '<p>公务用车购<br>置及运行费3.98万元</p>', ['公务用车购置及运行费3.98万元']],
    ['a <br> between two numbers keeps them apart', '<p>12.5<br>30</p>', ['12.5 30']],
    ['scripts and styles are not text', '<p>甲<script>var x = "123.45万元";</script></p><style>p{}</style>', ['甲']],
    ['a paragraph broken mid-phrase is rejoined', '<p>年末决算执行项目 5 个，决算数 212.11 万</p><p>元，完成全年预算数 100%。</p>', ['年末决算执行项目5个，决算数212.11万元，完成全年预算数100%。']],
    ['headings are not joined to the next paragraph', '<p>二、机构设置</p><p>攀枝花市东区电子政务建设服务中心下属二级预算单位1个。</p>', ['二、机构设置', '攀枝花市东区电子政务建设服务中心下属二级预算单位1个。']],
  ])('%s', (_name, html, blocks) => {
    expect(fromHtml(html).document.blocks.map((b) => b.text)).toEqual(blocks);
  });

  it('skips the extension’s own UI', () => {
    const { document } = fromHtml('<p>甲<suanpan-ui>99.99万元</suanpan-ui></p>', { isOwnUi: (_node: DomNodeLike, name: string) => name === 'SUANPAN-UI' });
    expect(document.blocks.map((b) => b.text)).toEqual(['甲']);
  });

  it('maps a figure back to the text nodes it was printed in', () => {
    const { document, textNodes } = fromHtml('<p>基本支出<span>38</span><span>3.08万元</span></p>');
    const block = document.blocks[0]!;
    const start = block.text.indexOf('383.08');
    const spans = sourceSpans(block.runs, start, start + 6);
    expect(spans.map((s) => textNodes[s.node]!.nodeValue!.slice(s.start, s.end)).join('')).toBe('383.08');
  });

  it('reads tables into grids with their spans', () => {
    const { document } = fromHtml('<p>单位：万元</p><table><tr><th colspan="2">项目</th></tr><tr><td>合计</td><td>1,234.50</td></tr></table>');
    expect(document.tables).toHaveLength(1);
    expect(document.tables[0]!.caption).toContain('单位：万元');
    expect(document.tables[0]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([['项目'], ['合计', '1,234.50']]);
    expect(document.tables[0]!.rows[0]![0]!.colSpan).toBe(2);
  });

  it('survives 20 000 levels of nesting without overflowing the stack', () => {
    const deep = '<div>'.repeat(20_000) + '收入合计564.55万元' + '</div>'.repeat(20_000);
    const { document } = parseHTML(`<html><body>${deep}</body></html>`);
    const result = documentFromDom(document.body as unknown as DomNodeLike, 'deep', '');
    expect(result.document.blocks.map((b) => b.text)).toEqual(['收入合计564.55万元']);
  });

  it('stops at its node bound and says so', () => {
    const result = fromHtml('<p>甲</p>'.repeat(50), { maxNodes: 20 });
    expect(result.document.truncated).toBe(true);
  });
});

describe('the page changes between two steps of the walk (the content script reads the live page)', () => {
  const paragraph = (body: HTMLElement) => {
    const p = body.ownerDocument.createElement('p');
    p.textContent = '收入合计1.00万元';
    return p;
  };

  /** Walks 3 000 paragraphs, changing the page at the walk's first pause (it pauses every 2 000 nodes). */
  function walkWhileChanging(change: (body: HTMLElement) => void) {
    const { document } = parseHTML(`<!doctype html><html><body>${'<p>收入合计1.00万元</p>'.repeat(3000)}</body></html>`);
    const walk = createDocumentFromDom(document.body as unknown as DomNodeLike, 'live', '');
    let step = walk.next();
    expect(step.done).toBe(false);
    change(document.body as unknown as HTMLElement);
    while (!step.done) step = walk.next();
    return step.value.document.blocks.map((block) => block.text);
  }

  it.each<[string, (body: HTMLElement) => void, (blocks: string[]) => void]>([
    ['nothing changes', () => {}, (blocks) => expect(blocks).toHaveLength(3000)],
    ['the rest of the page is removed: the walk ends early', (body) => body.replaceChildren(), (blocks) => expect(blocks.length).toBeLessThan(3000)],
    ['paragraphs are added at the end: they are read', (body) => body.append(...Array.from({ length: 10 }, () => paragraph(body))), (blocks) => expect(blocks).toHaveLength(3010)],
    ['paragraphs are moved to the front: no error, nothing read twice', (body) => body.prepend(...[...body.children].slice(-100)), (blocks) => expect(blocks.length).toBeLessThanOrEqual(3000)],
  ])('%s', (_name, change, expectBlocks) => {
    const blocks = walkWhileChanging(change);
    for (const text of blocks) expect(text).toBe('收入合计1.00万元');
    expectBlocks(blocks);
  });
});

describe('a paragraph too long for one engine step is cut into blocks', () => {
  const sentence = '基本支出424.01万元，比上年减少3.61万元，主要原因是人员变动。';
  const cases: Array<[string, string, (text: string) => void]> = [
    ['sentences', sentence.repeat(2000), (text) => expect(text.endsWith('。')).toBe(true)],
    ['no sentence end at all', '1%'.repeat(30_000), (text) => expect(text).toMatch(/^(1%)+$/)],
    ['money without punctuation', '1万元'.repeat(20_000), (text) => expect(text).toMatch(/^(1万元)+$/)],
  ];
  it.each(cases)('%s: blocks at most LONG_BLOCK_CHARS, nothing lost, no number split', (_name, paragraph, eachBlock) => {
    const { document } = fromHtml(`<p>${paragraph}</p>`);
    expect(document.blocks.length).toBeGreaterThan(1);
    for (const block of document.blocks) {
      expect(block.text.length).toBeLessThanOrEqual(LONG_BLOCK_CHARS);
      eachBlock(block.text);
    }
    expect(document.blocks.map((block) => block.text).join('')).toBe(paragraph);
  });

  it('keeps a normal paragraph whole', () => {
    const { document } = fromHtml(`<p>${sentence.repeat(20)}</p>`);
    expect(document.blocks).toHaveLength(1);
  });
});
