/**
 * How well a Pagefind result matches what was typed, decided from the result's own fragment. Pagefind searches
 * each word of the query (Thai split by Intl.Segmenter, as in segments()) as the beginning of a page's word, and
 * leaves out a query word that matches nothing anywhere: "ควอนตัม" is searched as ค|วอน|ตม, วอน and ตม match
 * nothing, and every page with a word that begins with ค (ค้าง, คุย, คน) is "found". matchedShare() measures that:
 * the share of the query's letters Pagefind really matched in a page.
 */
import { compact, segments, tokens } from './text.js';

/** A result counts as found only when Pagefind matched more than half the query's letters in it. */
export const FOUND_SHARE = 0.5;

const ZWS = '\u200B';
const WORD_SEPARATORS = /[^\S\uFEFF]+/; // Pagefind's own, for fragments without zero-width spaces
const NOT_ALNUM = /[^\p{L}\p{N}]+/u;

/**
 * The page words Pagefind matched: its fragment's raw content split as Pagefind splits it for excerpts (at the
 * zero-width spaces it put between Thai words, else at spaces), taken at the matched locations.
 */
export function matchedWords(rawContent: string, locations: readonly number[]): string[] {
  const words = rawContent.includes(ZWS) ? rawContent.split(ZWS) : rawContent.split(WORD_SEPARATORS);
  return locations.map((i) => words[i] ?? '').filter(Boolean);
}

/** The share (0–1) of the query's letters, folded, in query words that begin a matched word of the page. */
export function matchedShare(query: string, lang: string, matched: readonly string[]): number {
  const words = segments(query, lang);
  // A matched word "6010-0002" (English pages keep it whole) begins with 6010, with 0002 and with 60100002.
  const page = matched.flatMap((w) => {
    const parts = compact(w).split(NOT_ALNUM).filter(Boolean);
    return [...parts, parts.join('')];
  });
  const total = words.reduce((n, w) => n + w.length, 0);
  if (total === 0) return 0;
  const found = words.filter((w) => page.some((p) => p.startsWith(w))).reduce((n, w) => n + w.length, 0);
  return found / total;
}

/**
 * Whether a page holds every word of the query as typed (spaces apart, marks folded as Pagefind folds them):
 * "นครสวรรค์ออก" is in "…ตำบลนครสวรรค์ออก…", "ตะคลี" is in no page of the district ตาคลี.
 */
export function holdsAsTyped(query: string, content: string): boolean {
  const words = tokens(query);
  const text = compact(content);
  return words.length > 0 && words.every((w) => text.includes(w));
}
