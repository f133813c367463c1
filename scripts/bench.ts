/**
 * Benchmark: the engine's throughput on a large document (the seed pages' text repeated to ≥ 2 MB),
 * against a floor measured in the same run — one pass of the number-finding expression over the same
 * text; and the time to read and check a page of 30 tables with over 5 000 numeric cells. Prints medians
 * of several runs. A benchmark script, not a test: nothing here passes or fails.
 *
 *   npm run bench            (SUANPAN_BENCH_RUNS=N to change the number of runs)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { auditDocument, documentFromText } from '../lib';
import { documentFromHtml } from './cli/load';
import { tablePage } from './bench/table-page';

const ROOT = join(import.meta.dirname, '..');
const RUNS = Number(process.env.SUANPAN_BENCH_RUNS ?? 7);
const TARGET_CHARS = 2 * 1024 * 1024;
/** The same expression the extractor uses to find numbers. */
const NUMBER = /(?<![0-9A-Za-z.,\-/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![0-9])/g;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function seedText(): string {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => documentFromHtml(readFileSync(join(dir, name), 'utf8'), name).blocks.map((block) => block.text).join('\n'))
    .join('\n');
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const unit = seedText();
let text = '';
while (text.length < TARGET_CHARS) text += `${unit}\n`;
const chars = text.length;

const engineTimes: number[] = [];
const floorTimes: number[] = [];
let findings = 0;
let figures = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const floor = time(() => {
    let count = 0;
    NUMBER.lastIndex = 0;
    for (const _ of text.matchAll(NUMBER)) count++;
    return count;
  });
  const engine = time(() => auditDocument(documentFromText(text, 'bench.txt').document, { force: true }));
  if (run === 0) continue; // warm-up
  floorTimes.push(floor.ms);
  engineTimes.push(engine.ms);
  findings = engine.result.findings.length;
  figures = engine.result.stats.figures;
}

const engineMs = median(engineTimes);
const floorMs = median(floorTimes);
const rows = [
  ['document', `${(chars / 1024 / 1024).toFixed(2)} M characters (${figures} figures, ${findings} findings)`],
  ['runs', `${RUNS} (after one warm-up)`],
  ['engine (text → report)', `${engineMs.toFixed(1)} ms median, ${(chars / engineMs).toFixed(0)} chars/ms (min ${Math.min(...engineTimes).toFixed(1)}, max ${Math.max(...engineTimes).toFixed(1)} ms)`],
  ['floor (one pass of the number expression)', `${floorMs.toFixed(1)} ms median, ${(chars / floorMs).toFixed(0)} chars/ms`],
  ['engine ÷ floor', `${(engineMs / floorMs).toFixed(1)}×`],
];
for (const [name, value] of rows) console.log(`${name!.padEnd(44)} ${value}`);

// A page of 30 tables (over 5 000 numeric cells): time to parse, read and check.
const page = tablePage(30, 14);
const parseTimes: number[] = [];
const auditTimes: number[] = [];
let tableFindings = 0;
let relationsChecked = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const parsed = time(() => documentFromHtml(page.html, 'tables.html'));
  const audited = time(() => auditDocument(parsed.result));
  if (run === 0) continue;
  parseTimes.push(parsed.ms);
  auditTimes.push(audited.ms);
  tableFindings = audited.result.findings.length;
  relationsChecked = audited.result.stats.checked;
}
console.log('');
const tableRows = [
  ['tables page', `30 tables, ${page.cells} numeric cells, ${(page.html.length / 1024).toFixed(0)} kB of HTML (${relationsChecked} relations checked, ${tableFindings} findings)`],
  ['parse HTML → document model', `${median(parseTimes).toFixed(1)} ms median`],
  ['read tables and check everything', `${median(auditTimes).toFixed(1)} ms median (min ${Math.min(...auditTimes).toFixed(1)}, max ${Math.max(...auditTimes).toFixed(1)} ms)`],
];
for (const [name, value] of tableRows) console.log(`${name!.padEnd(44)} ${value}`);
