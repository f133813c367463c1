/**
 * The messages between the content script, the background and the side panel. Every receiver parses
 * what it gets with these schemas and ignores anything else: a page cannot reach these channels, but
 * another version of the extension (an update mid-session) or a bug can send shapes we do not expect.
 *
 * zod/mini keeps the content script small; the state message, which carries a whole report, has its
 * schema in state.ts (full zod, through lib's DocumentReportSchema) so only the panel pays for it.
 */
import * as z from 'zod/mini';

/**
 * A whole number ≥ `min`. Spelled with multipleOf rather than z.int(), and the union below is a plain
 * union rather than a discriminated one: each of those costs the content script about 300 bytes gzipped
 * of zod code, for nothing these few small messages need.
 */
export function wholeNumber(min: number) {
  return z.number().check(z.gte(min), z.multipleOf(1));
}

const index = wholeNumber(0);

/** Panel/background → content script. */
export const ToContentSchema = z.union([
  /** Each frame answers by sending its state with runtime.sendMessage (so the panel learns frameIds). */
  z.object({ type: z.literal('suanpan:get-state') }),
  /** Scroll to a finding's first highlighted figure, flash it and show its card. */
  z.object({ type: z.literal('suanpan:reveal'), finding: index }),
  /** Scroll to the first place of a checklist item whose places belong to no finding, and flash it. */
  z.object({ type: z.literal('suanpan:reveal-place'), item: z.string() }),
  /** Keyboard command: go to the next / previous highlighted figure. */
  z.object({ type: z.literal('suanpan:navigate'), direction: z.enum(['next', 'previous']) }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

export const RevealResultSchema = z.object({ ok: z.boolean() });
export type RevealResult = z.infer<typeof RevealResultSchema>;

/** Content script → background: the badge's button asks for the side panel. */
export const OpenPanelSchema = z.object({ type: z.literal('suanpan:open-panel') });
export type OpenPanel = z.infer<typeof OpenPanelSchema>;

/**
 * Content script → background: the user asked to check a PDF the page links to, in the viewer; `with`,
 * its 附表 as a second file, checked together with it ("一起检查").
 */
export const OpenViewerSchema = z.object({
  type: z.literal('suanpan:open-viewer'),
  src: z.string().check(z.maxLength(4096)),
  with: z.optional(z.string().check(z.maxLength(4096))),
});

/** Content script (top frame) → background: this tab shows a PDF whose address does not end in .pdf. */
export const PdfTabSchema = z.object({ type: z.literal('suanpan:pdf-tab'), url: z.string().check(z.maxLength(4096)) });
export type PdfTab = z.infer<typeof PdfTabSchema>;
export type OpenViewer = z.infer<typeof OpenViewerSchema>;

/** Panel → background: the user granted a site; inject into this tab now. */
export const SiteEnabledSchema = z.object({ type: z.literal('suanpan:site-enabled'), tabId: index });
export type SiteEnabled = z.infer<typeof SiteEnabledSchema>;

export const STATE_MESSAGE = 'suanpan:state';
