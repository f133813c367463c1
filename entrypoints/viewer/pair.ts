/**
 * A 情况说明 and its 附表 opened together in the viewer (two files picked or dropped, or two addresses in
 * ?src=): whether they are one disclosure, which is which, and one PdfSource for both, so that the
 * engine checks the prose against the tables and a finding's figures are placed on either file's pages.
 * Pure (no DOM, no extension API): it runs in engine-worker.ts, and in the unit tests.
 *
 * The rule is the command line's (lib/model/same-disclosure.ts), less the file names: the user chose
 * the two files, so their names are not asked to pair.
 */
import type { DisclosureDocument } from '../../lib/model/document';
import { mergeDocuments, type MergedDocument } from '../../lib/model/merge';
import type { PdfPiece, PdfSource } from '../../lib/pdf';

/** Why two documents are not one disclosure, or null when they are. */
export { apartBecause } from '../../lib/model/same-disclosure';

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
