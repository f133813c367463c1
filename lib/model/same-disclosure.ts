/**
 * Whether two documents are one disclosure (a 情况说明 and its 附表 published as two files), so that they
 * may be merged (./merge.ts): both detected as disclosures of the same kind and year, and a unit one of
 * them names (detected, or declared on a “部门：X” line above its tables) named in the other's text
 * (spaces ignored, a leading 中共 optional). A file of tables often has no title, so its unit is only on
 * those lines. Two documents of two units merged would compare one unit's prose with the other's
 * tables: every difference a false error. The command line (scripts/cli/group.ts, which also asks the
 * file names to pair) and the viewer (entrypoints/viewer/pair.ts) both ask here.
 */
import { detectDisclosure } from '../detect';
import type { DisclosureDocument } from './document';

const squeeze = (text: string) => text.replace(/[\s\u3000]/g, '');

/** The units a document names: the one detected, and those declared on “部门：X” lines (a 附表's captions). */
export function unitsNamed(document: DisclosureDocument): string[] {
  const units = new Set<string>();
  const detected = detectDisclosure(document).unit;
  if (detected) units.add(squeeze(detected));
  const lines = [...document.blocks.map((block) => block.text), ...document.tables.map((table) => table.caption)];
  for (const line of lines) {
    const match = /(?:^|\s)(?:部门|单位名称|部门名称|预算单位)[：:]\s*([^\s：:，。；]{4,40}?)(?=\s|$|单位[：:]|金额单位)/.exec(line);
    if (match) units.add(squeeze(match[1]!));
  }
  return [...units].filter((unit) => unit.length >= 4);
}

function textOf(document: DisclosureDocument): string {
  return squeeze([document.title, ...document.blocks.map((block) => block.text), ...document.tables.map((table) => table.caption)].join('\n'));
}

/** Does either document name a unit that the other's text names too? */
export function unitsAgree(a: DisclosureDocument, b: DisclosureDocument): boolean {
  const named = (unit: string, text: string) => text.includes(unit) || (unit.startsWith('中共') && unit.length >= 6 && text.includes(unit.slice(2)));
  const textA = textOf(a);
  const textB = textOf(b);
  return unitsNamed(a).some((unit) => named(unit, textB)) || unitsNamed(b).some((unit) => named(unit, textA));
}

/** Why two documents are not one disclosure, or null when they are. */
export function apartBecause(a: DisclosureDocument, b: DisclosureDocument): 'undetected' | 'kind' | 'year' | 'unit' | null {
  const x = detectDisclosure(a);
  const y = detectDisclosure(b);
  if (!x.detected || !y.detected || x.kind === null || x.year === null) return 'undetected';
  if (x.kind !== y.kind) return 'kind';
  if (x.year !== y.year) return 'year';
  return unitsAgree(a, b) ? null : 'unit';
}
