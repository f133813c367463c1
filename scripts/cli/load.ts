/**
 * Reading a saved page from disk into the engine's document model: decode (UTF-8, or GBK/GB18030 as
 * the page declares or as the bytes require), refuse what is not text, parse HTML with linkedom.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { documentFromDom, documentFromText, type DisclosureDocument, type DomNodeLike } from '../../lib';

export class InputError extends Error {}

export const READABLE_EXTENSIONS = new Set(['.html', '.htm', '.txt', '.shtml', '.xhtml']);
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
  const { document } = parseHTML(html);
  const title = (document.title || document.querySelector('h1')?.textContent || '').trim();
  const root = (document.body ?? document.documentElement) as unknown as DomNodeLike;
  return documentFromDom(root, source, title).document;
}

export async function loadDocument(path: string): Promise<DisclosureDocument> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(`无法读取 ${path}：${(error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message}`);
  }
  if (!info.isFile()) throw new InputError(`无法读取 ${path}：不是文件`);
  const extension = extname(path).toLowerCase();
  if (!READABLE_EXTENSIONS.has(extension)) throw new InputError(`无法读取 ${path}：只支持 .html、.htm、.txt 文件`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`无法读取 ${path}：${(error as Error).message}`);
  }
  if (bytes.length > MAX_FILE_BYTES) bytes = bytes.subarray(0, MAX_FILE_BYTES);
  if (looksBinary(bytes)) throw new InputError(`无法读取 ${path}：不是文本或网页文件（含二进制内容）`);
  const text = decode(bytes);
  const isHtml = extension !== '.txt' || /^\s*<(!doctype|html|head|body|meta|div|p|table)/i.test(text);
  return isHtml ? documentFromHtml(text, path) : documentFromText(text, path).document;
}
