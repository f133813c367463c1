/** A figure as printed in the document: a number, its unit and its printed precision. */
import { D, ZERO, halfUnit, timesSign, type Dec } from '../decimal';
import { Interval } from '../interval';

export type MoneyUnit = '元' | '万元' | '亿元';
export type FigureKind = 'money' | 'percent' | 'count' | 'score' | 'bare';

/** Where a table figure was printed: the cell TableGrid.rows[row][cell] of document.tables[table]. */
export interface CellPlace {
  table: number;
  row: number;
  cell: number;
}

export interface Figure {
  id: number;
  /** The prose block it stands in, or -1 for a table cell (see `cell`). */
  block: number;
  cell?: CellPlace;
  /** Offsets of the number and its unit in the block's normalized text. */
  start: number;
  end: number;
  /** The number alone, as printed (thousands separators removed). */
  number: string;
  /** Number and unit as printed. */
  text: string;
  value: Dec;
  /** Decimal places printed. */
  scale: number;
  unit: string | null;
  kind: FigureKind;
}

const WAN_PER_UNIT: Record<MoneyUnit, Dec> = {
  元: new D('0.0001'),
  万元: new D(1),
  亿元: new D(10000),
};

export function isMoneyUnit(unit: string | null): unit is MoneyUnit {
  return unit === '元' || unit === '万元' || unit === '亿元';
}

/** Counts of people, vehicles, projects… are exact: "29人" is 29, not 28.5–29.5. */
export function isExact(figure: Pick<Figure, 'kind' | 'value'>): boolean {
  // A printed amount of 0 or 0.00 is an exact zero (a blank would be "not known", but that is not
  // printed). A percentage is not: a share of 0.004% is printed 0.00%.
  return figure.kind === 'count' || (figure.value.isZero() && figure.kind !== 'percent');
}

/** Half the width of the interval a figure stands for, in its own unit, when read at `scale` decimals. */
export function halfWidth(figure: Pick<Figure, 'kind' | 'value'>, scale: number): Dec {
  return isExact(figure) ? ZERO : halfUnit(scale);
}

/** The interval a figure stands for, in its own unit. */
export function intervalOf(figure: Pick<Figure, 'value' | 'scale' | 'kind'>, scale = figure.scale): Interval {
  return Interval.around(figure.value, halfWidth(figure, scale));
}

/** The interval in 万元, for money figures read in `unit` (default: their own). */
export function wanInterval(figure: Figure, unit: MoneyUnit | null = null, scale = figure.scale): Interval {
  const read = unit ?? (isMoneyUnit(figure.unit) ? figure.unit : '万元');
  return intervalOf(figure, scale).times(WAN_PER_UNIT[read]);
}

export function toWan(value: Dec, unit: MoneyUnit): Dec {
  // × 1 for 万元 (most amounts): the same value without the multiplication.
  return unit === '万元' ? timesSign(value, 1) : value.times(WAN_PER_UNIT[unit]);
}

/**
 * Half a unit of the last of `scale` decimals of an amount read in `unit`, in 万元. Computed once per
 * unit and scale: every figure of every sum asks for two of them.
 */
export function halfUnitInWan(scale: number, unit: MoneyUnit): Dec {
  const byScale = HALF_UNITS_IN_WAN[unit];
  return (byScale[scale] ??= toWan(halfUnit(scale), unit));
}

const HALF_UNITS_IN_WAN: Record<MoneyUnit, Dec[]> = { 元: [], 万元: [], 亿元: [] };
