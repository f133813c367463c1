/**
 * Shared by the browser benchmarks: the test build of the extension, and the pieces of main-thread work
 * it recorded on a page (performance.measure entries named suanpan:*, see entrypoints/content/timing.ts).
 */
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../../test/e2e/browser';

export function buildTestExtension(): void {
  console.log('building the test extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, SUANPAN_TEST: '1' }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr || build.stdout);
}

export interface Measured {
  idleToPaintedMs: number;
  longestPieceMs: number;
  /** Which piece it was (snapshot, model, detect, audit, place, paint…). */
  longestPiece: string;
  totalWorkMs: number;
  /** Work per piece name, for finding where the time goes. */
  byPiece: Record<string, number>;
}

export async function ourMeasures(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('suanpan:'));
    const start = Math.min(...entries.map((e) => e.startTime));
    const painted = entries.filter((e) => e.name === 'suanpan:paint').map((e) => e.startTime + e.duration);
    return {
      idleToPaintedMs: painted.length ? Math.max(...painted) - start : Number.NaN,
      longestPieceMs: Math.max(0, ...entries.map((e) => e.duration)),
      longestPiece: [...entries].sort((a, b) => b.duration - a.duration)[0]?.name.replace('suanpan:', '') ?? '',
      totalWorkMs: entries.reduce((sum, e) => sum + e.duration, 0),
      byPiece: entries.reduce<Record<string, number>>((sums, e) => {
        const name = e.name.replace('suanpan:', '');
        sums[name] = (sums[name] ?? 0) + e.duration;
        return sums;
      }, {}),
    };
  });
}
