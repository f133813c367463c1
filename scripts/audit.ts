/**
 * Command line: audit saved disclosure pages.
 *   npm run --silent audit -- [--json | --md | --csv] [--info] [--force] [--separate] [--no-checklist] [--lang zh_CN|en] [--fail-on error|warning] FILE_OR_DIR… (- for standard input)
 * A 情况说明 and its 附表 given as two files (x.pdf or x-text.pdf, and x-tables.pdf) of the same unit, year and
 * kind are audited as one document, `source` "x-text.pdf + x-tables.pdf"; --separate audits every file alone.
 * Exit 0 when every file was read (whatever was found); 1 when --fail-on was given and a finding at or
 * above that level exists; 2 when some file could not be read (the others are still audited and
 * printed; wins over 1); 64 for a usage error; 70 for an internal error. `--help` says the same.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AuditOutputSchema, REPORT_VERSION, SOURCE_JOINER, auditDocument, type AuditOutput, type DocumentReport } from '../lib';
import { say, toCsv, toMarkdown, type ExportItem, type Words } from '../lib/export';
import { lookupFor } from '../lib/i18n/dictionaries';
import { LOCALES, type Locale } from '../lib/i18n/render';
import { COLOURS, PLAIN, formatReport, formatSummary, wantsColour } from './cli/format-text';
import { groupDisclosures, type Group, type Loaded } from './cli/group';
import { InputError, READABLE_EXTENSIONS, extensionsText, loadDocument, loadStdin } from './cli/load';

/** One output format at a time: each is a whole document (JSON object, Markdown, CSV table). */
const FORMATS = ['--json', '--md', '--csv'] as const;
const FAIL_ON = ['error', 'warning'] as const;
/** Progress on a terminal's stderr from this many files on. */
const PROGRESS_FROM = 5;
/** Standard input, as a path. */
const STDIN = '-';

async function expand(argument: string): Promise<string[]> {
  if (argument === STDIN) return [argument];
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

/** Where the command reads and writes: the process's own streams, or a test's. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string> | Iterable<Buffer | string>;
  env: NodeJS.ProcessEnv;
}

/** The process's streams; standard input is touched only when `-` is read (opening it can hold the process). */
function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

interface Options {
  lang: string | null;
  failOn: string | null;
  /** `--fail-on` was given (with a value or without). */
  failOnGiven: boolean;
  flags: Set<string>;
  unknown: string[];
  paths: string[];
}

/** Options and paths; `--lang` and `--fail-on` take a value (`--lang en` or `--lang=en`); after `--` only paths. */
function parse(argv: string[]): Options {
  const options: Options = { lang: 'zh_CN', failOn: null, failOnGiven: false, flags: new Set(), unknown: [], paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      options.paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--lang') options.lang = argv[++i] ?? null;
    else if (arg.startsWith('--lang=')) options.lang = arg.slice('--lang='.length);
    else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      options.failOnGiven = true;
      options.failOn = arg === '--fail-on' ? (argv[++i] ?? null) : arg.slice('--fail-on='.length);
    } else if (arg === '-h' || arg === '--help') options.flags.add('--help');
    else if (arg === STDIN || !arg.startsWith('-')) options.paths.push(arg);
    else if ([...FORMATS, '--info', '--force', '--separate', '--no-checklist'].includes(arg)) options.flags.add(arg);
    else options.unknown.push(arg);
  }
  return options;
}

async function main(args: string[], io: Io): Promise<number> {
  const options = parse(args);
  const { lang, flags, paths, unknown } = options;
  if (lang === null || !(LOCALES as readonly string[]).includes(lang)) {
    // The language was not understood: say so in Chinese, the default.
    const zh: Words = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' };
    io.stderr.write(`${say(zh, 'cli_badLang', { given: lang ? say(zh, 'cli_badLangGiven', { lang }) : '' })}\n${say(zh, 'cli_usage')}\n`);
    return 64;
  }
  const locale = lang as Locale;
  const words: Words = { lookup: lookupFor(locale), locale };
  const usage = say(words, 'cli_usage');
  if (flags.has('--help')) {
    io.stdout.write(`${say(words, 'cli_help', { extensions: extensionsText(words) })}\n`);
    return 0;
  }
  const formats = FORMATS.filter((f) => flags.has(f));
  const failOn = options.failOn as (typeof FAIL_ON)[number] | null;
  const badFailOn = options.failOnGiven && !(FAIL_ON as readonly (string | null)[]).includes(failOn);
  if (unknown.length > 0 || paths.length === 0 || formats.length > 1 || badFailOn) {
    const problem = unknown.length
      ? `${say(words, 'cli_unknownOption', { options: unknown.join(' ') })}\n`
      : badFailOn
        ? `${say(words, 'cli_badFailOn', { given: failOn ? say(words, 'cli_badLangGiven', { lang: failOn }) : '' })}\n`
        : formats.length > 1
          ? `${say(words, 'cli_oneFormat', { formats: formats.join(' ') })}\n`
          : '';
    io.stderr.write(`${problem}${usage}\n`);
    return 64;
  }
  const text = formats.length === 0;
  const paint = text && wantsColour(io.stdout.isTTY, io.env) ? COLOURS : PLAIN;
  const showProgress = Boolean(io.stderr.isTTY);
  const force = flags.has('--force');
  const readAt = new Date();
  const files = (await Promise.all(paths.map(expand))).flat();
  // The checklist in the text, Markdown and CSV (the JSON contract always has it).
  const checklist = !flags.has('--no-checklist');
  const documents: DocumentReport[] = [];
  const errors: AuditOutput['errors'] = [];
  // One line on a terminal's stderr, rewritten for each file and wiped before anything else is written.
  const progress = showProgress && files.length >= PROGRESS_FROM;
  const clearProgress = () => {
    if (progress) io.stderr.write('\r\u001b[K');
  };
  // Read every file first: a 情况说明 and its 附表 given together are then audited as one document.
  const loaded: Loaded[] = [];
  for (const [index, file] of files.entries()) {
    if (progress) io.stderr.write(`\r\u001b[K${say(words, 'cli_progress', { done: index + 1, total: files.length, file })}`);
    try {
      loaded.push({ path: file, document: file === STDIN ? await loadStdin(words, io.stdin) : await loadDocument(file, words) });
    } catch (error) {
      const source = file === STDIN ? say(words, 'cli_stdin') : file;
      const message = error instanceof InputError ? error.message : say(words, 'cli_failedOn', { file: source, reason: (error as Error).message });
      errors.push({ source: file, message });
      clearProgress();
      io.stderr.write(`${message}\n`);
    }
  }
  clearProgress();
  const groups: Group[] = flags.has('--separate') ? loaded.map((item) => ({ paths: [item.path], document: item.document })) : groupDisclosures(loaded);
  let filesAudited = 0;
  for (const [index, group] of groups.entries()) {
    if (progress) io.stderr.write(`\r\u001b[K${say(words, 'cli_progress', { done: index + 1, total: groups.length, file: group.paths.join(SOURCE_JOINER) })}`);
    try {
      const report = auditDocument(group.document, { force, locale });
      documents.push(report);
      filesAudited += group.paths.length;
      clearProgress();
      if (text) io.stdout.write(`${formatReport(report, { showInfo: flags.has('--info'), words, force, paint, checklist })}\n\n`);
    } catch (error) {
      clearProgress();
      const source = group.paths.join(SOURCE_JOINER);
      const message = say(words, 'cli_failedOn', { file: source, reason: (error as Error).message });
      errors.push({ source, message });
      io.stderr.write(`${message}\n`);
    }
  }
  clearProgress();
  if (text) io.stdout.write(`${formatSummary(documents, errors.length, { words, paint, files: filesAudited })}\n`);
  if (flags.has('--json')) {
    const output = AuditOutputSchema.parse({ version: REPORT_VERSION, documents, errors });
    io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  // The same Markdown and CSV as the extension's export; the file's path stands for the address.
  const items: ExportItem[] = documents.map((report) => ({ url: report.source, readAt, report }));
  // Export wording in the language of the messages (--lang); with --force every document is shown as checked.
  if (flags.has('--md')) io.stdout.write(toMarkdown(items, { includeInfo: flags.has('--info'), words, force, checklist }));
  if (flags.has('--csv')) io.stdout.write(toCsv(items, { includeInfo: flags.has('--info'), words, force, checklist }));
  if (errors.length > 0) return 2;
  const levels = failOn === 'error' ? ['error'] : failOn === 'warning' ? ['error', 'warning'] : [];
  return documents.some((report) => report.findings.some((finding) => levels.includes(finding.severity))) ? 1 : 0;
}

/** Runs the command; resolves to its exit status (an internal error is reported and gives 70). */
export async function runAudit(args: string[], io: Io = processIo()): Promise<number> {
  try {
    return await main(args, io);
  } catch (error) {
    const zh: Words = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' };
    io.stderr.write(`${say(zh, 'cli_internal', { reason: error instanceof Error ? error.message : String(error) })}\n`);
    return 70;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runAudit(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
