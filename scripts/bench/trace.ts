/**
 * A Chromium performance trace of one page through the DevTools protocol (Tracing domain), and what
 * each long task on that page's main thread was made of. For npm run bench:pdf
 * (SUANPAN_BENCH_TRACE=1): the Long Tasks API says that a task was long, the trace says why.
 *
 * A task is a RunTask event on the renderer's main thread (CrRendererMain). Its wall time (dur) and its
 * thread time (tdur, the CPU the thread actually had) are both kept: on a loaded machine a short task
 * can be long on the wall clock only because the thread waited for a core. Inside it, every nested
 * event is charged its self time (its duration less that of its children) under a label: the event's
 * name, with the function and script for JavaScript calls.
 */
import type { CDPSession, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'blink',
  'loading',
  '__metadata',
];

export interface Tracing {
  stop(): Promise<TraceEvent[]>;
}

export async function startTrace(page: Page): Promise<Tracing> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

export interface TaskPart {
  label: string;
  ms: number;
}

export interface TracedTask {
  /** Start, ms from the trace's mark `from`. */
  at: number;
  wallMs: number;
  /** CPU time of the thread during the task (NaN when the trace has none). */
  threadMs: number;
  parts: TaskPart[];
}

function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  const url = typeof data.url === 'string' ? data.url.replace(/^chrome-extension:\/\/[a-z]+/, '') : '';
  const fn = typeof data.functionName === 'string' ? data.functionName : '';
  if (event.name === 'FunctionCall' || event.name === 'EvaluateScript' || event.name === 'v8.compile' || event.name === 'v8.compileModule') return `${event.name} ${fn || '(anonymous)'} ${url}`.trim();
  if (event.name === 'EventDispatch' || event.name === 'TimerFire') return `${event.name} ${typeof data.type === 'string' ? data.type : ''}`.trim();
  return event.name;
}

/** The main thread of the renderer process that drew a page whose address contains `urlPart`. */
export function mainThreadOf(events: TraceEvent[], urlPart: string): { pid: number; tid: number } | null {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const main of mains) {
    const seen = events.some((e) => e.pid === main.pid && e.tid === main.tid && JSON.stringify(e.args ?? {}).includes(urlPart));
    if (seen) return { pid: main.pid, tid: main.tid };
  }
  return null;
}

/** The time (µs, trace clock) of the first user-timing mark named `name` on the thread. */
export function markTime(events: TraceEvent[], thread: { pid: number; tid: number }, name: string): number | null {
  const mark = events.find((e) => e.pid === thread.pid && e.name === name && e.cat.includes('user_timing'));
  return mark ? mark.ts : null;
}

/** The tasks over `minMs` on the thread, each broken down by self time of what ran inside. */
export function longTasks(events: TraceEvent[], thread: { pid: number; tid: number }, minMs: number, origin: number): TracedTask[] {
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur! / 1000 > minMs);
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    // Self time: each event's duration less its direct children's (events are properly nested on a thread).
    const self = new Map<TraceEvent, number>();
    const stack: TraceEvent[] = [];
    let outside = task.dur!;
    for (const event of inside) {
      while (stack.length > 0 && event.ts >= stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur!) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) self.set(parent, (self.get(parent) ?? parent.dur!) - event.dur!);
      else outside -= event.dur!;
      self.set(event, self.get(event) ?? event.dur!);
      stack.push(event);
    }
    const byLabel = new Map<string, number>();
    byLabel.set('(task itself)', outside / 1000);
    for (const [event, us] of self) byLabel.set(label(event), (byLabel.get(label(event)) ?? 0) + us / 1000);
    const parts = [...byLabel].map(([l, ms]) => ({ label: l, ms })).filter((p) => p.ms >= 1).sort((a, b) => b.ms - a.ms);
    return { at: (task.ts - origin) / 1000, wallMs: task.dur! / 1000, threadMs: typeof task.tdur === 'number' ? task.tdur / 1000 : Number.NaN, parts };
  });
}
