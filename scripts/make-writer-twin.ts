/**
 * Development aid: a disclosure page as a Word user would publish it. The page's article (the element
 * given, or the whole body) goes through LibreOffice Writer into .docx and from there into PDF, as a
 * unit that pastes its web text into Word and exports a PDF does. Needs LibreOffice
 * (Debian: `apt-get install libreoffice-writer`).
 *   npx tsx scripts/make-writer-twin.ts PAGE.html OUT.pdf [#id | .class]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

const [page, out, selector] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: npx tsx scripts/make-writer-twin.ts PAGE.html OUT.pdf [#id | .class]');
  process.exit(2);
}
const { document } = parseHTML(readFileSync(page, 'utf8'));
const article = selector ? document.querySelector(selector) : document.body;
if (!article) {
  console.error(`${page}: nothing matches ${selector}`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'suanpan-twin-'));
try {
  writeFileSync(join(work, 'page.html'), `<html><head><meta charset="utf-8"><title>${document.title}</title></head><body>${article.outerHTML}</body></html>`);
  const soffice = (...args: string[]) => {
    const result = spawnSync('soffice', ['--headless', ...args], { cwd: work, encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0) throw new Error(`soffice ${args.join(' ')}: ${result.stderr || result.error?.message}`);
  };
  soffice('--infilter=HTML (StarWriter)', '--convert-to', 'docx', 'page.html');
  soffice('--convert-to', 'pdf', 'page.docx');
  copyFileSync(join(work, 'page.pdf'), out);
  console.log(`${out}: made by LibreOffice Writer from ${page}${selector ? ` (${selector})` : ''}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
