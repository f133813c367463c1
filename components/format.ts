/**
 * Words and numbers for the UI: severity names, check titles (from the engine's registry), and the
 * difference between what a relation gives and what is printed. Pure functions, no DOM.
 */
import Decimal from 'decimal.js';
import { CHECK_FAMILIES } from '../lib/checks/registry';
import type { Finding, Severity } from '../lib/report';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提醒', info: '提示' };
export const SEVERITY_HINT: Record<Severity, string> = {
  error: '所印数字不可能同时成立',
  warning: '可疑，但不能断定有错',
  info: '取整误差范围内，或无法核对',
};
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const TITLES = new Map(CHECK_FAMILIES.map((family) => [family.id, family.title]));
const EXTRA_TITLES: Record<string, string> = { 'unit-slip': '单位错写' };

export function checkTitle(check: string): string {
  return TITLES.get(check) ?? EXTRA_TITLES[check] ?? check;
}

const NUMBER = /^\s*([+-]?[\d,]*\.?\d+)\s*(.*)$/;

function parse(text: string): { value: Decimal; places: number; unit: string } | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  try {
    const digits = match[1]!.replace(/,/g, '');
    // Decimal drops trailing zeros ("550.00" has 0 places to it); the printed form has 2.
    const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    return { value: new Decimal(digits), places, unit: match[2]!.trim() };
  } catch {
    return null;
  }
}

/** printed − expected, with its unit, when both are numbers in the same unit ("+0.09万元"). */
export function difference(expected: string | null, actual: string | null): string | null {
  if (expected === null || actual === null) return null;
  const e = parse(expected);
  const a = parse(actual);
  if (!e || !a) return null;
  if (e.unit && a.unit && e.unit !== a.unit) return null;
  const diff = a.value.minus(e.value);
  const places = Math.max(e.places, a.places);
  const sign = diff.isPositive() && !diff.isZero() ? '+' : '';
  return `${sign}${diff.toFixed(places)}${a.unit || e.unit}`;
}

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const result: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) result[finding.severity]++;
  return result;
}

/** One line for screen readers and the live region. */
export function spokenFinding(finding: Finding): string {
  const figures = finding.figures.map((figure) => figure.text).join('、');
  const parts = [`${SEVERITY_LABEL[finding.severity]}，${checkTitle(finding.check)}：${finding.message}`];
  if (finding.expected !== null) parts.push(`应为${finding.expected}`);
  if (finding.actual !== null) parts.push(`印为${finding.actual}`);
  if (figures) parts.push(`涉及数字：${figures}`);
  return parts.join('；');
}
