/**
 * Suanpan's engine: pure TypeScript, no DOM globals, no extension APIs. It runs unchanged in Node (CLI,
 * tests) and in the page (content script).
 *
 *   const { document, textNodes } = documentFromDom(root, location.href, title);
 *   const report = auditDocument(document);            // or step through createAudit() in idle time
 *   report.findings[i].figures[j].at → { block, start, end } → sourceSpans(document.blocks[block].runs, start, end)
 *     → [{ node, start, end }] where node indexes textNodes.
 */
import { auditDocument as auditWithEngine, createAudit as createEngineAudit, type AuditOptions, type TracedReport } from './engine';
import { describe as describeIn } from './i18n/dictionaries';
import type { Locale } from './i18n/render';
import type { DisclosureDocument } from './model/document';

export type { DisclosureDocument, TextBlock, TableGrid, TableCell, SourceRun, SourceSpan } from './model/document';
export { runsAt, sourceSpans } from './model/document';
export { documentFromText } from './model/from-text';
export { mergeDocuments, placeOf, SOURCE_JOINER } from './model/merge';
export type { FilePlace, MergedDocument, MergedFile, MergePart } from './model/merge';
export { createDocumentFromDom, documentFromDom } from './model/from-dom';
export type { DomNodeLike, DomBuildOptions, DomSource } from './model/from-dom';
export * from './report';
export type { AuditOptions, CheckedRelation, TracedReport } from './engine';
export type { Explain, ExplainArg } from './i18n/explain';
export { ExplainSchema } from './i18n/explain';
export type { Locale } from './i18n/render';
export { LOCALES } from './i18n/render';

/** Node's audit options: the engine's, plus the language of the messages (Chinese unless told otherwise). */
export interface NodeAuditOptions extends AuditOptions {
  locale?: Locale;
}

function withWords(options: NodeAuditOptions): AuditOptions {
  const locale = options.locale ?? 'zh_CN';
  return { ...options, describe: options.describe ?? ((explain) => describeIn(explain, locale)) };
}

/**
 * The whole audit in one go, messages rendered from the dictionaries in locales/ (this entry point is
 * for Node: the extension calls ./engine directly and renders with browser.i18n).
 */
export function auditDocument(document: DisclosureDocument, options: NodeAuditOptions = {}): TracedReport {
  return auditWithEngine(document, withWords(options));
}

/** The audit as resumable steps (see ./engine), messages rendered as auditDocument does. */
export function createAudit(document: DisclosureDocument, options: NodeAuditOptions = {}): Generator<void, TracedReport, void> {
  return createEngineAudit(document, withWords(options));
}
export { detectDisclosure, mightBeDisclosure } from './detect';
export type { Detection } from './detect';
export { CHECK_FAMILIES } from './checks/registry';
