/**
 * Long work in short slices: the engine's generator (and the painters) advance in background-priority
 * tasks of a few milliseconds each, so no task we add to the main thread comes near 50 ms and anything
 * the page or the user does goes first.
 */
import { Superseded } from './guard';
import { timed } from './timing';

/** Per-slice budget: well under the 50 ms long-task line, so input and rendering get in between. */
export const SLICE_MS = 10;

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
export function nextSlice(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Superseded());
    const run = () => (signal.aborted ? reject(new Superseded()) : resolve());
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

/** How long to wait for a frame where none may come (a hidden tab, an iframe that is not shown). */
const FRAME_WAIT_MS = 100;

/** Resolves in a task after the browser's next rendered frame, or after FRAME_WAIT_MS without one. */
export function afterNextFrame(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(fallback);
      if (signal.aborted) reject(new Superseded());
      else resolve();
    };
    const fallback = setTimeout(settle, FRAME_WAIT_MS);
    requestAnimationFrame(() => setTimeout(settle, 0));
  });
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

/** Calls `step` in slices until it returns false, charging each slice to `budget` when given. */
export async function runInSlices(step: () => boolean, signal: AbortSignal, name = 'slice', budget?: WorkBudget): Promise<void> {
  let more = true;
  while (more) {
    await nextSlice(signal);
    const start = performance.now();
    const end = start + SLICE_MS;
    timed(name, () => {
      do more = step();
      while (more && performance.now() < end);
    });
    if (budget) budget.spentMs += performance.now() - start;
  }
}

/** Steps a generator to completion in slices and returns its final value. */
export async function runGenerator<T>(generator: Iterator<unknown, T>, signal: AbortSignal, name = 'slice', budget?: WorkBudget): Promise<T> {
  let result: IteratorResult<unknown, T> | undefined;
  await runInSlices(() => !(result = generator.next()).done, signal, name, budget);
  return result!.value as T;
}

/** Applies `work` to the items in slices, in order. */
export async function forEachInSlices<T>(items: readonly T[], work: (item: T) => void, signal: AbortSignal, name = 'slice'): Promise<void> {
  let i = 0;
  if (items.length === 0) return;
  await runInSlices(() => {
    work(items[i++]!);
    return i < items.length;
  }, signal, name);
}
