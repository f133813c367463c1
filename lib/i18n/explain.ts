/**
 * An explanation as data: a message key and its named arguments. The engine says *what* it found in
 * this form; turning it into words happens at the edge (the CLI in Node, browser.i18n in the extension),
 * so one finding reads in Chinese or English and its computed numbers follow the reader's locale.
 *
 * Text copied from the document (names, printed figures, quotes) is a plain string and is never
 * translated: the reader must be able to find it on the page. Numbers the engine computed are
 * `{ number }` and are formatted for the locale; `{ unit }` is a money unit word.
 */
import { z } from 'zod';

export const MONEY_UNITS = ['元', '万元', '亿元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

export type ExplainArg =
  | string
  | { number: string; places?: number }
  | { unit: MoneyUnit }
  | { message: string; args?: Record<string, ExplainArg> };

export const ExplainArgSchema: z.ZodType<ExplainArg> = z.lazy(() =>
  z.union([
    z.string(),
    /** A computed decimal, as a string ("1234.5"), shown with exactly `places` decimals when given. */
    z.object({ number: z.string(), places: z.number().int().min(0).max(12).optional() }),
    z.object({ unit: z.enum(MONEY_UNITS) }),
    /** Another message, nested (a clause that varies: "（在取整误差范围内）"). */
    z.object({ message: z.string().regex(/^[A-Za-z0-9_]+$/), args: z.record(z.string(), ExplainArgSchema).optional() }),
  ]),
);

export const ExplainSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9_]+$/),
  args: z.record(z.string(), ExplainArgSchema),
});
export interface Explain {
  /** The flattened message key, as browser.i18n names it ("explain_partsTotal_beyondRounding"). */
  key: string;
  args: Record<string, ExplainArg>;
}

export function explain(key: string, args: Record<string, ExplainArg> = {}): Explain {
  return { key, args };
}
