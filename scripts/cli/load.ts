/**
 * Reading a saved page from disk into the engine's document model: decode (UTF-8, or GBK/GB18030 as
 * the page declares or as the bytes require), refuse what is not text, parse HTML with linkedom.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { documentFromDom, documentFromText, type DisclosureDocument, type DomNodeLike } from '../../lib';
import { say, type Words } from '../../lib/export/words';
import { lookupFor } from '../../lib/i18n/dictionaries';
import { documentFromPdf, looksLikePdf, PdfReadError } from '../../lib/pdf';
import { loadPdfJs } from './pdf';

export class InputError extends Error {}

export const READABLE_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.shtml', '.xhtml', '.pdf']);
/** Larger files are read only up to this size (the engine marks the document truncated). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head);
  return match ? match[1]!.toLowerCase() : null;
}

export function decode(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: Chinese government pages that are not UTF-8 are almost always GBK.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function documentFromHtml(html: string, source: string): DisclosureDocument {
  let { document } = parseHTML(html);
  // Text or comments with no element at all (a ".html" that holds only words) parse to no root.
  if (!document.documentElement) ({ document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`));
  const title = (document.title || document.querySelector('h1')?.textContent || '').trim();
  const root = (document.body ?? document.documentElement) as unknown as DomNodeLike;
  return documentFromDom(root, source, title).document;
}

/** Reads a saved page; `words` (Chinese unless given) says why when it cannot. */
export async function loadDocument(path: string, words: Words = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' }): Promise<DisclosureDocument> {
  const unreadable = (reason: string) => new InputError(say(words, 'cli_unreadable', { file: path, reason }));
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw unreadable((error as NodeJS.ErrnoException).code === 'ENOENT' ? say(words, 'cli_missing') : (error as Error).message);
  }
  if (!info.isFile()) throw unreadable(say(words, 'cli_notAFile'));
  const extension = extname(path).toLowerCase();
  if (!READABLE_EXTENSIONS.has(extension)) throw unreadable(say(words, 'cli_badExtension', { extensions: extensionsText(words) }));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw unreadable((error as Error).message);
  }
  if (extension === '.pdf' || looksLikePdf(bytes)) return loadPdf(bytes, path, unreadable, words);
  if (bytes.length > MAX_FILE_BYTES) bytes = bytes.subarray(0, MAX_FILE_BYTES);
  if (looksBinary(bytes)) throw unreadable(say(words, 'cli_binary'));
  const text = decode(bytes);
  if (text.trim() === '') throw unreadable(say(words, 'cli_empty'));
  const isHtml = extension !== '.txt' || /^\s*<(!doctype|html|head|body|meta|div|p|table)/i.test(text);
  return isHtml ? documentFromHtml(text, path) : documentFromText(text, path).document;
}

/**
 * `-`: a page or a text from standard input (`curl … | npm run audit -- -`), named "-" in the report.
 * HTML when it starts like markup, text otherwise; the same checks as a file's.
 */
export async function loadStdin(words: Words, input: AsyncIterable<Buffer | string> | Iterable<Buffer | string> = process.stdin): Promise<DisclosureDocument> {
  const unreadable = (reason: string) => new InputError(say(words, 'cli_unreadable', { file: say(words, 'cli_stdin'), reason }));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size < MAX_FILE_BYTES) chunks.push(buffer);
    size += buffer.length;
  }
  const bytes = new Uint8Array(Buffer.concat(chunks).subarray(0, MAX_FILE_BYTES));
  if (looksBinary(bytes)) throw unreadable(say(words, 'cli_binary'));
  const text = decode(bytes);
  if (text.trim() === '') throw unreadable(say(words, 'cli_empty'));
  return /^\s*</.test(text) ? documentFromHtml(text, '-') : documentFromText(text, '-').document;
}

/** The extensions the CLI reads, for a message: ".html、.htm…" in Chinese, ".html, .htm…" in English. */
export function extensionsText(words: Words): string {
  return [...READABLE_EXTENSIONS].join(words.locale === 'zh_CN' ? '、' : ', ');
}

/** A PDF (by extension or by its first bytes): read with pdf.js; what cannot be read says why. */
async function loadPdf(bytes: Uint8Array, path: string, unreadable: (reason: string) => InputError, words: Words): Promise<DisclosureDocument> {
  if (!looksLikePdf(bytes)) throw unreadable(say(words, 'cli_pdfNotPdf'));
  const { pdfjs, documentParams } = await loadPdfJs();
  try {
    return (await documentFromPdf(bytes, pdfjs, path, { documentParams })).document;
  } catch (error) {
    if (!(error instanceof PdfReadError)) throw error;
    const key = { encrypted: 'cli_pdfEncrypted', scanned: 'cli_pdfScanned', corrupt: 'cli_pdfCorrupt', empty: 'cli_pdfEmpty', timeout: 'cli_pdfTimeout' }[error.problem];
    throw unreadable(say(words, key, { reason: error.message }));
  }
}
