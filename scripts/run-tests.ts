/**
 * The README's test command: type checks, web-ext lint of the Firefox build, the engine and CLI tests
 * (Vitest), the browser tests (Playwright driving Debian's Chromium with the built extension) and the
 * Firefox smoke test (the Firefox build in Debian's firefox-esr). Runs every step even when one
 * fails, then prints one closing line per suite and a total, "N passed, N failed", and exits non-zero
 * if anything failed.
 *
 * First it finds the browsers (scripts/browsers.ts: installs them on Debian/Ubuntu as root); without
 * them it says what to install and exits 1 at once (SUANPAN_SKIP_BROWSER=1 runs the rest without them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBrowsers } from './browsers';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'out/test-results');

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads the suite's counts after it ran. */
  counts?: () => { passed: number; failed: number; skipped: number };
}

function run(step: Step): boolean {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...step.env } });
  return result.status === 0;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: Array<{ name: string; status: string; message?: string; assertionResults: Array<{ status: string }> }>;
}

/**
 * A test file that fails to load (a missing fixture, a syntax error, a throw at top level) has status
 * 'failed' and no assertion results: its tests are in neither count. Each such file is one failure.
 */
export function vitestTotals(report: VitestReport): { passed: number; failed: number; skipped: number; broken: string[] } {
  const broken = (report.testResults ?? [])
    .filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'))
    .map((file) => `${relative(ROOT, file.name)}${file.message ? `: ${file.message.split('\n')[0]}` : ''}`);
  return { passed: report.numPassedTests, failed: report.numFailedTests + broken.length, skipped: report.numPendingTests + report.numTodoTests, broken };
}

function vitestCounts(file: string) {
  return () => {
    const totals = vitestTotals(JSON.parse(readFileSync(file, 'utf8')) as VitestReport);
    for (const name of totals.broken) console.log(`unit: a test file failed outside its tests (counted as 1 failure): ${name}`);
    return totals;
  };
}

function playwrightCounts(file: string) {
  return () => {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
  };
}

function smokeCounts(file: string) {
  return () => ({ ...(JSON.parse(readFileSync(file, 'utf8')) as { passed: number; failed: number }), skipped: 0 });
}

function main(): number {
  const ready = ensureBrowsers('test');
  if (!ready.ok) {
    console.error(ready.message);
    return 1;
  }
  mkdirSync(RESULTS, { recursive: true });
  // A suite that dies before writing its report must not be counted from the last run's.
  for (const name of ['unit.json', 'browser.json', 'firefox.json']) rmSync(join(RESULTS, name), { force: true });
  const unitJson = join(RESULTS, 'unit.json');
  const firefoxJson = join(RESULTS, 'firefox.json');
  const browserJson = join(RESULTS, 'browser.json');
  const steps: Step[] = [
    { name: 'types (engine, CLI, tests)', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
    // The engine alone, with neither DOM nor Node types: what runs in both may use neither's globals.
    { name: 'types (engine without DOM or Node)', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.lib.json'] },
    ...(existsSync(join(ROOT, 'tsconfig.extension.json')) ? [{ name: 'types (extension)', command: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.extension.json'] }] : []),
    // web-ext lint on the Firefox build: errors fail the run (warnings come from library code paths, see README).
    { name: 'firefox lint', command: ['npm', 'run', '--silent', 'lint:firefox'] },
    { name: 'unit', command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`], counts: vitestCounts(unitJson) },
    ...(process.env.SUANPAN_SKIP_BROWSER
      ? []
      : [
          { name: 'browser', command: ['npm', 'run', '--silent', 'test:e2e', '--', '--reporter=list,json'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: browserJson }, counts: playwrightCounts(browserJson) },
          // The Firefox build installed into Debian's firefox-esr over WebDriver BiDi (scripts/firefox-smoke.ts).
          { name: 'firefox smoke', command: ['npm', 'run', '--silent', 'smoke:firefox'], env: { SUANPAN_RESULTS: firefoxJson }, counts: smokeCounts(firefoxJson) },
        ]),
  ];

  let allOk = true;
  const summaries: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const ok = run(step);
    allOk &&= ok;
    if (step.counts) {
      try {
        const counts = step.counts();
        passed += counts.passed;
        failed += counts.failed;
        summaries.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
        if (!ok && counts.failed === 0) {
          failed++;
          summaries.push(`${step.name}: the suite exited with an error outside its tests`);
        }
      } catch {
        failed++;
        summaries.push(`${step.name}: no results (the suite did not run)`);
      }
    } else if (!ok) {
      failed++;
      summaries.push(`${step.name}: failed`);
    }
  }
  console.log(`\n${summaries.join('\n')}`);
  console.log(`${passed} passed, ${failed} failed`);
  return allOk && failed === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main());
}
