/**
 * Indicator codes as officers type them, in one place: audit books, batch sheets, criteria sheets, plan topics and
 * KM front matter all read "f๑" or " F 1 " as F1, the criteria's form (INDICATOR_CODE).
 */
import { INDICATOR_CODE } from '../schema/criteria';
import { thaiToAsciiDigits } from './digits';
import { normalizeText } from './normalize';

/** Text in which codes are looked for: NFC, no invisible characters, Thai digits as ASCII, upper case (spaces kept). */
export function codeText(text: string): string {
  return thaiToAsciiDigits(normalizeText(text)).toUpperCase();
}

/** An indicator code as typed ("f๑", " B 1 ") → the criteria's form ("F1", "B1"); other text upper-cased, without spaces. */
export function normalizeIndicatorCode(text: string): string {
  return codeText(text).replace(/\s+/g, '');
}

/** The code the text is, in the criteria's form, or undefined when it is not one (free text, a name). */
export function asIndicatorCode(text: string): string | undefined {
  const code = normalizeIndicatorCode(text);
  return INDICATOR_CODE.test(code) ? code : undefined;
}
