/**
 * Which findings supersede which, declared here rather than implied by the order the families run in.
 *
 * A unit slip ("10.95元" where the text means 10.95万元) explains its figure: every sum, rate or
 * restatement that cites the figure fails only because of it, so any other finding that cites an
 * explained figure is dropped, whichever family made it, and so is the relation it came from (it
 * could not be judged). One explanation is kept per figure: the first one made (the unit-slip
 * family's own comes first in the registry).
 */
import type { Figure } from '../figures/figure';
import type { Finding } from '../report';
import { figureAt } from './context';

function placeKey(at: Finding['figures'][number]['at']): string {
  return JSON.stringify(at);
}

export interface Superseded {
  findings: Finding[];
  /** Whether a checked relation stands: it cites no explained figure, or it is an explanation's own. */
  relationStands(figures: readonly Figure[]): boolean;
}

export function supersede(findings: readonly Finding[], explanations: ReadonlyMap<Finding, Figure>): Superseded {
  if (explanations.size === 0) return { findings: [...findings], relationStands: () => true };
  const explained = new Set<string>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const figure = explanations.get(finding);
    if (!figure) continue;
    const key = placeKey(figureAt(figure));
    if (explained.has(key)) continue;
    explained.add(key);
    kept.push(finding);
  }
  const explaining = new Set(kept);
  const ownFigures = kept.map((finding) => new Set(finding.figures.map((figure) => placeKey(figure.at))));
  // A figure stands in many relations: its key is made once. Most figures are ruled out by their
  // start offset alone, without a key.
  const explainedFigures = new Set(kept.map((finding) => explanations.get(finding)!));
  const explainedStarts = new Set([...explainedFigures].map((figure) => figure.start));
  const keys = new WeakMap<Figure, string>();
  const keyOf = (figure: Figure) => {
    let key = keys.get(figure);
    if (key === undefined) keys.set(figure, (key = placeKey(figureAt(figure))));
    return key;
  };
  const isExplained = (figure: Figure) => explainedStarts.has(figure.start) && explained.has(keyOf(figure));
  return {
    findings: findings.filter((finding) => explaining.has(finding) || (!explanations.has(finding) && !finding.figures.some((figure) => explained.has(placeKey(figure.at))))),
    relationStands: (figures) => !figures.some(isExplained) || ownFigures.some((own) => figures.every((figure) => own.has(keyOf(figure)))),
  };
}
