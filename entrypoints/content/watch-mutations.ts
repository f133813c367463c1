/**
 * Content that arrives after load (script-rendered pages, "load more", tabs filled on demand) is read
 * again: one MutationObserver, debounced (300 ms after the last change, at most 2 s after the first, so
 * a page that never stops changing is still read). Every rescan reads the whole page, because the
 * engine's checks tie figures across the whole document; a huge batch is therefore simply one rescan
 * and its records are not even inspected.
 *
 * Our own changes (the <style>, the shadow host) must not trigger a rescan: painters run
 * inside `pause`, and records that touch only ignored nodes (ours, or <head>, which is never read) are
 * dropped.
 */
const HUGE_BATCH = 1000;

export interface MutationWatch {
  /** Runs `fn` (which changes the DOM) without those changes counting as the page's. */
  pause<T>(fn: () => T): T;
  stop(): void;
}

export interface Delays {
  /** Quiet time after the last change. */
  delayMs: number;
  /** Longest wait after the first change of a burst. */
  maxWaitMs: number;
}

export const DISCLOSURE_DELAYS: Delays = { delayMs: 300, maxWaitMs: 2000 };

/**
 * On a page that is not (yet) a disclosure, re-reading is spread out in proportion to what the last
 * read cost: a cheap page is re-read as promptly as a disclosure (content rendered late by script), a
 * big portal page with a news ticker is not re-read every 2 s.
 */
export function delaysAfterRead(readMs: number): Delays {
  const delayMs = Math.min(5000, Math.max(DISCLOSURE_DELAYS.delayMs, readMs * 20));
  return { delayMs, maxWaitMs: Math.max(DISCLOSURE_DELAYS.maxWaitMs, delayMs * 4) };
}

export function watchMutations(options: {
  root: Node;
  ignore: (node: Node) => boolean;
  onChange: () => void;
  delays?: () => Delays;
}): MutationWatch {
  const { root, ignore, onChange, delays = () => DISCLOSURE_DELAYS } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let stopped = false;

  const touchesPage = (record: MutationRecord): boolean => {
    if (ignore(record.target)) return false;
    if (record.type !== 'childList') return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length === 0 || nodes.some((node) => !ignore(node));
  };

  const schedule = () => {
    const { delayMs, maxWaitMs } = delays();
    const now = performance.now();
    if (timer === undefined) firstChange = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstChange + maxWaitMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      if (!stopped) onChange();
    }, wait);
  };

  const handle = (records: MutationRecord[]) => {
    if (records.length > HUGE_BATCH || records.some(touchesPage)) schedule();
  };

  const observer = new MutationObserver(handle);
  const options_: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(root, options_);

  return {
    pause(fn) {
      // Records of the page's own changes that are still queued must not be lost with ours.
      const pending = observer.takeRecords();
      try {
        return fn();
      } finally {
        observer.takeRecords();
        if (pending.length > 0) handle(pending);
      }
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
    },
  };
}
