/** The messages between the viewer page and its engine worker (engine-worker.ts). */
import type { Locale } from '../../lib/i18n/render';
import type { PdfPages } from '../../lib/pdf';
import type { DocumentReport } from '../../lib/report';
import type { PdfPlacement } from './place';

export type EngineRequest = CheckRequest | PlaceRequest;

/** Read the layout, audit, place the figures; the worker keeps the document for PlaceRequests. */
export interface CheckRequest {
  kind: 'check';
  id: number;
  pages: PdfPages;
  /** The PDF's address or file name: the report's source. */
  source: string;
  locale: Locale;
  disabledChecks: string[];
}

/** Place the figures of another report on the last document checked (the report with the history's findings). */
export interface PlaceRequest {
  kind: 'place';
  id: number;
  report: DocumentReport;
}

export type EngineReply =
  | { id: number; ok: true; report: DocumentReport; placement: PdfPlacement; title: string; texts: string[]; ms: number }
  | { id: number; ok: true; placement: PdfPlacement }
  | { id: number; ok: false; message: string };

export type CheckReply = Extract<EngineReply, { report: DocumentReport }>;
