/**
 * A 情况说明 and its 附表 opened together in the viewer (two files picked or dropped, or two addresses in
 * ?src=): whether they are one disclosure, which is which, and one PdfSource for both, so that the
 * engine checks the prose against the tables and a finding's figures are placed on either file's pages.
 * Pure (no DOM, no extension API): it runs in pair-worker.ts, and in the unit tests.
 *
 * The rule is the command line's (scripts/cli/group.ts, sameDisclosure), less the file names: the
 * user chose the two files, so their names are not asked to pair; but they are merged only when both
 * are detected as disclosures of the same kind and year, and a unit one of them names (detected, or on a
 * “部门：X” line above its tables) is named in the other's text. Two documents of two units merged
 * would compare one unit's prose with the other's tables: every difference a false error.
 * (group.ts imports node:path, which a worker has not; the rule is restated here, a dozen lines.)
 */
import { detectDisclosure } from '../../lib/detect';
import type { DisclosureDocument } from '../../lib/model/document';
import { mergeDocuments, type MergedDocument } from '../../lib/model/merge';
import type { PdfPiece, PdfSource } from '../../lib/pdf';

const squeeze = (text: string) => text.replace(/[\s\u3000]/g, '');

function unitsNamed(document: DisclosureDocument): string[] {
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

function unitsAgree(a: DisclosureDocument, b: DisclosureDocument): boolean {
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

const proseLength = (document: DisclosureDocument) => document.blocks.reduce((sum, block) => sum + block.text.length, 0);

/**
 * The order to merge and show two documents in: the 情况说明 first (the one with more prose), as the
 * model orders prose before tables; the order given when they have the same amount of prose.
 */
export function textFirst<T extends { document: DisclosureDocument }>(pair: readonly [T, T]): [T, T] {
  const [a, b] = pair;
  return proseLength(b.document) > proseLength(a.document) ? [b, a] : [a, b];
}

/** A piece of a later file: its page numbered after the pages of the files before it. */
export function shiftPages(pieces: readonly PdfPiece[], by: number): PdfPiece[] {
  return by === 0 ? [...pieces] : pieces.map((piece) => ({ ...piece, page: piece.page + by }));
}

/**
 * Two PDFs' sources as one: the documents merged (lib/model/merge.ts, each part's node count its
 * pieces, so a merged node indexes the pieces concatenated), the second file's pieces on pages
 * numbered after the first file's `pagesBefore`.
 */
export function mergePdfSources(parts: ReadonlyArray<{ source: PdfSource; pageOffset: number }>): PdfSource & { merged: MergedDocument } {
  const merged = mergeDocuments(parts.map(({ source }) => ({ document: source.document, nodes: source.pieces.length })));
  const pieces = parts.flatMap(({ source, pageOffset }) => shiftPages(source.pieces, pageOffset));
  return { document: merged.document, pieces, merged };
}
