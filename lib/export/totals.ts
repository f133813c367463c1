/**
 * Names of the report's totals for the reader. The totals are keyed by their Chinese names (TOTAL_KEYS,
 * data in the report contract); each has a message, export_total_<name>, whose Chinese text is the key
 * itself. Apart from words.ts because it needs TOTAL_KEYS at run time (report.ts, with zod), which the
 * content script does not bundle.
 */
import { TOTAL_KEYS, type TotalKey } from '../report';
import { say, type Words } from './words';

/** Message names of the totals, in the order of TOTAL_KEYS. */
export const TOTAL_WORDS = ['income', 'spending', 'basic', 'project', 'personnel', 'publicUse', 'threePublic'] as const;

export function totalLabel(words: Words, key: TotalKey): string {
  const name = TOTAL_WORDS[TOTAL_KEYS.indexOf(key)];
  return name ? say(words, `export_total_${name}`) : key;
}
