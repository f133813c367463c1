/**
 * Benchmark: how long each step of the audit takes on a large real page, family by family — the
 * extension runs the engine on the page's main thread one step at a time (one family per step, or a
 * slice of one when the family is a generator), and no step may take over 50 ms.
 *
 * The page: test/fixtures/real/yichuan-2025-final.html with its body repeated (×10 by default,
 * SUANPAN_BENCH_COPIES=N). Each family's time is printed in ms and as a ratio to a floor measured in
 * the same run: reading the page into the document model (documentFromHtml), which no family changes.
 * Steps that ran no family's code are the engine's: 'reading' (figures, statements, tables, facts)
 * before the first family, 'engine' after (collecting findings, superseding, the checklist, ticks).
 * Times are CPU time (process.cpuUsage), medians of several runs (SUANPAN_BENCH_RUNS, default 5);
 * SUANPAN_BENCH_STEPS=1 also lists every step over 25 ms. A benchmark script, not a test.
 *
 *   npm run bench:families
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAudit } from '../../lib/engine';
import { CHECK_FAMILIES } from '../../lib/checks/registry';
import type { CheckFamily } from '../../lib/checks/context';
import { documentFromHtml } from '../cli/load';

const ROOT = join(import.meta.dirname, '../..');
const RUNS = Number(process.env.SUANPAN_BENCH_RUNS ?? 5);
const COPIES = Number(process.env.SUANPAN_BENCH_COPIES ?? 10);
const FILE = process.env.SUANPAN_BENCH_FILE ?? join(ROOT, 'test/fixtures/real/yichuan-2025-final.html');

/** The page with its body repeated: one document holding `copies` times the tables and the prose. */
export function repeatedPage(html: string, copies: number): string {
  const open = html.search(/<body[^>]*>/i);
  const close = html.search(/<\/body>/i);
  if (open < 0 || close < 0) return html.repeat(copies);
  const start = html.indexOf('>', open) + 1;
  const body = html.slice(start, close);
  return html.slice(0, start) + body.repeat(copies) + html.slice(close);
}

/**
 * CPU time of this process in ms (user + system): on a machine shared with other work, wall time counts
 * the waits for a core too, CPU time only the work (and the garbage collector's helper threads, little).
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// Which family a step ran: set when a family's run() or its generator's next() is called. A step that
// ran no family's code is the engine's own: 'reading' before the first family, 'engine' after.
let current = 'reading';
let familiesStarted = false;
for (const family of CHECK_FAMILIES as CheckFamily[]) {
  const run = family.run.bind(family);
  family.run = (analysis, sink) => {
    current = family.id;
    familiesStarted = true;
    const pass = run(analysis, sink);
    if (!pass) return pass;
    const steps = pass[Symbol.iterator]();
    return {
      [Symbol.iterator]() {
        return {
          next() {
            current = family.id;
            return steps.next();
          },
        };
      },
    };
  };
}

interface Times {
  total: number;
  longest: number;
  steps: number;
}

function auditSteps(html: string): { floor: number; byPart: Map<string, Times>; steps: Array<{ part: string; ms: number }>; findings: number } {
  const startParse = cpuMs();
  const document = documentFromHtml(html, 'bench.html');
  const floor = cpuMs() - startParse;
  const byPart = new Map<string, Times>();
  const steps: Array<{ part: string; ms: number }> = [];
  familiesStarted = false;
  const audit = createAudit(document, { force: true });
  let index = 0;
  for (;;) {
    current = familiesStarted ? 'engine' : 'reading';
    const start = cpuMs();
    const step = audit.next();
    const ms = cpuMs() - start;
    if (process.env.SUANPAN_BENCH_STEPS && ms > Number(process.env.SUANPAN_BENCH_STEPS)) console.log(`  step ${index} (${current}): ${ms.toFixed(1)} ms`);
    index++;
    steps.push({ part: current, ms });
    const times = byPart.get(current) ?? { total: 0, longest: 0, steps: 0 };
    times.total += ms;
    times.longest = Math.max(times.longest, ms);
    times.steps++;
    byPart.set(current, times);
    if (step.done) return { floor, byPart, steps, findings: step.value.findings.length };
  }
}

const html = repeatedPage(readFileSync(FILE, 'utf8'), COPIES);
const floors: number[] = [];
const parts = new Map<string, { total: number[]; longest: number[]; steps: number }>();
// Each step's least time over the runs: a step's own work, without the garbage collector's pauses that
// land in one run's step or another's (the page's steps are the same in every run).
const leastOfStep: Array<{ part: string; ms: number }> = [];
let findings = 0;
for (let run = 0; run < RUNS + 1; run++) {
  const result = auditSteps(html);
  if (run === 0) continue; // warm-up
  floors.push(result.floor);
  findings = result.findings;
  result.steps.forEach((step, i) => {
    const least = leastOfStep[i];
    if (!least) leastOfStep[i] = { ...step };
    else least.ms = Math.min(least.ms, step.ms);
  });
  for (const [name, times] of result.byPart) {
    const entry = parts.get(name) ?? { total: [], longest: [], steps: times.steps };
    entry.total.push(times.total);
    entry.longest.push(times.longest);
    parts.set(name, entry);
  }
}

const floor = median(floors);
console.log(`page: ${FILE.split('/').pop()} ×${COPIES} (${(html.length / 1024 / 1024).toFixed(2)} MB of HTML, ${findings} findings), ${RUNS} runs after one warm-up, medians`);
console.log(`floor (documentFromHtml, reading the page): ${floor.toFixed(1)} ms of CPU`);
console.log('longest step: the median over the runs of each run\'s longest; least-time longest: the longest of each step\'s least time over the runs (GC pauses mostly out)');
console.log(`${'part'.padEnd(24)} ${'total ms'.padStart(9)} ${'longest step'.padStart(13)} ${'least-time longest'.padStart(19)} ${'steps'.padStart(6)} ${'total ÷ floor'.padStart(14)}`);
const leastLongest = (part: string) => Math.max(0, ...leastOfStep.filter((step) => step.part === part).map((step) => step.ms));
const rows = [...parts].map(([name, entry]) => ({ name, total: median(entry.total), longest: median(entry.longest), least: leastLongest(name), steps: entry.steps }));
rows.sort((a, b) => b.least - a.least);
for (const row of rows) {
  const flag = row.least > 25 ? '  > 25 ms' : '';
  console.log(`${row.name.padEnd(24)} ${row.total.toFixed(1).padStart(9)} ${row.longest.toFixed(1).padStart(13)} ${row.least.toFixed(1).padStart(19)} ${String(row.steps).padStart(6)} ${(row.total / floor).toFixed(3).padStart(14)}${flag}`);
}
