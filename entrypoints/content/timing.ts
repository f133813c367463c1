/**
 * Test builds record how long each synchronous piece of our work took (performance.measure entries
 * named suanpan:*), so the browser tests can hold every one of them under the 50 ms long-task line.
 * Release builds skip it entirely (__SUANPAN_TEST__ is a build-time constant).
 */
export function timed<T>(name: string, work: () => T): T {
  if (!__SUANPAN_TEST__) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(`suanpan:${name}`, { start, end: performance.now() });
  }
}

/**
 * Test builds: marks `suanpan:presented` once the browser has rendered the next frame (a task after
 * the frame's requestAnimationFrame), so the benchmark's "painted" includes the browser's own style
 * and paint work that our highlights cause, not only our calls.
 */
export function markPresented(): void {
  if (!__SUANPAN_TEST__) return;
  requestAnimationFrame(() => setTimeout(() => performance.mark('suanpan:presented'), 0));
}
