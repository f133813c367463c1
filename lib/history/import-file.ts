/**
 * Reading a history file chosen by the user. Anything wrong is refused as a whole with a message in
 * plain Chinese that says what is wrong and where; nothing is imported from a file that fails.
 */
import { HISTORY_FILE_FORMAT, HISTORY_VERSION, HistoryFileSchema, type HistoryFile } from './record';

export type ImportResult = { ok: true; file: HistoryFile } | { ok: false; message: string };

const FIELD_NAMES: Record<string, string> = {
  url: '地址',
  title: '标题',
  unit: '单位',
  unitKey: '单位键',
  year: '年度',
  kind: '类型',
  readAt: '读取时间',
  totals: '总额',
  figures: '关键数字',
  findings: '问题统计',
  exportedAt: '导出时间',
  documents: '记录列表',
};

function where(path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (step === 'documents' && typeof path[i + 1] === 'number') {
      parts.push(`第 ${(path[i + 1] as number) + 1} 份记录`);
      i++;
    } else if (typeof step === 'number') parts.push(`第 ${step + 1} 项`);
    else parts.push(`“${FIELD_NAMES[String(step)] ?? String(step)}”`);
  }
  return parts.join('的');
}

export function parseHistoryFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '无法导入：文件不是有效的 JSON。请选择算盘“导出全部”生成的 .json 文件。' };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== HISTORY_FILE_FORMAT) {
    return { ok: false, message: '无法导入：这不是算盘导出的历史记录文件（缺少 "format": "suanpan-history"）。' };
  }
  if (head.version !== HISTORY_VERSION) {
    return { ok: false, message: `无法导入：文件的格式版本为 ${JSON.stringify(head.version)}，这个版本的算盘只能读取版本 ${HISTORY_VERSION}。` };
  }
  const parsed = HistoryFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const place = issue ? where(issue.path) : '';
  const count = parsed.error.issues.length;
  return {
    ok: false,
    message: `无法导入：文件内容不符合格式${place ? `，${place}不正确` : ''}${count > 1 ? `（共 ${count} 处问题）` : ''}。没有导入任何记录。`,
  };
}

