/** A report to export: a real one (the 万州 seed's prose, audited) with its address and time. */
import type { ExportItem } from '../../lib/export';
import type { DocumentReport } from '../../lib/report';
import { auditProse } from '../helpers/audit';

export const READ_AT = new Date(2025, 0, 2, 3, 4, 5);

export function sampleReport(): DocumentReport {
  const report = auditProse(
    [
      '示例县数据中心2024年部门预算情况说明',
      '收入预算总额为560.00万元，其中：财政拨款收入500.00万元，事业收入50.00万元。',
      '基本支出382.58万元，比上年减少10.95万元，下降3.1%。',
    ].join('\n'),
  );
  return { ...report, title: '示例县数据中心2024年部门预算情况说明', unit: '示例县数据中心', year: 2024, kind: '预算', detected: true };
}

export function sampleItem(change: Partial<DocumentReport> = {}): ExportItem {
  return { url: 'https://x.gov.cn/a.html?id=1&b=2', readAt: READ_AT, report: { ...sampleReport(), ...change } };
}
