const THAI_DIGIT = /[\u0E50-\u0E59]/g; // ๐–๙
const HAS_THAI_DIGIT = /[\u0E50-\u0E59]/;
const THAI_ZERO = 0x0e50;
const FULL_WIDTH_ZERO = 0xff10;

const toAscii = (d: string): string => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + 0x30);

/** Thai digits ๐–๙ → ASCII 0–9; everything else unchanged. */
export function thaiToAsciiDigits(s: string): string {
  return HAS_THAI_DIGIT.test(s) ? s.replace(THAI_DIGIT, toAscii) : s;
}

/**
 * The value of one UTF-16 unit that is a digit as officers type it — ASCII, Thai (๐–๙) or full-width (０–９, from
 * an Asian input method) — or -1. The privacy recogniser reads digits in place with it, so it can map a match back to
 * its position in the original text.
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= THAI_ZERO && code <= THAI_ZERO + 9) return code - THAI_ZERO;
  if (code >= FULL_WIDTH_ZERO && code <= FULL_WIDTH_ZERO + 9) return code - FULL_WIDTH_ZERO;
  return -1;
}
