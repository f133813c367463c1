/**
 * The history's messages in the reader's language: why an import was refused, why stored data was set
 * aside, what a notice's details say. lib/history returns these as codes and values; the extension
 * renders them with its Words (components/i18n.ts UI_WORDS), Node with lookupFor(locale). Messages
 * under "history" in locales/*.json.
 */
import { numberText, say, type Words } from '../export/words';
// Types only: the schemas stay with the code that validates.
import type { ImportError } from './import-file';
import type { HistoryNotice, SetAsideReason, StoredReason } from './record';

/** Fields of a history file that have a name for the reader (message `history_field_<name>`). */
const FIELDS: ReadonlySet<string> = new Set(['url', 'title', 'unit', 'unitKey', 'year', 'kind', 'readAt', 'totals', 'figures', 'findings', 'exportedAt', 'documents']);

/** Where in the file: "第 2 份记录的“读取时间”" / "record 2 › “read at”". Other fields by their own name. */
function placeText(words: Words, path: ReadonlyArray<string | number>): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const next = path[i + 1];
    if (step === 'documents' && typeof next === 'number') {
      parts.push(say(words, 'history_import_record', { number: numberText(words, next + 1) }));
      i++;
    } else if (typeof step === 'number') parts.push(say(words, 'history_import_item', { number: numberText(words, step + 1) }));
    else parts.push(say(words, 'history_import_field', { name: (FIELDS.has(step) && words.lookup(`history_field_${step}`)) || step }));
  }
  return parts.join(say(words, 'history_import_pathSeparator'));
}

/** Why a file was not imported, as one sentence. */
export function importErrorText(words: Words, error: ImportError): string {
  switch (error.code) {
    case 'notJson':
      return say(words, 'history_import_notJson');
    case 'notHistory':
      return say(words, 'history_import_notHistory');
    case 'version':
      return say(words, 'history_import_version', { found: error.found, supported: numberText(words, error.supported) });
    case 'invalid': {
      const place = placeText(words, error.path);
      return say(words, 'history_import_invalid', {
        place: place ? say(words, 'history_import_invalidPlace', { place }) : '',
        count: error.count > 1 ? say(words, 'history_import_invalidCount', { count: numberText(words, error.count) }) : '',
      });
    }
  }
}

function setAsideReasonText(words: Words, reason: SetAsideReason): string {
  switch (reason.code) {
    case 'unrecognised':
      return say(words, 'history_setAside_unrecognised');
    case 'newerVersion':
      return say(words, 'history_setAside_newerVersion', { version: numberText(words, reason.version) });
    case 'unreadableRecord': {
      const issue =
        reason.path !== undefined
          ? say(words, 'history_setAside_issueAt', { path: reason.path || say(words, 'history_setAside_whole'), problem: reason.problem ?? '' })
          : (reason.problem ?? say(words, 'history_setAside_mismatch'));
      return say(words, 'history_setAside_unreadableRecord', { number: numberText(words, reason.position), issue });
    }
  }
}

/** Why data was set aside. A reason stored by an earlier version (a sentence) as it is. */
export function setAsideText(words: Words, reason: StoredReason): string {
  return typeof reason === 'string' ? reason : setAsideReasonText(words, reason);
}

/** A notice's details; a notice stored by an earlier version holds its sentence, shown as it is. '' when there are none. */
export function noticeDetailText(words: Words, notice: Pick<HistoryNotice, 'detail' | 'count'>): string {
  const { detail, count } = notice;
  if (typeof detail === 'string') return detail;
  if (detail.code === 'quarantined') return detail.reasons.map((reason) => setAsideReasonText(words, reason)).join(say(words, 'history_setAside_separator'));
  const titles = detail.titles.join(say(words, 'history_notice_titleSeparator'));
  const more = count > detail.titles.length ? say(words, 'history_notice_droppedMore', { count: numberText(words, count - detail.titles.length) }) : '';
  return say(words, 'history_notice_dropped', {
    limit: numberText(words, detail.limit),
    megabytes: numberText(words, detail.megabytes),
    count: numberText(words, count),
    titles: `${titles}${more}`,
  });
}

/** The line that says what happened. */
export function noticeText(words: Words, notice: HistoryNotice): string {
  const count = numberText(words, notice.count);
  if (notice.kind === 'dropped') return say(words, 'ui_notices_dropped', { count });
  if (notice.kind === 'quarantined') return say(words, 'ui_notices_quarantined', { count });
  return say(words, 'history_notice_migrated', { count });
}
