/** Test helpers: a saved or on-screen document from a few lines of prose. */
import { documentFromText } from '../../lib/model/from-text';
import type { ComparableDocument } from '../../lib/history/compare';
import { keyFiguresOf } from '../../lib/history/key-figures';
import { unitKey } from '../../lib/history/unit-key';

let clock = Date.UTC(2025, 0, 1);

export function doc(unit: string, year: number, kind: '预算' | '决算', text: string, url = `https://x.gov.cn/${unit}/${year}-${kind}.html`): ComparableDocument {
  const { document } = documentFromText(text, url);
  clock += 60_000;
  return {
    url,
    title: `${unit}${year}年度${kind}公开说明`,
    unitKey: unitKey(unit),
    year,
    kind,
    readAt: new Date(clock).toISOString(),
    figures: keyFiguresOf(document.blocks, kind),
  };
}
