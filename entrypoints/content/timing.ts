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
