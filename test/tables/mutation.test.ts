/**
 * Mutation test over table cells: every cell that takes part in an identity the engine checked is
 * changed in turn (its leading digit moved by one); the engine must then raise an error naming that
 * cell. Runs over the sample tables and every fixture page in test/fixtures/tables.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, type DisclosureDocument } from '../../lib';
import type { Figure } from '../../lib/figures/figure';
import { documentFromHtml } from '../../scripts/cli/load';
import * as samples from './sample';

const FIXTURES = join(__dirname, '../fixtures/tables');

function pages(): Array<[string, DisclosureDocument]> {
  const out: Array<[string, DisclosureDocument]> = Object.entries(samples).map(([name, html]) => [name, documentFromHtml(`<html><body>${html}</body></html>`, name)]);
  if (existsSync(FIXTURES)) {
    for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) out.push([file, documentFromHtml(readFileSync(join(FIXTURES, file), 'utf8'), file)]);
  }
  return out;
}

function withCell(document: DisclosureDocument, figure: Figure, text: string): DisclosureDocument {
  const { table, row, cell } = figure.cell!;
  const tables = document.tables.map((t, ti) =>
    ti !== table ? t : { ...t, rows: t.rows.map((r, ri) => (ri !== row ? r : r.map((c, ci) => (ci !== cell ? c : { ...c, text: c.text.slice(0, figure.start) + text + c.text.slice(figure.end) })))) },
  );
  return { ...document, tables };
}

function bumpLeadingDigit(text: string): string {
  const i = text.search(/[1-9]/);
  if (i < 0) return text.replace(/0/, '5');
  const digit = Number(text[i]);
  return text.slice(0, i) + String(digit === 9 ? 1 : digit + 1) + text.slice(i + 1);
}

describe('mutation test over table cells', () => {
  for (const [name, document] of pages()) {
    it(`${name}: every checked cell, when changed, raises an error naming it`, () => {
      const original = auditDocument(document, { force: true });
      const inError = new Set(original.findings.filter((f) => f.severity === 'error').flatMap((f) => f.figures.map((g) => JSON.stringify(g.at))));
      const cells = new Map<string, Figure>();
      for (const relation of original.checkedRelations) {
        if (!relation.check.startsWith('table-')) continue;
        for (const figure of relation.figures) if (figure.cell && !inError.has(JSON.stringify({ block: -1, ...figure.cell, start: figure.start, end: figure.end }))) cells.set(JSON.stringify(figure.cell), figure);
      }
      const missed: string[] = [];
      for (const figure of cells.values()) {
        const mutated = withCell(document, figure, bumpLeadingDigit(figure.text));
        const report = auditDocument(mutated, { force: true });
        const named = report.findings.some((f) => f.severity === 'error' && f.figures.some((g) => g.at?.table === figure.cell!.table && g.at?.row === figure.cell!.row && g.at?.cell === figure.cell!.cell));
        if (!named) missed.push(`${figure.text} at ${JSON.stringify(figure.cell)}`);
      }
      console.log(`${name}: ${cells.size - missed.length}/${cells.size} changed cells caught${missed.length ? `; missed: ${missed.join('; ')}` : ''}`);
      // A page whose every checked cell already stands in an error (a small planted table) has nothing left to mutate.
      if (cells.size === 0) expect(original.findings.some((f) => f.severity === 'error')).toBe(true);
      expect(missed).toEqual([]);
    });
  }
});
