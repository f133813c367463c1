/**
 * The user's switches, kept in extension storage so the panel, the background (keyboard command) and
 * every content script agree. Read through zod: a value written by another version (or hand-edited)
 * falls back to the defaults instead of breaking anything.
 *
 * Plain browser.storage.local rather than WXT's storage items: two booleans do not need its versioning,
 * and it would add ~16 kB to the content script.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

export const SettingsSchema = z.object({
  /** Paint highlights on the page (the badge and the panel stay either way). */
  highlights: z.boolean(),
  /** Also paint info-level findings (rounding gaps, figures that could not be checked). */
  showInfo: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { highlights: true, showInfo: false };
export const SETTINGS_KEY = 'settings';

export function parseSettings(value: unknown): Settings {
  const parsed = z.safeParse(SettingsSchema, value);
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
