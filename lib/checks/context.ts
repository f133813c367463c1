/** What every check family receives, and how it reports: findings plus relation/checked/unchecked counts. */
import type { Figure } from '../figures/figure';
import type { DisclosureDocument } from '../model/document';
import type { Mention } from '../prose/mentions';
import type { Statement } from '../prose/statements';
import type { Finding, FigureRef, Severity } from '../report';

export interface Analysis {
  document: DisclosureDocument;
  figures: Figure[];
  mentions: Mention[];
  statements: Statement[];
  /** The figure → mention index, for quoting. */
  mentionOf: Map<Figure, Mention>;
  /** Figures a unit-slip finding has already explained: other families do not report them again. */
  explained: Set<Figure>;
}

export interface CheckFamily {
  id: string;
  /** Chinese name shown to users. */
  title: string;
  /** What it checks, one line (for the README and the options page). */
  description: string;
  run(analysis: Analysis, sink: FindingSink): void;
}

export function figureRef(figure: Figure, analysis: Analysis): FigureRef {
  const mention = analysis.mentionOf.get(figure);
  return {
    text: figure.text,
    value: figure.value.toFixed(),
    unit: figure.unit,
    quote: mention?.quote ?? figure.text,
    at: { block: figure.block, start: figure.start, end: figure.end },
  };
}

export class FindingSink {
  readonly findings: Finding[] = [];
  relations = 0;
  checked = 0;
  unchecked = 0;
  constructor(
    private readonly analysis: Analysis,
    private readonly check: string,
  ) {}

  /** A relation was found; `checkable` says whether it could be checked. */
  relation(checkable: boolean): void {
    this.relations++;
    if (checkable) this.checked++;
    else this.unchecked++;
  }

  add(severity: Severity, message: string, figures: Figure[], expected: string | null = null, actual: string | null = null, check = this.check): void {
    this.findings.push({
      check,
      severity,
      message,
      figures: figures.map((figure) => figureRef(figure, this.analysis)),
      expected,
      actual,
    });
  }
}
