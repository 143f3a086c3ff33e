/**
 * Search text as people type it and as Pagefind compares it. Pagefind (1.6, in the browser) splits a Thai query
 * into words with Intl.Segmenter and then strips every combining mark (NFD, \p{M}): Thai vowels above and below
 * and the tone marks go, so "ตาคลี" is matched as "ตาคล" and "ทุ่ม" as "ทม". The checks here fold text the same way.
 */
import { thaiToAsciiDigits } from '../thai/digits.js';
import { normalizeText } from '../thai/normalize.js';

const JOINING_DASH = /(?<=[\p{L}\p{N}])[-\u2010-\u2015](?=[\p{L}\p{N}])/gu;

/**
 * What people type → what the index holds: NFC, zero-width characters out, spaces collapsed, Thai digits as ASCII,
 * a dash between letters or digits a space ("6010-0002" → "6010 0002": Pagefind indexes the two numbers as words,
 * but searches an English "6010-0002" as "60100002", which no page holds).
 */
export const normalizeQuery = (q: string): string => normalizeText(thaiToAsciiDigits(q).replace(JOINING_DASH, ' '));

const MARKS = /\p{M}/gu;
const SPACES = /\s+/g;

/** Pagefind's matching form: combining marks stripped (Thai vowels above and below, tone marks), lower case. */
export const fold = (s: string): string => s.normalize('NFD').replace(MARKS, '').toLowerCase();

/** A query's words, folded: what people separated with spaces. */
export const tokens = (q: string): string[] => fold(normalizeQuery(q)).split(' ').filter(Boolean);

/** Words as Pagefind splits them: Intl word segmentation (Thai writes no spaces between words), folded. */
export function segments(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    const w = s.isWordLike ? fold(s.segment) : '';
    if (w) out.push(w);
  }
  return out;
}

/** Text folded with its spaces removed, for "does it contain this word as typed". */
export const compact = (text: string): string => fold(text).replace(SPACES, '');
