/**
 * Command line: audit saved disclosure pages.
 *   npm run --silent audit -- [--json | --md | --csv] [--info] [--force] FILE_OR_DIR...
 * Exit 0 when every file was read (whatever was found); 2 when some file could not be read (the others
 * are still audited and printed); 64 for a usage error.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AuditOutputSchema, CHECK_FAMILIES, REPORT_VERSION, auditDocument, type AuditOutput, type DocumentReport } from '../lib';
import { toCsv, toMarkdown, type ExportItem } from '../lib/export';
import { formatReport } from './cli/format-text';
import { InputError, READABLE_EXTENSIONS, loadDocument } from './cli/load';

const USAGE = '用法：npm run --silent audit -- [--json | --md | --csv] [--info] [--force] 文件或目录…';
/** One output format at a time: each is a whole document (JSON object, Markdown, CSV table). */
const FORMATS = ['--json', '--md', '--csv'];

async function expand(argument: string): Promise<string[]> {
  try {
    if ((await stat(argument)).isDirectory()) {
      const names = (await readdir(argument)).filter((name) => READABLE_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      return names.map((name) => join(argument, name));
    }
  } catch {
    // Let loadDocument report it, with the path as given.
  }
  return [argument];
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => ![...FORMATS, '--info', '--force', '--help'].includes(f));
  const formats = FORMATS.filter((f) => flags.has(f));
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0 || paths.length === 0 || formats.length > 1) {
    const problem = unknown.length ? `未知选项：${unknown.join(' ')}\n` : formats.length > 1 ? `只能选一种输出格式：${formats.join(' ')}\n` : '';
    process.stderr.write(`${problem}${USAGE}\n`);
    return 64;
  }
  const readAt = new Date();
  const files = (await Promise.all(paths.map(expand))).flat();
  const documents: DocumentReport[] = [];
  const errors: AuditOutput['errors'] = [];
  const titles = Object.fromEntries(CHECK_FAMILIES.map((family) => [family.id, family.title]));
  for (const file of files) {
    try {
      const document = await loadDocument(file);
      const report = auditDocument(document, { force: flags.has('--force') });
      documents.push(report);
      if (formats.length === 0) process.stdout.write(`${formatReport(report, { showInfo: flags.has('--info'), titles })}\n\n`);
    } catch (error) {
      const message = error instanceof InputError ? error.message : `处理 ${file} 时出错：${(error as Error).message}`;
      errors.push({ source: file, message });
      process.stderr.write(`${message}\n`);
    }
  }
  if (flags.has('--json')) {
    const output = AuditOutputSchema.parse({ version: REPORT_VERSION, documents, errors });
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  // The same Markdown and CSV as the extension's export; the file's path stands for the address.
  const items: ExportItem[] = documents.map((report) => ({ url: report.source, readAt, report }));
  if (flags.has('--md')) process.stdout.write(toMarkdown(items, { includeInfo: flags.has('--info') }));
  if (flags.has('--csv')) process.stdout.write(toCsv(items, { includeInfo: flags.has('--info') }));
  return errors.length > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
