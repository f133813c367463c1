/**
 * Suanpan's engine: pure TypeScript, no DOM globals, no extension APIs. It runs unchanged in Node (CLI,
 * tests) and in the page (content script).
 *
 *   const { document, textNodes } = documentFromDom(root, location.href, title);
 *   const report = auditDocument(document);            // or step through createAudit() in idle time
 *   report.findings[i].figures[j].at → { block, start, end } → sourceSpans(document.blocks[block].runs, start, end)
 *     → [{ node, start, end }] where node indexes textNodes.
 */
export type { DisclosureDocument, TextBlock, TableGrid, TableCell, SourceRun, SourceSpan } from './model/document';
export { runsAt, sourceSpans } from './model/document';
export { documentFromText } from './model/from-text';
export { createDocumentFromDom, documentFromDom } from './model/from-dom';
export type { DomNodeLike, DomBuildOptions, DomSource } from './model/from-dom';
export * from './report';
export { auditDocument, createAudit } from './engine';
export type { AuditOptions, CheckedRelation, TracedReport } from './engine';
export { detectDisclosure, mightBeDisclosure } from './detect';
export type { Detection } from './detect';
export { CHECK_FAMILIES } from './checks/registry';
