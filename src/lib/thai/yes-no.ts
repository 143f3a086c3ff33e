import { thaiToAsciiDigits } from './digits.js';
import { normalizeText } from './normalize.js';
import { type Parsed, fail, ok } from './result.js';
import { EXPECTED } from '../issues/messages';

/** The answers read as yes and as no (normalised, lower case; the templates list them). `/` is the Thai hand-written tick. */
export const YES_ANSWERS = ['มี', 'ใช่', 'ผ่าน', '✓', '✔', '/', '1', 'true', 'y', 'yes'] as const;
export const NO_ANSWERS = ['ไม่มี', 'ไม่ใช่', 'ไม่ผ่าน', '✗', '✘', 'x', '0', 'false', 'n', 'no', 'ไม่'] as const;
/**
 * The no answers that are words (two letters or more): where a cell also holds other notation (a criteria sheet's
 * red-flag rule "no" or ">5%"), a lone "0", "x" or "n" is too easily meant as something else.
 */
export const NO_WORDS: readonly string[] = NO_ANSWERS.filter((a) => /^[\p{L}\p{M}]{2,}$/u.test(a));

const ANSWERS: ReadonlyMap<string, boolean> = new Map([
  ...YES_ANSWERS.map((k) => [k, true] as const),
  ...NO_ANSWERS.map((k) => [k, false] as const),
]);

/** Raw cell → yes/no, ok(null) when empty. */
export function parseYesNo(value: unknown): Parsed<boolean | null> {
  if (value === null || value === undefined) return ok(null);
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    return value === 1 ? ok(true) : value === 0 ? ok(false) : fail(String(value), EXPECTED.yesNo);
  }
  if (typeof value !== 'string') return fail(String(value), EXPECTED.yesNo);
  const text = normalizeText(value);
  if (text === '') return ok(null);
  const answer = ANSWERS.get(thaiToAsciiDigits(text).toLowerCase());
  return answer === undefined ? fail(text, EXPECTED.yesNo) : ok(answer);
}
