/**
 * The user's switches, kept in extension storage so the panel, the background (keyboard command) and
 * every content script agree. Read through zod: a value written by another version (or hand-edited)
 * falls back to the defaults instead of breaking anything.
 *
 * Plain browser.storage.local rather than WXT's storage items: three booleans do not need its versioning,
 * and it would add ~16 kB to the content script.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

export const SettingsSchema = z.object({
  /** Paint highlights on the page (the badge and the panel stay either way). */
  highlights: z.boolean(),
  /** Also paint info-level findings (rounding gaps, figures that could not be checked). */
  showInfo: z.boolean(),
  /** Also tick the totals the engine checked and found consistent (report.verified). */
  ticks: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlights: true, showInfo: false, ticks: false };
export const SETTINGS_KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  // Settings stored before a switch existed lack its key: that switch takes its default, the others stay.
  const stored = typeof value === 'object' && value !== null ? value : {};
  const parsed = z.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(parseSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
