/** The panel's view of the saved history: the records of the units on screen, and the notices. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistoryNotice, HistoryRecord } from '../../lib/history/record';
import { askHistory, watchHistory } from '../shared/history-client';

export interface PanelHistoryData {
  records: HistoryRecord[];
  notices: HistoryNotice[];
  dismiss: () => void;
}

export function useHistory(units: ReadonlyArray<string | null>): PanelHistoryData {
  const [records, setRecords] = useState<HistoryRecord[]>([]);
  const [notices, setNotices] = useState<HistoryNotice[]>([]);
  const [generation, setGeneration] = useState(0);
  const wanted = [...new Set(units.filter((u): u is string => u !== null))].sort().join('\n');

  useEffect(() => watchHistory(() => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    let live = true;
    const list = wanted ? wanted.split('\n') : [];
    // One request per unit; with no unit on screen, still ask (for the notices) but for no records.
    const requests = list.length > 0 ? list.map((unit) => askHistory({ type: 'suanpan:history-get', unit })) : [askHistory({ type: 'suanpan:history-get', unit: null })];
    void Promise.all(requests).then((results) => {
      if (!live) return;
      const seen = new Set<string>();
      const all: HistoryRecord[] = [];
      for (const result of results) for (const record of result.view?.documents ?? []) if (!seen.has(record.url) && seen.add(record.url)) all.push(record);
      setRecords(all);
      setNotices(results.find((r) => r.view)?.view?.notices ?? []);
    });
    return () => {
      live = false;
    };
  }, [wanted, generation]);

  const dismiss = useCallback(() => void askHistory({ type: 'suanpan:history-dismiss-notices' }).then(() => setNotices([])), []);
  return { records, notices, dismiss };
}
