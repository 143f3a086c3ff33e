import { thaiToAsciiDigits } from './digits.js';

/**
 * Characters that show nothing and that office programs and copy-paste leave inside cells: zero-width space,
 * non-joiner and joiner (U+200B–U+200D), left-to-right and right-to-left marks (U+200E, U+200F), word joiner and the
 * invisible operators (U+2060–U+2064), soft hyphen (U+00AD), byte-order mark (U+FEFF). One list: normalizeText
 * drops them, and the privacy recogniser skips them in place (isInvisible), so "081\u200B234 5678" reads as a phone.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x200b, 0x200f],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`, 'g');
const WHITESPACE = /\s+/g; // \s includes NBSP (U+00A0) and other Unicode spaces
const TRAILING_UNIT = /\s*[(（[][^()（）[\]]*[)）\]]$/;
const ASCII_UPPER = /[A-Z]+/g;

const DECOMPOSED_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g; // ํ (tone) า typed for (tone) ำ

const lower = (m: string): string => m.toLowerCase();

/** True for one UTF-16 unit of the invisible characters above. */
export function isInvisible(code: number): boolean {
  if (code < 0x200b) return code === 0x00ad; // ASCII, Latin, Thai: the common case of the gate's scan of every file
  for (const [a, b] of INVISIBLE_RANGES) if (code >= a && code <= b) return true;
  return false;
}

/** The text without its invisible characters. */
export function removeInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** NFC, drop invisible characters, any whitespace run (incl. NBSP) → one space, trim. */
export function normalizeText(s: string): string {
  return removeInvisible(s.normalize('NFC')).replace(WHITESPACE, ' ').trim();
}

/** ำ as one letter where it was typed as ํ + า (with a tone mark between), as many keyboards and PDFs write it. */
export function composeSaraAm(s: string): string {
  return s.replace(DECOMPOSED_SARA_AM, '$1\u0E33');
}

/**
 * Header/sheet-name key: normalizeText + Thai digits → ASCII + drop one trailing bracketed
 * unit such as "(บาท)", "(คน)", "(%)" + ASCII letters lower-cased.
 */
export function normalizeHeader(s: string): string {
  let h = thaiToAsciiDigits(normalizeText(s));
  const cut = h.replace(TRAILING_UNIT, '');
  if (cut !== '') h = cut;
  return h.replace(ASCII_UPPER, lower);
}
