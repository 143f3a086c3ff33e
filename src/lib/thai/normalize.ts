import { thaiToAsciiDigits } from './digits.js';

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
const WHITESPACE = /\s+/g; // \s includes NBSP (U+00A0) and other Unicode spaces
const TRAILING_UNIT = /\s*[(（[][^()（）[\]]*[)）\]]$/;
const ASCII_UPPER = /[A-Z]+/g;

const lower = (m: string): string => m.toLowerCase();

/** NFC, drop zero-width characters, any whitespace run (incl. NBSP) → one space, trim. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(ZERO_WIDTH, '').replace(WHITESPACE, ' ').trim();
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
