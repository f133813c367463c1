/**
 * Command line: audit saved disclosure pages.
 *   npm run --silent audit -- [--json] [--info] [--force] FILE_OR_DIR...
 * Exit 0 when every file was read (whatever was found); 2 when some file could not be read (the others
 * are still audited and printed); 64 for a usage error.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AuditOutputSchema, CHECK_FAMILIES, REPORT_VERSION, auditDocument, type AuditOutput, type DocumentReport } from '../lib';
import { formatReport } from './cli/format-text';
import { InputError, READABLE_EXTENSIONS, loadDocument } from './cli/load';

const USAGE = '用法：npm run --silent audit -- [--json] [--info] [--force] 文件或目录…';

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
  const unknown = [...flags].filter((f) => !['--json', '--info', '--force', '--help'].includes(f));
  if (flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (unknown.length > 0 || paths.length === 0) {
    process.stderr.write(`${unknown.length ? `未知选项：${unknown.join(' ')}\n` : ''}${USAGE}\n`);
    return 64;
  }
  const files = (await Promise.all(paths.map(expand))).flat();
  const documents: DocumentReport[] = [];
  const errors: AuditOutput['errors'] = [];
  const titles = Object.fromEntries(CHECK_FAMILIES.map((family) => [family.id, family.title]));
  for (const file of files) {
    try {
      const document = await loadDocument(file);
      const report = auditDocument(document, { force: flags.has('--force') });
      documents.push(report);
      if (!flags.has('--json')) process.stdout.write(`${formatReport(report, { showInfo: flags.has('--info'), titles })}\n\n`);
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
