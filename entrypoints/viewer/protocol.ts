/** The messages between the viewer page and its engine worker (engine-worker.ts). */
import type { Locale } from '../../lib/i18n/render';
import type { PdfProblem } from '../../lib/pdf';
import type { DocumentReport } from '../../lib/report';
import type { PdfPlacement } from './place';

export type EngineRequest = CheckRequest | PlaceRequest;

/** Read the PDF, lay it out, audit it, place the figures; the worker keeps the document for PlaceRequests. */
export interface CheckRequest {
  kind: 'check';
  id: number;
  /** The file's bytes (transferred). */
  data: Uint8Array;
  /** The PDF's address or file name: the report's source. */
  source: string;
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
  number: number;
  width: number;
  height: number;
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
}

export type EngineReply =
  | CheckReply
  | { id: number; ok: true; placement: PdfPlacement }
  | { id: number; ok: false; problem: PdfProblem | null; message: string };
