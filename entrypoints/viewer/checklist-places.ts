/**
 * Where the checklist's ✗ items whose places belong to no finding lead in the viewer ("定位" in the
 * panel's checklist view, the message suanpan:reveal-place), as content/marks.ts's placeChecklist does
 * on a page. The worker places findings' figures (place.ts); these items' places are handed to it as
 * findings of a probe report, one per item, and the mark that leads each probe finding is that item's
 * first place on the pages. Pure.
 */
import type { DocumentReport, Finding } from '../../lib/report';
import type { PdfMark, PdfPlacement } from './place';

/** A report whose findings are the items to place (their places as figures), and the items' ids in that order. */
export function checklistProbe(report: DocumentReport): { probe: DocumentReport; items: string[] } | null {
  const items = (report.checklist?.items ?? []).filter((item) => item.status === 'fail' && item.findings.length === 0 && item.places.length > 0);
  if (items.length === 0) return null;
  const findings = items.map((item) => ({ check: 'checklist', severity: 'info', message: item.label, figures: item.places }) as unknown as Finding);
  return { probe: { ...report, findings, verified: [] }, items: items.map((item) => item.id) };
}

/** By item id, the mark of its first place found on the pages. */
export function placesFrom(placement: PdfPlacement, items: readonly string[]): Map<string, PdfMark> {
  const out = new Map<string, PdfMark>();
  items.forEach((id, index) => {
    const mark = placement.marks.find((m) => m.leadOf.includes(index));
    if (mark) out.set(id, mark);
  });
  return out;
}
