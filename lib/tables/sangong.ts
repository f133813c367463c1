/** The 三公 items, named the same way in headers, table rows and prose. */
import type { TableColumn } from './read';

export type SangongItem = 'total' | 'abroad' | 'vehicle' | 'purchase' | 'operation' | 'reception';

export function sangongItem(name: string): SangongItem | null {
  if (/因公出国/.test(name)) return 'abroad';
  if (/购置及运行|购置和运行/.test(name)) return 'vehicle';
  if (/购置/.test(name)) return 'purchase';
  if (/运行/.test(name)) return 'operation';
  if (/接待/.test(name)) return 'reception';
  if (/三公|^合计$/.test(name)) return 'total';
  return null;
}

/** A column's own item: the header just above 预算数/决算数 ("小计" stands for its parent item). */
export function columnItem(column: TableColumn): SangongItem | null {
  const names = column.path.filter((p) => !/^(预算数|决算数|小计)$/.test(p));
  return sangongItem(names[names.length - 1] ?? '');
}

/** Whether a column holds budgets (预算数), actuals (决算数), or does not say. */
export function columnFigure(column: TableColumn): 'budget' | 'actual' | null {
  const last = column.path[column.path.length - 1] ?? '';
  return /预算/.test(last) ? 'budget' : /决算|实际/.test(last) ? 'actual' : null;
}
