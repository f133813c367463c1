/**
 * Why an item is ✗, not applicable or unchecked, as a message key and its arguments. Made here rather
 * than with lib/i18n/explain.ts's helper, whose module carries the zod schema: the engine runs in the
 * content script, which must not bundle zod's classic build.
 */
import type { Explain, ExplainArg } from '../i18n/explain';

export function because(key: string, args: Record<string, ExplainArg> = {}): Explain {
  return { key, args };
}
