/**
 * One disclosure, several files: a 情况说明 and its 附表 published as two files ("x-text.pdf" or "x.pdf",
 * and "x-tables.pdf") are audited as one document, so that a finding can cite the prose and the tables.
 *
 * Two files are grouped only when all of these hold:
 *   - their names are one name with a text suffix (-text, -说明, -情况说明, or none) and a tables suffix
 *     (-tables, -table, -附表), in the same folder, and there is exactly one of each;
 *   - both are detected as disclosures of the same kind and year;
 *   - their units agree: a unit one of them names (detected, or declared on a “部门：X” line above its
 *     tables) is named in the other's text (spaces ignored, a leading 中共 optional). A file of tables
 *     often has no title, so its unit is only on those lines.
 * Anything else is audited alone, as before; so is standard input (-).
 */
import { basename, dirname, extname, join } from 'node:path';
import { mergeDocuments, type DisclosureDocument } from '../../lib';
import { apartBecause } from '../../lib/model/same-disclosure';

const STDIN = '-';
const TEXT_SUFFIX = /[-_](text|说明|情况说明)$/i;
const TABLES_SUFFIX = /[-_](tables?|附表)$/i;

export interface Loaded {
  path: string;
  document: DisclosureDocument;
}

export interface Group {
  paths: string[];
  document: DisclosureDocument;
}

/** The name a file shares with the other files of its disclosure, and what it holds. */
export function roleOf(path: string): { stem: string; role: 'text' | 'tables' } {
  const name = basename(path, extname(path));
  const folder = dirname(path);
  if (TABLES_SUFFIX.test(name)) return { stem: join(folder, name.replace(TABLES_SUFFIX, '')), role: 'tables' };
  return { stem: join(folder, name.replace(TEXT_SUFFIX, '')), role: 'text' };
}

/** May these two (a text and a tables file) be one disclosure? */
export function sameDisclosure(text: DisclosureDocument, tables: DisclosureDocument): boolean {
  return apartBecause(text, tables) === null;
}

/**
 * The files as the documents to audit, in the order given: each text file with its tables file where
 * they are one disclosure (merged, `source` "text + tables"), every other file alone.
 */
export function groupDisclosures(loaded: readonly Loaded[]): Group[] {
  const byStem = new Map<string, Loaded[]>();
  for (const item of loaded) {
    // Standard input is never part of a group.
    if (item.path === STDIN) continue;
    const { stem } = roleOf(item.path);
    byStem.set(stem, [...(byStem.get(stem) ?? []), item]);
  }
  const partner = new Map<Loaded, Loaded>();
  for (const members of byStem.values()) {
    const texts = members.filter((item) => roleOf(item.path).role === 'text');
    const tables = members.filter((item) => roleOf(item.path).role === 'tables');
    if (texts.length !== 1 || tables.length !== 1) continue;
    const [text, table] = [texts[0]!, tables[0]!];
    if (!sameDisclosure(text.document, table.document)) continue;
    partner.set(text, table);
    partner.set(table, text);
  }
  const groups: Group[] = [];
  const done = new Set<Loaded>();
  for (const item of loaded) {
    if (done.has(item)) continue;
    const other = partner.get(item);
    if (!other) {
      groups.push({ paths: [item.path], document: item.document });
      done.add(item);
      continue;
    }
    const [text, table] = roleOf(item.path).role === 'text' ? [item, other] : [other, item];
    // Named by the paths given (the CLI's documents are already), so `source` is "text + tables" as the user wrote them.
    const parts = [text, table].map(({ path, document }) => ({ ...document, source: path }));
    groups.push({ paths: [text.path, table.path], document: mergeDocuments(parts).document });
    done.add(text).add(table);
  }
  return groups;
}
