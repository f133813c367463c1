/**
 * Command line: audit saved disclosure pages.
 *   npm run --silent audit -- [--json | --md | --csv] [--info] [--force] [--lang zh_CN|en] FILE_OR_DIR...
 * Exit 0 when every file was read (whatever was found); 2 when some file could not be read (the others
 * are still audited and printed); 64 for a usage error.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AuditOutputSchema, REPORT_VERSION, auditDocument, type AuditOutput, type DocumentReport } from '../lib';
import { say, toCsv, toMarkdown, type ExportItem, type Words } from '../lib/export';
import { lookupFor } from '../lib/i18n/dictionaries';
import { LOCALES, type Locale } from '../lib/i18n/render';
import { formatReport } from './cli/format-text';
import { InputError, READABLE_EXTENSIONS, loadDocument } from './cli/load';

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

/** `--lang en` or `--lang=en`: the language of the findings' messages (zh_CN by default). Removed from argv. */
function takeLang(argv: string[]): { lang: string | null; rest: string[] } {
  const rest: string[] = [];
  let lang: string | null = 'zh_CN';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') lang = argv[++i] ?? null;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest };
}

async function main(args: string[]): Promise<number> {
  const { lang, rest: argv } = takeLang(args);
  if (lang === null || !(LOCALES as readonly string[]).includes(lang)) {
    // The language was not understood: say so in Chinese, the default.
    const zh: Words = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' };
    process.stderr.write(`${say(zh, 'cli_badLang', { given: lang ? say(zh, 'cli_badLangGiven', { lang }) : '' })}\n${say(zh, 'cli_usage')}\n`);
    return 64;
  }
  const locale = lang as Locale;
  const words: Words = { lookup: lookupFor(locale), locale };
  const usage = say(words, 'cli_usage');
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => ![...FORMATS, '--info', '--force', '--help'].includes(f));
  const formats = FORMATS.filter((f) => flags.has(f));
  if (flags.has('--help')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (unknown.length > 0 || paths.length === 0 || formats.length > 1) {
    const problem = unknown.length
      ? `${say(words, 'cli_unknownOption', { options: unknown.join(' ') })}\n`
      : formats.length > 1
        ? `${say(words, 'cli_oneFormat', { formats: formats.join(' ') })}\n`
        : '';
    process.stderr.write(`${problem}${usage}\n`);
    return 64;
  }
  const readAt = new Date();
  const files = (await Promise.all(paths.map(expand))).flat();
  const documents: DocumentReport[] = [];
  const errors: AuditOutput['errors'] = [];
  for (const file of files) {
    try {
      const document = await loadDocument(file, words);
      const report = auditDocument(document, { force: flags.has('--force'), locale });
      documents.push(report);
      if (formats.length === 0) process.stdout.write(`${formatReport(report, { showInfo: flags.has('--info'), words })}\n\n`);
    } catch (error) {
      const message = error instanceof InputError ? error.message : say(words, 'cli_failedOn', { file, reason: (error as Error).message });
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
  // Export wording in the language of the messages (--lang).
  if (flags.has('--md')) process.stdout.write(toMarkdown(items, { includeInfo: flags.has('--info'), words }));
  if (flags.has('--csv')) process.stdout.write(toCsv(items, { includeInfo: flags.has('--info'), words }));
  return errors.length > 0 ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const zh: Words = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' };
    process.stderr.write(`${say(zh, 'cli_internal', { reason: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = 1;
  },
);
