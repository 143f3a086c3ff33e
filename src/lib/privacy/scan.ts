/**
 * The personal-data scanner (DESIGN §8): finds Thai national ids, Thai phone numbers and known private
 * values in published text. Pure; the build's gate runs it over every file it writes.
 */

export type HitKind = 'national-id' | 'phone' | 'private-value';

export interface Hit {
  kind: HitKind;
  /** 1-based line and column in the scanned text. */
  line: number;
  column: number;
  /** The match with its middle masked, safe to print in a log. */
  masked: string;
}

/** Private values shorter than this are ignored: short strings ("นาย", "12") would hit everywhere. */
export const MIN_PRIVATE_LENGTH = 4;

/** Thai digits ๐–๙ → ASCII, one character for one, so positions stay the same. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 0x30));
}

/** True when 13 digits carry a valid Thai national-id check digit. */
export function isValidNationalId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

// A 13-digit run, or the printed shape 1-2345-67890-12-3 with dashes or single spaces. The look-arounds keep
// it from biting into a longer number or a decimal; the separated shape must also not sit inside a list
// of numbers ("1 2345 …").
const ID_PATTERN = /(?<![\d.,])\d{13}(?!\d)|(?<![\d.,]|\d[ -])\d[ -]\d{4}[ -]\d{5}[ -]\d{2}[ -]\d(?![\d]|[ -]\d)/g;

// Thai phones: mobiles 0X-XXXX-XXXX / 0XX-XXX-XXXX / 0XXXXXXXXX, landlines 0X-XXX-XXXX / 0XX-XXX-XXX,
// and the international +66 forms. Separators: dash, space or dot. Not inside a longer number or a word.
const SEP = '[-. ]?';
const PHONE_PATTERN = new RegExp(
  [
    `(?<![\\w.,/+-])0\\d${SEP}\\d{4}${SEP}\\d{4}(?![\\w]|[-.]\\d)`,
    `(?<![\\w.,/+-])0\\d{2}${SEP}\\d{3}${SEP}\\d{4}(?![\\w]|[-.]\\d)`,
    `(?<![\\w.,/+-])0[2-7]${SEP}\\d{3}${SEP}\\d{4}(?![\\w]|[-.]\\d)`,
    `(?<![\\w.,/+-])0[3-7]\\d${SEP}\\d{3}${SEP}\\d{3}(?![\\w]|[-.]\\d)`,
    `\\+66${SEP}\\(?0?\\)?${SEP}[1-9](?:${SEP}\\d){7,8}(?!\\d)`,
  ].join('|'),
  'g',
);

/** Normalises text and values alike: NFC, Thai digits → ASCII, lower case, runs of blanks → one space. */
export function normalizeForScan(s: string): string {
  return asciiDigits(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t\u00a0]+/g, ' ');
}

function mask(s: string): string {
  const chars = [...s];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  const keep = Math.max(1, Math.floor(chars.length / 5));
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - 2 * keep) + chars.slice(-keep).join('');
}

/** Line starts of a text, for turning an index into line:column. */
function lineIndex(text: string): (index: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - starts[lo]! + 1 };
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatinWord = (c: number) => isDigit(c) || (c >= 97 && c <= 122) || c === 95; // text is lower-cased
const isNumberSep = (c: number) => c === 46 || c === 44; // . ,

/**
 * True when text[start, end) is not part of a longer number or Latin word: a phone "0912345653" inside the
 * ratio 0.09123456534 or the amount 10912345653 of a published JSON is a coincidence, not the phone (DESIGN §8).
 * An edge that is a Latin letter or digit must not touch another one, and a digit edge must not touch a digit
 * across a decimal or thousands separator either ("1.0912…", "…53,120"). Thai letters
 * have no such check: Thai is written without spaces between words, so a name inside a sentence
 * ("ประธานนายสมชาย ใจดีกล่าวว่า") must still be found.
 */
function onBoundary(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  const before = start > 0 ? text.charCodeAt(start - 1) : NaN;
  const after = end < text.length ? text.charCodeAt(end) : NaN;
  if (isLatinWord(first) && isLatinWord(before)) return false;
  if (isLatinWord(last) && isLatinWord(after)) return false;
  if (isDigit(first) && isNumberSep(before) && start > 1 && isDigit(text.charCodeAt(start - 2))) return false;
  if (isDigit(last) && isNumberSep(after) && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))) return false;
  return true;
}

/**
 * A prepared set of private values, keyed by their first four characters (two levels of two) so a scan costs
 * one map lookup per character of text however many values there are (a national build holds ~10⁵ of them).
 * Two characters were not enough: Thai names share "นาย"/"นาง", and "นา" is everywhere in Thai text, so every
 * such place compared hundreds of names (the gate took minutes at national scale).
 */
export class PrivateValueSet {
  private readonly byPrefix = new Map<number, Map<number, string[]>>();
  readonly size: number;

  constructor(values: Iterable<string>) {
    const seen = new Set<string>();
    for (const raw of values) {
      const v = normalizeForScan(String(raw)).trim();
      // ≥ MIN_PRIVATE_LENGTH code points, so at least four UTF-16 units for the key.
      if ([...v].length < MIN_PRIVATE_LENGTH || seen.has(v)) continue;
      seen.add(v);
      const k1 = v.charCodeAt(0) * 65536 + v.charCodeAt(1);
      const k2 = v.charCodeAt(2) * 65536 + v.charCodeAt(3);
      let level = this.byPrefix.get(k1);
      if (!level) this.byPrefix.set(k1, (level = new Map()));
      const list = level.get(k2);
      if (list) list.push(v);
      else level.set(k2, [v]);
    }
    this.size = seen.size;
  }

  /** Index and value of every occurrence in normalised text that is not inside a longer number or Latin word. */
  find(text: string): { index: number; value: string }[] {
    const out: { index: number; value: string }[] = [];
    if (this.size === 0) return out;
    for (let i = 0; i < text.length - 3; i++) {
      const level = this.byPrefix.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
      if (!level) continue;
      const list = level.get(text.charCodeAt(i + 2) * 65536 + text.charCodeAt(i + 3));
      if (!list) continue;
      for (const v of list) if (text.startsWith(v, i) && onBoundary(text, i, i + v.length)) out.push({ index: i, value: v });
    }
    return out;
  }
}

/**
 * Every national id (valid checksum), phone number and private value (length ≥ 4) in a text.
 * Pass a prepared PrivateValueSet when scanning many texts with the same values.
 */
export function scanForPersonalData(text: string, privateValues: readonly string[] | PrivateValueSet = []): Hit[] {
  const norm = normalizeForScan(text);
  const where = lineIndex(norm);
  const hits: Hit[] = [];
  const add = (kind: HitKind, index: number, match: string) => hits.push({ kind, ...where(index), masked: mask(match) });

  for (const m of norm.matchAll(ID_PATTERN)) {
    if (isValidNationalId(m[0].replace(/[ -]/g, ''))) add('national-id', m.index, m[0]);
  }
  for (const m of norm.matchAll(PHONE_PATTERN)) add('phone', m.index, m[0]);
  const set = privateValues instanceof PrivateValueSet ? privateValues : new PrivateValueSet(privateValues);
  for (const { index, value } of set.find(norm)) add('private-value', index, value);
  return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}
