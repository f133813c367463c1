/**
 * What the extension should paint, computed in Node by the engine itself over the same HTML (linkedom
 * + documentFromDom), so the browser tests compare the page with the engine, not with a copy of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { auditDocument, documentFromDom, sourceSpans, type DocumentReport, type DomNodeLike, type Severity } from '../../lib';
import { ROOT } from './harness';

export interface PaintedSpan {
  severity: Severity;
  text: string;
}

export interface Reference {
  report: DocumentReport;
  /** Every stretch of page text that must be highlighted as an error or warning, sorted. */
  spans: PaintedSpan[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function sortSpans(spans: PaintedSpan[]): PaintedSpan[] {
  return [...spans].sort((a, b) => a.severity.localeCompare(b.severity) || a.text.localeCompare(b.text));
}

export function referenceFor(html: string, url: string, severities: Severity[] = ['error', 'warning']): Reference {
  const { document } = parseHTML(html);
  const { document: model, textNodes } = documentFromDom(document.body as unknown as DomNodeLike, url, document.title);
  const report = auditDocument(model);
  const bySpan = new Map<string, PaintedSpan>();
  for (const finding of report.findings) {
    if (!severities.includes(finding.severity)) continue;
    for (const figure of finding.figures) {
      if (!figure.at) continue;
      const block = model.blocks[figure.at.block];
      if (!block) continue;
      for (const span of sourceSpans(block.runs, figure.at.start, figure.at.end)) {
        const key = `${span.node}:${span.start}-${span.end}`;
        const text = (textNodes[span.node]!.nodeValue ?? '').slice(span.start, span.end);
        const existing = bySpan.get(key);
        if (!existing || RANK[finding.severity] > RANK[existing.severity]) bySpan.set(key, { severity: finding.severity, text });
      }
    }
  }
  return { report, spans: sortSpans([...bySpan.values()]) };
}

export function referenceForFile(path: string, url: string, severities?: Severity[]): Reference {
  return referenceFor(readFileSync(join(ROOT, path), 'utf8'), url, severities);
}
