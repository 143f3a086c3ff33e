/**
 * Which values of a private column are private values (DESIGN §8): the ones the gate looks for in the site and
 * ingest masks when they are typed into a published cell. Placeholders ("-", "ไม่มี", "n/a"), place names and
 * values too short to name anyone are not: "ไม่มี" in a phone column or "นครสวรรค์" in a chair column is no
 * person's data, and looking for it would find it on every page. Pure.
 */
import { privateKey } from './scan';

/** Placeholders officers type for "nothing", compared after privateKey (lower case, Thai digits → ASCII). */
const PLACEHOLDERS = new Set([
  '-', '–', '—', '--', '.', '0', 'x', '?', '/', 'ไม่มี', 'ไม่ระบุ', 'ไม่ทราบ', 'ไม่มีข้อมูล', 'ไม่ได้ระบุ', 'ว่าง', 'n/a', 'na', 'n.a.',
  'none', 'null', 'nil', 'no', 'unknown', '#n/a',
]);
/** "ไม่มีเบอร์", "ไม่ระบุชื่อ": a sentence saying there is none. */
const NONE_SENTENCE = /^(?:ไม่มี|ไม่ระบุ|ไม่ทราบ|ไม่ได้ระบุ|ยังไม่มี)/;
/** Thai vowel and tone marks written above or below a letter: they do not count towards a value's length. */
const THAI_MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const ONLY_DIGITS_AND_SEPARATORS = /^[\d\s\-.()+/–—]+$/;

/** A name or text needs at least this many letters and digits (marks, spaces and punctuation not counted). */
export const MIN_PRIVATE_LETTERS = 4;
/** A value of digits only needs at least this many digits: a phone has 9 or 10, an id 13; "2567" or "12" names no one. */
export const MIN_PRIVATE_DIGITS = 9;

/**
 * True when a value read from a private column can identify a person. `isPlace` says whether a text is a place
 * name (src/lib/thai/places.ts isPlaceName over the divisions table).
 */
export function isPrivateValue(value: string, isPlace: (s: string) => boolean): boolean {
  const v = privateKey(value);
  if (PLACEHOLDERS.has(v) || NONE_SENTENCE.test(v)) return false;
  if (v.replace(THAI_MARKS, '').replace(NOT_LETTER_OR_DIGIT, '').length < MIN_PRIVATE_LETTERS) return false;
  if (ONLY_DIGITS_AND_SEPARATORS.test(v) && v.replace(/\D/g, '').length < MIN_PRIVATE_DIGITS) return false;
  return !isPlace(value);
}
