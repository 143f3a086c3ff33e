/**
 * The one recogniser of Thai personal numbers (DESIGN §8): phone numbers and national ids in every form officers
 * type them. Ingest masks what it finds in every value that can be published; the gate over dist/ runs the same
 * function over every file written. Pure.
 *
 * How it reads: digits are ASCII, Thai (๐–๙) or full-width (digitValue, src/lib/thai/digits.ts); invisible characters
 * (isInvisible, src/lib/thai/normalize.ts: the ones normalizeText drops) are skipped as if absent, in place, so that
 * every match keeps its position in the original text for masking. Runs of digits ("groups") joined by 1–3 separators (- . space, en/em dash,
 * parentheses, their full-width forms) make a chain; any run of consecutive groups of a chain is a candidate:
 * - phone: 10 digits 06/08/09 (mobile), 9 digits 02–07 or 10 digits 03–07 (landline), also after +66 or 0066
 *   (with or without the trunk 0: "+66 (0)81 …");
 * - national id: 13 digits with a valid check digit, written plain, in the printed shape 1-2345-67890-12-3 or a
 *   merge of it (any separators), or in any other grouping when one separator without a space joins the whole run.
 * A candidate never starts right after a digit and a decimal or thousands separator ("0.0812345678", "1,0812…":
 * ratios and amounts of a published JSON), and never touches a Latin letter or "_" (hashes, CSS, code), except a
 * contact word right before it ("Tel0812345678", "T.081…" is fine anyway: "." is not a letter).
 */

import { digitValue } from '../thai/digits';
import { isInvisible } from '../thai/normalize';
import { asRead, sourceSpan } from './as-read';
import type { AsRead } from './reading';

export type PersonalKind = 'national-id' | 'phone';

export interface PersonalMatch {
  kind: PersonalKind;
  /** Span in the original text, in UTF-16 units: [start, end). */
  start: number;
  end: number;
  /** The number's ASCII digits as dialled or printed (a +66 number with its trunk 0: "0812345678"). */
  digits: string;
  /** The number as read, its middle digits hidden ("089-xxx-xx21"): safe for a report or a log. */
  shown: string;
}

/** What ingest writes in place of a personal number in a published value. No digit, no markdown syntax. */
export const PERSONAL_MASK = '(ซ่อนข้อมูลส่วนบุคคล)';

/** True when 13 digits carry a valid Thai national-id check digit: (11 − Σ dᵢ×(13−i) mod 11) mod 10. */
export function isValidNationalId(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

// Character classes, by UTF-16 unit.
const INVISIBLE = -1;
const OTHER = -2;
const SEPARATOR = -3;

/** Digit value (0–9), or INVISIBLE, SEPARATOR or OTHER: digits and invisible characters are src/lib/thai's. */
function classOf(c: number): number {
  const digit = digitValue(c);
  if (digit >= 0) return digit;
  if (isInvisible(c)) return INVISIBLE;
  switch (c) {
    case 0x20: case 0x09: case 0x2d: case 0x2e: case 0x28: case 0x29: // space tab - . ( )
    case 0xa0: case 0x202f: case 0x3000: case 0x2212: // no-break spaces, ideographic space, minus sign
    case 0xff0d: case 0xff0e: case 0xff08: case 0xff09: // full-width - . ( )
    case 0x2f: // slash (as-read.ts makes any separator run between digits one of - / . or space)
      return SEPARATOR;
  }
  if (c >= 0x2010 && c <= 0x2015) return SEPARATOR; // hyphens, en dash, em dash, horizontal bar
  if (c >= 0x2000 && c <= 0x200a) return SEPARATOR; // typographic spaces
  return OTHER;
}

/** One separator character as a canonical key, so "–" and "-" join alike but differ from "." and " ". */
function separatorKey(c: number): string {
  if (c === 0x2e || c === 0xff0e) return '.';
  if (c === 0x28 || c === 0xff08) return '(';
  if (c === 0x29 || c === 0xff09) return ')';
  if (c === 0x2f) return '/';
  if (c === 0x2d || c === 0x2212 || c === 0xff0d || (c >= 0x2010 && c <= 0x2015)) return '-';
  return ' ';
}

const isLatinWord = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 48 && c <= 57);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** Latin words that may sit right before a number: "Tel0812345678", "ID1103700123458". */
const CONTACT_WORDS = new Set(['tel', 't', 'm', 'mob', 'mobile', 'phone', 'ph', 'fax', 'call', 'id', 'no', 'hp']);

interface Group {
  start: number;
  end: number;
  digits: string;
  /** Canonical joiner before this group ('' for a chain's first group). */
  joiner: string;
}

/** Index of the nearest visible character before `i`, or -1. */
function visibleBefore(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && classOf(text.charCodeAt(k)) === INVISIBLE) k--;
  return k;
}

function visibleAfter(text: string, i: number): number {
  let k = i;
  while (k < text.length && classOf(text.charCodeAt(k)) === INVISIBLE) k++;
  return k;
}

/** May a number start at `start`? Not after "digit." / "digit," and not glued to a Latin word (unless a contact word). */
/** Characters after which a dot starts a decimal fraction, not a number (see startsClean). */
const FRACTION_BEFORE = new Set([...'+-*/%(=:<>?[{,;&|!^~']);

function startsClean(text: string, start: number, previousEnd: number): boolean {
  const p = visibleBefore(text, start);
  if (p < 0) return true;
  const c = text.charCodeAt(p);
  if (c === 0x2e || c === 0x2c || c === 0xff0e || c === 0xff0c) {
    const pp = visibleBefore(text, p);
    // "0812345678,0898765432": two numbers listed; the second is one too.
    if (pp + 1 === previousEnd && (c === 0x2c || c === 0xff0c)) return true;
    if (pp >= 0 && classOf(text.charCodeAt(pp)) >= 0) return false;
    // ".055" after an operator or a bracket is a fraction written without its 0, as minified scripts do
    // ("(t+.055)/1.055)**2.4", sRGB's curve): never the start of a number typed for a person.
    return !(c === 0x2e && pp >= 0 && FRACTION_BEFORE.has(text.charAt(pp)));
  }
  if (!isLatinWord(c) || isAsciiDigit(c)) return true;
  let w = p;
  while (w > 0 && isLatinWord(text.charCodeAt(w - 1)) && !isAsciiDigit(text.charCodeAt(w - 1))) w--;
  return CONTACT_WORDS.has(text.slice(w, p + 1).toLowerCase());
}

function endsClean(text: string, end: number): boolean {
  const a = visibleAfter(text, end);
  return a >= text.length || !isLatinWord(text.charCodeAt(a));
}

/** The printed national-id shape 1-4-5-2-1: group ends may fall only at these digit counts. */
const ID_BREAKS = new Set([1, 5, 10, 12, 13]);

function idShape(chain: readonly Group[], from: number, to: number): boolean {
  if (from === to) return true; // 13 digits in a row
  let n = 0;
  let printed = true;
  for (let k = from; k <= to; k++) {
    n += chain[k]!.digits.length;
    if (!ID_BREAKS.has(n)) printed = false;
  }
  if (printed) return true;
  // Any other grouping: one separator, without a space, joins the whole run and nothing beyond it.
  const j = chain[from + 1]!.joiner;
  if (j.includes(' ')) return false;
  for (let k = from + 2; k <= to; k++) if (chain[k]!.joiner !== j) return false;
  if (from > 0 && chain[from]!.joiner === j) return false;
  if (to + 1 < chain.length && chain[to + 1]!.joiner === j) return false;
  return true;
}

/** The phone a run of digits is, as dialled domestically, or undefined. */
function phoneDigits(d: string, afterPlus: boolean): string | undefined {
  let national: string | undefined;
  if (afterPlus && d.startsWith('66')) national = d.slice(2);
  else if (d.startsWith('0066')) national = d.slice(4);
  const local = national === undefined ? d : national.startsWith('0') ? national : `0${national}`;
  if (local.length === 10 && /^0[689]/.test(local)) return local;
  if (local.length === 9 && /^0[2-7]/.test(local)) return local;
  if (local.length === 10 && /^0[3-7]/.test(local)) return local;
  return undefined;
}

/** A chat-app link that carries an international number without its "+": wa.me/66812345678, …/send?phone=668…. */
const CHAT_LINK = /(?:wa\.me\/|[?&]phone=)$/i;

/** Longest run of the chain starting at group `from` that is a phone or an id. */
function matchAt(text: string, chain: readonly Group[], from: number, previousEnd: number): RawMatch | undefined {
  if (!startsClean(text, chain[from]!.start, previousEnd)) return undefined;
  const before = visibleBefore(text, chain[from]!.start);
  const afterPlus = (before >= 0 && (text.charCodeAt(before) === 0x2b || text.charCodeAt(before) === 0xff0b)) || CHAT_LINK.test(text.slice(Math.max(0, before - 40), before + 1));
  let best: RawMatch | undefined;
  let d = '';
  for (let to = from; to < chain.length; to++) {
    d += chain[to]!.digits;
    if (d.length > 17) break;
    const end = chain[to]!.end;
    if (!endsClean(text, end)) continue;
    const phone = phoneDigits(d, afterPlus);
    if (phone !== undefined) best = { kind: 'phone', start: chain[from]!.start, end, digits: phone };
    else if (d.length === 13 && isValidNationalId(d) && idShape(chain, from, to)) {
      best = { kind: 'national-id', start: chain[from]!.start, end, digits: d };
    }
  }
  return best;
}

function matchChain(text: string, chain: readonly Group[], out: RawMatch[]): void {
  for (let k = 0; k < chain.length; k++) {
    const m = matchAt(text, chain, k, out.length > 0 ? out[out.length - 1]!.end : -1);
    if (!m) continue;
    out.push(m);
    while (k + 1 < chain.length && chain[k + 1]!.start < m.end) k++;
  }
}

type RawMatch = Omit<PersonalMatch, 'shown'>;

/** Every phone number and national id in a reading (as-read.ts), in order, not overlapping. */
/** Any digit digitValue reads (ASCII, Thai, full-width), from lastIndex on. */
const NEXT_DIGIT = /[0-9\u0e50-\u0e59\uff10-\uff19]/g;

function findInReading(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  let chain: Group[] = [];
  let pendingJoiner = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    // To the next digit (what classOf reads as one): a page is mostly not digits, and this is the gate's commonest step.
    NEXT_DIGIT.lastIndex = i;
    if (!NEXT_DIGIT.test(text)) break;
    i = NEXT_DIGIT.lastIndex - 1;
    // A group: digits, with invisible characters inside skipped.
    const start = i;
    let digits = '';
    let end = i;
    while (i < n) {
      const c = classOf(text.charCodeAt(i));
      if (c >= 0) {
        digits += String.fromCharCode(48 + c);
        end = ++i;
      } else if (c === INVISIBLE) i++;
      else break;
    }
    chain.push({ start, end, digits, joiner: chain.length === 0 ? '' : pendingJoiner });
    // The joiner to the next group: 1–3 separators (invisible characters skipped), then a digit.
    let j = end;
    let joiner = '';
    while (j < n && joiner.length <= 3) {
      const c = classOf(text.charCodeAt(j));
      if (c === SEPARATOR) joiner += separatorKey(text.charCodeAt(j));
      else if (c !== INVISIBLE) break;
      j++;
    }
    // A slash after one or two digits is a date's ("05/06/2567"), never a phone's.
    const dateSlash = joiner.includes('/') && digits.length < 3;
    if (joiner.length >= 1 && joiner.length <= 3 && !dateSlash && j < n && classOf(text.charCodeAt(j)) >= 0) {
      pendingJoiner = joiner;
      i = j;
      continue;
    }
    if (chain.length > 0) matchChain(text, chain, out);
    chain = [];
    i = end;
  }
  if (chain.length > 0) matchChain(text, chain, out);
  return out;
}
/**
 * Every phone number and national id in a text as a person reads it (as-read.ts: entities, percent-encoding,
 * Markdown, markup, look-alike letters, any script's digits), in order, not overlapping; spans in the original text.
 */
export function findPersonalData(text: string, options: { markup?: boolean } = {}): PersonalMatch[] {
  if (!mayHoldNumber(text)) return [];
  return personalDataIn(asRead(text, options));
}

/** Whether a reading's text (as-read.ts) holds a phone number or national id: personalDataIn without the spans. */
export function holdsPersonalData(readText: string): boolean {
  return findInReading(readText).length > 0;
}

/** The same, over a reading already made (the gate reads each file once for numbers and private values). */
export function personalDataIn(read: AsRead): PersonalMatch[] {
  return findInReading(read.text).map((m) => ({ ...m, ...sourceSpan(read, m.start, m.end), shown: maskDigitsOf(read.text, m) }));
}

const ANY_DIGIT = /\p{Nd}/u;
/**
 * A number needs digits: at least five in any script, however it is encoded (look-alike letters replace a few,
 * `%30` and `&#48;` hold digits themselves). Text with fewer is skipped without reading it (the common case).
 */
function mayHoldNumber(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Beyond U+065F a digit may be a whole code point (a surrogate pair: mathematical digits 𝟎–𝟗).
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && ANY_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!)))) if (++n >= 5) return true;
  }
  return false;
}

/** The match with its middle digits hidden, for reports and logs: "089-765-4321" → "089-xxx-xx21". */
export function maskDigitsOf(text: string, m: Pick<PersonalMatch, 'start' | 'end'>): string {
  const span = text.slice(m.start, m.end);
  let total = 0;
  for (let k = 0; k < span.length; k++) if (classOf(span.charCodeAt(k)) >= 0) total++;
  let seen = 0;
  let out = '';
  for (let k = 0; k < span.length; k++) {
    const c = span.charCodeAt(k);
    const cls = classOf(c);
    if (cls === INVISIBLE) continue;
    if (cls >= 0) {
      seen++;
      out += seen <= 3 || seen > total - 2 ? String.fromCharCode(48 + cls) : 'x';
    } else out += span[k];
  }
  return out;
}

export interface Masked {
  /** The text with each match replaced by PERSONAL_MASK. */
  text: string;
  /** The text with each match's middle digits hidden (for the data-quality report, never published). */
  reported: string;
  matches: PersonalMatch[];
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** A match widened over a "+" right before it and a bracket it leaves open ("(081) 234-5670"), so no stray bracket stays. */
function widen(text: string, m: PersonalMatch): { start: number; end: number } {
  let start = m.start;
  let end = m.end;
  const span = text.slice(start, end);
  if (text[start - 1] === '+' || text[start - 1] === '\uff0b') start--;
  if ((text[start - 1] === '(' || text[start - 1] === '\uff08') && count(span, ')') + count(span, '\uff09') > count(span, '(') + count(span, '\uff08')) start--;
  if ((text[end] === ')' || text[end] === '\uff09') && count(span, '(') + count(span, '\uff08') > count(span, ')') + count(span, '\uff09')) end++;
  return { start, end };
}

/** Replaces every phone number and national id of a text by PERSONAL_MASK. */
export function maskPersonalData(text: string): Masked {
  const matches = findPersonalData(text);
  if (matches.length === 0) return { text, reported: text, matches };
  let masked = '';
  let reported = '';
  let at = 0;
  let rat = 0;
  for (const m of matches) {
    const w = widen(text, m);
    masked += text.slice(at, w.start) + PERSONAL_MASK;
    at = w.end;
    reported += text.slice(rat, m.start) + m.shown;
    rat = m.end;
  }
  return { text: masked + text.slice(at), reported: reported + text.slice(rat), matches };
}

/**
 * A text safe to show in a report or a log: every phone number and national id in it with its middle digits hidden
 * ("ไฟล์ 0891234567.xlsx" → "ไฟล์ 089xxxxx67.xlsx"). A number typed into a numeric cell loses its leading 0: pass
 * `numeric` to read 9 digits starting 6, 8 or 9 as the mobile number they were ("812345678" → "081xxxxx78").
 */
export function withNumbersHidden(text: string, numeric = false): string {
  if (numeric) {
    const digits = text.replace(/[,\s]/g, '');
    if (/^[689]\d{8}$/.test(digits)) return maskPersonalData(`0${digits}`).reported;
    if (/^\d{13}$/.test(digits) && isValidNationalId(digits)) return maskPersonalData(digits).reported;
  }
  return maskPersonalData(text).reported;
}
