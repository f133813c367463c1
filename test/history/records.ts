/** Test helpers: stored records and an in-memory storage area. */
import type { HistoryRecord } from '../../lib/history/record';
import type { StorageAreaLike } from '../../lib/history/store';

export function record(n: number, change: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    url: `https://x.gov.cn/doc-${n}.html`,
    title: `示例县大数据发展中心${2000 + n}年度部门决算`,
    unit: '示例县大数据发展中心',
    unitKey: '示例县大数据发展中心',
    year: 2000 + n,
    kind: '决算',
    readAt: new Date(Date.UTC(2025, 0, 1, 0, n)).toISOString(),
    totals: { 支出合计: '480.5' },
    figures: [{ subject: '基本支出', key: '基本支出', value: '320.50万元' }],
    findings: { error: 0, warning: 1, info: 2 },
    ...change,
  };
}

/** storage.local in memory, with JSON round trips like the real one (values are copies, never shared). */
export class MemoryArea implements StorageAreaLike {
  data = new Map<string, string>();
  writes = 0;
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) if (this.data.has(key)) out[key] = JSON.parse(this.data.get(key)!);
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.writes++;
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }
  raw(key: string): unknown {
    return this.data.has(key) ? JSON.parse(this.data.get(key)!) : undefined;
  }
}
