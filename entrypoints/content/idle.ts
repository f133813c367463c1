/**
 * Long work in short slices: the engine's generator (and the painters) advance in background-priority
 * tasks of a few milliseconds each, so no task we add to the main thread comes near 50 ms and anything
 * the page or the user does goes first.
 */
import { Superseded } from './guard';
import { timed } from './timing';

/** Per-slice budget: well under the 50 ms long-task line, so input and rendering get in between. */
export const SLICE_MS = 10;

interface Deadline {
  timeRemaining(): number;
}

interface PostTask {
  postTask(callback: () => void, options: { priority: 'background'; signal?: AbortSignal }): Promise<void>;
}

/**
 * Waits for the next slice. Background-priority tasks (scheduler.postTask) run as soon as nothing more
 * urgent is queued — input, rendering and the page's own tasks go first — without waiting for an idle
 * period: requestIdleCallback came at most once a frame, so an 8 ms slice every 16 ms doubled the time to
 * highlights. Where postTask is missing, a MessageChannel message does the same without setTimeout's
 * 4 ms clamp.
 */
export function nextIdle(signal: AbortSignal): Promise<Deadline> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Superseded());
    const run = () => (signal.aborted ? reject(new Superseded()) : resolve({ timeRemaining: () => SLICE_MS }));
    const scheduler = (globalThis as { scheduler?: Partial<PostTask> }).scheduler;
    if (typeof scheduler?.postTask === 'function') {
      scheduler.postTask(run, { priority: 'background', signal }).catch(() => reject(new Superseded()));
    } else {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        run();
      };
      channel.port2.postMessage(null);
    }
  });
}

function sliceEnd(deadline: Deadline): number {
  return performance.now() + Math.max(2, Math.min(SLICE_MS, deadline.timeRemaining()));
}

/**
 * Main-thread time a pass may spend. Slices charge it; the engine asks it (AuditOptions.shouldStop)
 * and stops early when it is spent, and the user is told the page was not fully checked.
 */
export class WorkBudget {
  spentMs = 0;
  constructor(readonly limitMs: number) {}
  get exhausted(): boolean {
    return this.spentMs >= this.limitMs;
  }
}

/** Steps a generator to completion in slices and returns its final value. */
export async function runGenerator<T>(generator: Iterator<unknown, T>, signal: AbortSignal, name = 'slice', budget?: WorkBudget): Promise<T> {
  for (;;) {
    const end = sliceEnd(await nextIdle(signal));
    const start = performance.now();
    const result = timed(name, () => {
      do {
        const step = generator.next();
        if (step.done) return step;
      } while (performance.now() < end);
      return null;
    });
    if (budget) budget.spentMs += performance.now() - start;
    if (result) return result.value;
  }
}

/** Applies `work` to the items in idle slices, in order. */
export async function forEachInSlices<T>(items: readonly T[], work: (item: T) => void, signal: AbortSignal, name = 'slice'): Promise<void> {
  let i = 0;
  while (i < items.length) {
    const end = sliceEnd(await nextIdle(signal));
    timed(name, () => {
      do work(items[i++]!);
      while (i < items.length && performance.now() < end);
    });
  }
}

/** Calls `step` in idle slices until it returns false. */
export async function runInSlices(step: () => boolean, signal: AbortSignal, name = 'slice'): Promise<void> {
  let more = true;
  while (more) {
    const end = sliceEnd(await nextIdle(signal));
    timed(name, () => {
      do more = step();
      while (more && performance.now() < end);
    });
  }
}
