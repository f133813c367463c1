/**
 * The audit: document → figures → mentions → statements → every check family → report. Written as a
 * generator so that the content script can run it in idle-time slices (one step per block or family);
 * auditDocument() runs it to the end in one go.
 */
import type { Analysis } from './checks/context';
import { FindingSink, figureAt, figureRef, type Describe } from './checks/context';
import { CHECK_FAMILIES } from './checks/registry';
import { buildChecklist } from './checklist';
import { supersede } from './checks/supersede';
import { detectDisclosure } from './detect';
import { buildFacts } from './facts';
import { extractFigures } from './figures/extract';
import type { Figure } from './figures/figure';
import type { DisclosureDocument } from './model/document';
import { looksLikeHeading } from './model/join-blocks';
import { mentionsOf, type Mention } from './prose/mentions';
import { buildStatements } from './prose/statements';
import type { DocumentReport, FigureRef, Finding } from './report';
import { balanceIdentities, knownZeroBlanksInSteps, tableIdentities as tableIdentitiesOf, type TableIdentity } from './tables/identities';
import { cellQuotes } from './tables/cell-quotes';
import { readTablesInSteps } from './tables/read';
import { totalsOf } from './totals';

/** A relation the engine checked, with the figures it binds. */
export interface CheckedRelation {
  check: string;
  figures: Figure[];
  /** 'soft': a relation that can only ever warn. */
  strength: 'hard' | 'soft';
}

/** The report plus what the engine checked, for the extension's ticks and for tests. */
export interface TracedReport extends DocumentReport {
  checkedRelations: CheckedRelation[];
}

/**
 * The report without the engine's trace (every relation with its Figure objects and their Decimals):
 * what crosses to the background and the panel, whose schemas drop the trace anyway. Serialising it
 * into every message cost ~20 ms a message on a 1 MB page.
 */
export function untraced(report: DocumentReport): DocumentReport {
  if (!('checkedRelations' in report)) return report;
  const { checkedRelations: _trace, ...rest } = report as TracedReport;
  return rest;
}

export interface AuditOptions {
  /** Check family ids switched off by the user. */
  disabledChecks?: readonly string[];
  /** Audit even when detection says it is not a disclosure (the CLI's --force, tests). */
  force?: boolean;
  /**
   * Words for each finding's explanation (its `message`). The engine imports no dictionary: the
   * content script renders with browser.i18n, Node with lib/i18n/dictionaries.ts (lib/index.ts's
   * auditDocument does so by default, in Chinese). Without it a message is its key.
   */
  describe?: Describe;
  /**
   * Asked between steps of the check families: true stops the audit there (the extension's time budget
   * per pass). Findings made so far stand; the families not finished are listed in `unfinished`.
   */
  shouldStop?: () => boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function* createAudit(document: DisclosureDocument, options: AuditOptions = {}): Generator<void, TracedReport, void> {
  const detection = detectDisclosure(document);
  const base = { source: document.source, title: document.title, truncated: document.truncated };
  if (!detection.detected && !options.force) {
    return { ...base, detected: false, kind: null, year: null, unit: null, totals: {}, findings: [], stats: { figures: 0, relations: 0, checked: 0, unchecked: 0 }, verified: [], unfinished: [], checkedRelations: [] };
  }
  yield;
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const blockInputs = [];
  let charsSinceYield = 0;
  let figuresSinceYield = 0;
  for (const block of document.blocks) {
    const blockFigures = extractFigures(block, figures.length);
    figures.push(...blockFigures);
    const blockMentions = mentionsOf(block, blockFigures);
    mentions.push(...blockMentions);
    blockInputs.push({ index: block.index, text: block.text, mentions: blockMentions });
    // A step every 50 blocks, 20 000 characters or 400 figures, whichever comes first (blocks are at
    // most LONG_BLOCK_CHARS long, see model/join-blocks.ts).
    charsSinceYield += block.text.length;
    figuresSinceYield += blockFigures.length;
    if (block.index % 50 === 49 || charsSinceYield > 20_000 || figuresSinceYield > 400) {
      charsSinceYield = 0;
      figuresSinceYield = 0;
      yield;
    }
  }
  const statements = buildStatements(blockInputs);
  yield;
  // The tables a table a step, then their identities a few tables a step (hundreds of tables on a page
  // took 300-500 ms of CPU in one step).
  const read = yield* readTablesInSteps(document, { firstFigureId: figures.length });
  const tableIdentities: TableIdentity[] = [];
  for (const [t, table] of read.tables.entries()) {
    tableIdentities.push(...tableIdentitiesOf(table));
    if (t % 8 === 7) yield;
  }
  tableIdentities.push(...balanceIdentities(read.tables));
  figures.push(...read.figures);
  yield;
  const zeroBlanks = yield* knownZeroBlanksInSteps(tableIdentities);
  yield;
  const sectionOf = sectionsOf(document);
  const facts = buildFacts(mentions, read.tables, { document, kind: detection.kind, year: detection.year, sectionOf, unit: detection.unit });
  const analysis: Analysis = {
    document,
    figures,
    mentions,
    statements,
    mentionOf: mentionIndex(mentions),
    kind: detection.kind,
    year: detection.year,
    unit: detection.unit,
    tables: read.tables,
    tableIdentities,
    zeroBlanks,
    cellQuote: cellQuotes(read.tables),
    sectionOf,
    facts,
  };
  yield;
  let findings: Finding[] = [];
  const unitExplanations = new Map<Finding, Figure>();
  const checkedRelations: CheckedRelation[] = [];
  let relations = 0;
  let checked = 0;
  let unchecked = 0;
  const disabled = new Set(options.disabledChecks ?? []);
  const describe: Describe = options.describe ?? ((explain) => explain.key);
  const unfinished: string[] = [];
  const stop = options.shouldStop ?? (() => false);
  for (const family of CHECK_FAMILIES) {
    if (disabled.has(family.id)) continue;
    if (unfinished.length > 0 || stop()) {
      unfinished.push(family.id);
      continue;
    }
    const sink = new FindingSink(analysis, family.id, describe);
    const pass = family.run(analysis, sink);
    if (pass) {
      for (const _ of pass) {
        yield;
        if (stop()) {
          unfinished.push(family.id);
          break;
        }
      }
    }
    findings.push(...sink.findings);
    for (const [finding, figure] of sink.unitExplanations) unitExplanations.set(finding, figure);
    relations += sink.relations;
    checked += sink.checkedCount;
    unchecked += sink.uncheckedCount;
    for (const relation of sink.checkedRelations) checkedRelations.push({ check: family.id, ...relation });
    yield;
  }
  const superseded = supersede(findings, unitExplanations);
  findings = superseded.findings;
  const standing = checkedRelations.filter((relation) => superseded.relationStands(relation.figures));
  putLikelyCulpritFirst(findings);
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || firstAt(a) - firstAt(b));
  yield;
  const familyIds = CHECK_FAMILIES.map((family) => family.id);
  const ran = new Set(familyIds.filter((id) => !disabled.has(id) && !unfinished.includes(id)));
  const checklist = buildChecklist({ analysis, findings, ran, kind: detection.kind, year: detection.year }, familyIds, describe);
  yield;
  const verified = yield* verifiedTotals(analysis, standing, findings);
  return {
    ...base,
    detected: detection.detected,
    kind: detection.kind,
    year: detection.year,
    unit: detection.unit,
    totals: totalsOf(statements, { facts, kind: detection.kind, year: detection.year }),
    findings,
    stats: { figures: figures.length, relations, checked, unchecked },
    verified,
    unfinished,
    checklist,
    checkedRelations: standing,
  };
}

/**
 * The first figure (the total, the subject) of every checked relation that no error or warning touches.
 * In steps of RELATIONS_A_STEP relations: a page of hundreds of tables has tens of thousands.
 */
function* verifiedTotals(analysis: Analysis, relations: CheckedRelation[], findings: Finding[]): Generator<void, FigureRef[], void> {
  const flaggedAt = findings.filter((f) => f.severity !== 'info').flatMap((f) => f.figures.map((g) => g.at));
  const flagged = new Set(flaggedAt.map((at) => JSON.stringify(at)));
  // A figure can be flagged only if some flagged place starts where it does: most are ruled out
  // without writing out their place (a page of tables has thousands of figures in checked relations).
  const flaggedStarts = new Set(flaggedAt.map((at) => at?.start));
  // Each figure's place as a key, made once: a figure takes part in many relations.
  const keys = new Map<Figure, string>();
  const isFlagged = (figure: Figure) => {
    if (!flaggedStarts.has(figure.start)) return false;
    let key = keys.get(figure);
    if (key === undefined) keys.set(figure, (key = JSON.stringify(figureAt(figure))));
    return flagged.has(key);
  };
  const seen = new Set<Figure>();
  const out: FigureRef[] = [];
  let done = 0;
  for (const relation of relations) {
    if (++done % RELATIONS_A_STEP === 0) yield;
    const total = relation.figures[0];
    // Ticks go on amounts: not on a share, a count or a printed 0.
    if (!total || seen.has(total) || (total.kind !== 'money' && total.kind !== 'bare') || total.value.isZero()) continue;
    if (relation.figures.some(isFlagged)) continue;
    seen.add(total);
    out.push(figureRef(total, analysis));
  }
  return out;
}

const RELATIONS_A_STEP = 1024;

function mentionIndex(mentions: Mention[]): Map<Figure, Mention> {
  const index = new Map<Figure, Mention>();
  for (const mention of mentions) index.set(mention.figure, mention);
  return index;
}

function sectionsOf(document: DisclosureDocument): number[] {
  let section = -1;
  return document.blocks.map((block) => (looksLikeHeading(block.text) ? (section = block.index) : section));
}

/**
 * In a table, an identity that fails does not say which of its cells is wrong. A cell that several
 * failing identities share (a leaf whose 款 total and whose own row total both fail) is the likely
 * culprit: name it first, so the page marks it rather than a correct total.
 */
function putLikelyCulpritFirst(findings: Finding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const count = new Map<string, number>();
  for (const finding of errors) for (const figure of finding.figures) count.set(JSON.stringify(figure.at), (count.get(JSON.stringify(figure.at)) ?? 0) + 1);
  for (const finding of errors) {
    if (!finding.check.startsWith('table-')) continue;
    const score = (figure: FigureRef) => count.get(JSON.stringify(figure.at)) ?? 0;
    const best = finding.figures.reduce((top, figure) => (score(figure) > score(top) ? figure : top), finding.figures[0]!);
    if (best !== finding.figures[0]) finding.figures = [best, ...finding.figures.filter((f) => f !== best)];
  }
}

function firstAt(finding: Finding): number {
  const at = finding.figures[0]?.at;
  return at ? at.block * 1_000_000 + at.start : 0;
}

export function auditDocument(document: DisclosureDocument, options: AuditOptions = {}): TracedReport {
  const audit = createAudit(document, options);
  for (;;) {
    const step = audit.next();
    if (step.done) return step.value;
  }
}
