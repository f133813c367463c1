/**
 * Long work in short slices: the engine's generator (and the painters) advance only while the browser
 * is idle, a few milliseconds at a time, so no task we add to the main thread comes near 50 ms.
 */
import { Superseded } from './guard';
import { timed } from './timing';

/** Per-slice budget. Idle periods are at most 50 ms; staying well under leaves room for the page. */
export const SLICE_MS = 8;

interface Deadline {
  timeRemaining(): number;
}

export function nextIdle(signal: AbortSignal): Promise<Deadline> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Superseded());
    const done = (deadline: Deadline) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) reject(new Superseded());
      else resolve(deadline);
    };
    let cancel: () => void;
    if (typeof requestIdleCallback === 'function') {
      // The timeout keeps a busy page (or a background tab) from starving the audit for ever.
      const id = requestIdleCallback(done, { timeout: 500 });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => done({ timeRemaining: () => SLICE_MS }), 1);
      cancel = () => clearTimeout(id);
    }
    const onAbort = () => {
      cancel();
      reject(new Superseded());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function sliceEnd(deadline: Deadline): number {
  // A forced callback (timeout reached) reports 0 ms left: still take one small slice.
  return performance.now() + Math.max(2, Math.min(SLICE_MS, deadline.timeRemaining()));
}

/** Steps a generator to completion in idle slices and returns its final value. */
export async function runGenerator<T>(generator: Iterator<unknown, T>, signal: AbortSignal, name = 'slice'): Promise<T> {
  for (;;) {
    const end = sliceEnd(await nextIdle(signal));
    const result = timed(name, () => {
      do {
        const step = generator.next();
        if (step.done) return step;
      } while (performance.now() < end);
      return null;
    });
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
