/**
 * What the views are given, as the views need it. The adapters' message and storage schemas
 * (entrypoints/shared: ContentStateSchema, SettingsSchema) produce values of these shapes; the views
 * never import the adapters (a test holds that arrow).
 */
import type { DocumentReport } from '../lib/report';

/** One frame's audit, as the content script reports it. */
export interface FrameStateView {
  url: string;
  title: string;
  status: 'scanning' | 'not-detected' | 'done' | 'error';
  report: DocumentReport | null;
  /** Per finding: how many of its figures are highlighted on the page. */
  placed: number[];
  error: string | null;
}

/** The user's switches. */
export interface SettingsView {
  highlights: boolean;
  showInfo: boolean;
  ticks: boolean;
}
