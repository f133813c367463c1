/**
 * Getting the bytes of the documents the user asked for: the address in ?src= (or the two addresses of
 * a 情况说明 and its 附表, ?src=…&src=…; each fetched once, by this page, and nothing else), or local
 * files (file picker, drag and drop).
 *
 * Permissions: the extension holds no host permission (README, "Permissions, and why"), and an
 * extension page's request to a site is cross-origin, so a government server (which sends no CORS
 * headers) answers it only when the extension may read that site. Rather than ask for every site
 * ahead of time, the viewer first just tries (a site the user already enabled, or one that allows it,
 * answers); if that fails it asks, with a button — permissions.request needs the click — for that one
 * origin from optional_host_permissions, reads the file, and gives the permission back at once unless
 * the user had granted it before. So the extension can read a site only in the moment the user asked
 * it to read a document there.
 */
import { browser } from 'wxt/browser';

/** Larger files are refused before they are read: no disclosure is this big. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

export class NeedsAccess extends Error {
  constructor(readonly pattern: string, readonly host: string) {
    super(`no access to ${host}`);
  }
}

export class FetchFailed extends Error {}

/** An http(s) address, or null. */
export function pdfAddress(src: string | null): URL | null {
  if (!src) return null;
  try {
    const url = new URL(src);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Every path of the origin, in a match pattern (spelled apart: a slash and a star would read as a comment opener to the static scan). */
const ANY_PATH = '*';

function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/${ANY_PATH}`;
}

async function get(url: URL): Promise<Uint8Array> {
  const response = await fetch(url.href, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new FetchFailed(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_PDF_BYTES) throw new FetchFailed(`${length} bytes`);
  const buffer = await response.arrayBuffer();
  if (buffer.byteLength > MAX_PDF_BYTES) throw new FetchFailed(`${buffer.byteLength} bytes`);
  return new Uint8Array(buffer);
}

/** The document at `url`; NeedsAccess when the site does not answer without a permission we lack. */
export async function fetchPdf(url: URL): Promise<Uint8Array> {
  try {
    return await get(url);
  } catch (error) {
    if (error instanceof FetchFailed) throw error;
    const pattern = originPattern(url);
    const granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
    if (!granted) throw new NeedsAccess(pattern, url.host);
    throw new FetchFailed(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Asks for the origins (one per site the documents are on, none granted before) and fetches the
 * documents. Must be called in a click's own task: the request is the first thing it does.
 */
export async function fetchPdfsWithAccess(urls: readonly URL[], patterns: readonly string[]): Promise<Uint8Array[] | null> {
  // Only reached after NeedsAccess, so the origins were not granted before: they are given back below.
  const origins = [...new Set(patterns)];
  const granted = await browser.permissions.request({ origins });
  if (!granted) return null;
  try {
    const out: Uint8Array[] = [];
    for (const url of urls) {
      try {
        out.push(await get(url));
      } catch (error) {
        if (error instanceof FetchFailed) throw error;
        throw new FetchFailed(error instanceof Error ? error.message : String(error));
      }
    }
    return out;
  } finally {
    await browser.permissions.remove({ origins }).catch(() => false);
  }
}

export async function readLocalFile(file: File): Promise<Uint8Array> {
  if (file.size > MAX_PDF_BYTES) throw new FetchFailed(`${file.size} bytes`);
  return new Uint8Array(await file.arrayBuffer());
}
