const THAI_DIGIT = /[\u0E50-\u0E59]/g; // ๐–๙
const HAS_THAI_DIGIT = /[\u0E50-\u0E59]/;

const toAscii = (d: string): string => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 0x30);

/** Thai digits ๐–๙ → ASCII 0–9; everything else unchanged. */
export function thaiToAsciiDigits(s: string): string {
  return HAS_THAI_DIGIT.test(s) ? s.replace(THAI_DIGIT, toAscii) : s;
}
