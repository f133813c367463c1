import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BOOKMARK, OUT_DIR, SEED_PAGES, readSeed, renderSeedPage } from '../../scripts/make-seed-pages';

const squash = (s: string): string => s.replace(/\s+/gu, '');

describe.each(SEED_PAGES.map((spec) => [spec.name, spec] as const))('seed page %s', (name, spec) => {
  const seed = readSeed(spec);
  const html = renderSeedPage(name, seed);
  const { document } = parseHTML(html);
  const content = document.querySelector('.TRS_Editor .WordSection1');

  it('keeps the seed text exactly (every figure, in order)', () => {
    expect(content).not.toBeNull();
    expect(squash(content!.textContent ?? '')).toBe(squash(seed.split(BOOKMARK).join('')));
  });

  it('has one paragraph per non-empty seed line', () => {
    const lines = seed.split(/\r?\n/).filter((l) => l.trim() !== '');
    const paras = [...content!.querySelectorAll('p')].map((p) => squash(p.textContent ?? ''));
    expect(paras).toEqual(lines.map((l) => squash(l.split(BOOKMARK).join(''))));
  });

  it('regenerates byte-identically and matches the committed page', () => {
    expect(renderSeedPage(name, seed)).toBe(html);
    const committed = readFileSync(new URL(`${name}.html`, OUT_DIR), 'utf8');
    expect(committed).toBe(html);
  });

  it('has the page shell of a government article page', () => {
    const title = spec.unit + spec.title;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.querySelector('title')?.textContent).toBe(title);
    expect(document.querySelector('h1')?.textContent).toBe(title);
    expect(document.querySelector('.crumb')?.textContent).toMatch(/^当前位置：首页 > 政务公开 > 财政预决算/);
    expect(document.querySelector('.info')?.textContent).toContain(`发布时间：${spec.site.pubDate}`);
    const footer = document.querySelector('.footer')?.textContent ?? '';
    expect(footer).toContain(spec.site.icp);
    expect(footer).toContain(`网站标识码：${spec.site.siteCode}`);
    expect(footer).toMatch(/联系电话：\d{3,4}-\d{7,8}/);
  });

  it('loads nothing and runs nothing', () => {
    expect(document.querySelectorAll('script, iframe, link, img').length).toBe(0);
    expect(html).not.toMatch(/\ssrc=/);
  });

  it('has Word-export noise, but never a break or space inside a number', () => {
    expect(html).toContain('<o:p></o:p>');
    expect(html).toContain('&nbsp;');
    expect(html).toMatch(/<span lang="EN-US"[^>]*>\d+<\/span><span lang="EN-US"[^>]*>[\d.]/);
    const brs = html.match(/.<br>./gu) ?? [];
    expect(brs.length).toBeGreaterThanOrEqual(3);
    for (const b of brs) expect(b).toMatch(/^\p{Script=Han}<br>\p{Script=Han}$/u);
    if (seed.includes(BOOKMARK)) expect(html).toContain('<a name="_GoBack"></a>');
    expect(html).not.toContain('[bookmark');
  });
});

describe('renderSeedPage', () => {
  it('rejects an unknown page name', () => {
    expect(() => renderSeedPage('nowhere-2024', 'x')).toThrow(/unknown seed page/);
  });
});
