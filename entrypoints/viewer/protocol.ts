/**
 * The messages between the viewer page and its engine worker (engine-worker.ts): check one PDF, or a
 * 情况说明 and its 附表 given as two PDFs (one disclosure, merged as the CLI merges them).
 */
import type { Locale } from '../../lib/i18n/render';
import type { PdfProblem } from '../../lib/pdf';
import type { DocumentReport } from '../../lib/report';
import type { PdfPlacement } from './place';

export type EngineRequest = CheckRequest | PlaceRequest;

/**
 * Read the PDFs, lay them out, audit them, place the figures; the worker keeps the document for
 * PlaceRequests. Two files are audited as one document when they are one disclosure (pair.ts); when
 * they are not, the first is checked alone and the reply says why.
 */
export interface CheckRequest {
  kind: 'check';
  id: number;
  /**
   * One file, or two: each file's bytes (transferred) and its address or file name (the report's
   * source), in the order the user gave them.
   */
  files: Array<{ data: Uint8Array; source: string }>;
  locale: Locale;
  disabledChecks: string[];
  /** pdf.js's CMaps and standard fonts among the extension's files (absolute URLs). */
  cMapUrl: string;
  standardFontDataUrl: string;
}

/** Place the figures of another report on the last document checked (the report with the history's findings). */
export interface PlaceRequest {
  kind: 'place';
  id: number;
  report: DocumentReport;
}

export interface PageSize {
  /** The page's number in the viewer: the pages of a second file follow the first file's. */
  number: number;
  width: number;
  height: number;
  /** Which of the files shown (0 unless two were checked together), and the page's number in it. */
  file?: number;
  local?: number;
}

/** One of the files shown: its address or name, and how many of the viewer's pages are its. */
export interface ShownFile {
  source: string;
  pages: number;
}

export interface CheckReply {
  id: number;
  ok: true;
  report: DocumentReport;
  placement: PdfPlacement;
  title: string;
  texts: string[];
  /** The pages read (at scale 1, as displayed). */
  pages: PageSize[];
  numPages: number;
  truncated: boolean;
  /** Time in the worker: pdf.js reading the pages, and layout + audit + placement. */
  readMs: number;
  checkMs: number;
  /** A pair's reply: the files shown, in the order of their pages (the 情况说明 first). */
  files?: ShownFile[];
  /** A pair's reply when the files are not one disclosure: why only the first was checked. */
  apart?: 'kind' | 'year' | 'unit' | 'undetected';
}

export type EngineReply =
  | CheckReply
  | { id: number; ok: true; placement: PdfPlacement }
  | { id: number; ok: false; problem: PdfProblem | null; message: string };
