/**
 * Prints every finding's message the engine produces over the project's own material (seed pages,
 * fixtures, the browser tests' pages, the family tests' snippets, the history tests' pairs: see
 * test/helpers/corpus.ts), one line per finding. Used to show that a change to how messages are built
 * (such as the move to message keys) leaves the words unchanged: run it before and after, and diff.
 *
 *   npx tsx scripts/snapshot-messages.ts [--lang zh_CN|en] > /tmp/messages.txt
 */
import type { Locale } from '../lib';
import { corpusFindings } from '../test/helpers/corpus';

const lang = (process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : 'zh_CN') as Locale;
const lines = (await corpusFindings(lang)).map(({ source, finding }) => `${source}\t${finding.check}\t${finding.severity}\t${finding.message}`);
process.stdout.write(`${lines.join('\n')}\n`);
