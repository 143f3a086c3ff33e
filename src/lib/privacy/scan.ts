/**
 * The personal-data scanner (DESIGN §8): finds Thai national ids and phone numbers (through the one recogniser,
 * ./recognise.ts) and known private values in published text. Pure; the build's gate runs it over every file it writes.
 */
import { asRead } from './as-read';
import { type AsRead, Builder } from './reading';
import { PERSONAL_MASK, holdsPersonalData, personalDataIn } from './recognise';

export type HitKind = 'national-id' | 'phone' | 'private-value';

export interface Hit {
  kind: HitKind;
  /** 1-based line and column in the scanned text. */
  line: number;
  column: number;
  /** The match with its middle masked, safe to print in a log. */
  masked: string;
  /** Where ingest read the value (file, sheet, cell), when it knows: never the value itself. */
  from?: string;
}

/** Private values shorter than this are ignored: short strings ("นาย", "12") would hit everywhere. */
export const MIN_PRIVATE_LENGTH = 4;

/**
 * The reading private values are compared in (text and values alike): as a person reads it (as-read.ts), lower
 * case, with no blank (but one space between two Latin words or numbers), so that a name split over a line, over two <span>s or spaced differently is still
 * found. Each character keeps its source span in the original text.
 */
export function readForValues(text: string, options: { markup?: boolean } = {}): AsRead {
  return withoutBlanks(asRead(text, options));
}

function withoutBlanks(read: AsRead): AsRead {
  const t = read.text;
  // A reading made without spans (asRead's spans: false) gives one without them.
  const spans = read.from.length === t.length;
  const from = (k: number) => (spans ? read.from[k]! : 0);
  const to = (k: number) => (spans ? read.to[k]! : 0);
  const out = blankless.reset(spans);
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // Most of a reading: Thai, and ASCII that is neither blank nor a capital, kept as it is.
    if ((c > 32 && c < 0x80 && !(c >= 65 && c <= 90)) || (c >= 0x0e00 && c <= 0x0e7f)) {
      out.push1(c, from(i), to(i));
      continue;
    }
    if (isBlank(c)) {
      // A run of blanks goes (Thai is written without spaces), except between two Latin letters or digits, where it
      // is one space: "Cash and bank" keeps its words, "5. 0912345653" is a list item and a number, not 5.09….
      let j = i;
      while (j + 1 < t.length && isBlank(t.charCodeAt(j + 1))) j++;
      if (isAsciiWord(t.charCodeAt(i - 1)) && isAsciiWord(t.charCodeAt(j + 1))) out.push1(32, from(i), to(j));
      i = j;
      continue;
    }
    // Latin capitals by their code, anything else (not Thai, not ASCII) through toLowerCase.
    if (c >= 65 && c <= 90) out.push1(c + 32, from(i), to(i));
    else if (c < 0x80) out.push1(c, from(i), to(i));
    else out.push(t[i]!.toLowerCase(), from(i), to(i));
  }
  return out.reading();
}
/** withoutBlanks' own builder: the reading it reads from may be a reading's builder's. */
const blankless = new Builder();
/** What /\s/ matches, by code. */
const isBlank = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A text in the reading private values are compared in (readForValues), without the source spans. */
export function normalizeForScan(s: string): string {
  return readForValues(s).text;
}

/** The key under which ingest records where a private value was read (the gate looks its hits up by it). */
export function privateKey(value: string): string {
  // Ingest asks for the key of one cell's value several times (field reader, context, private-value rules, the set).
  if (value.length > KEY_MEMO_LENGTH) return normalizeForScan(value);
  let key = keyMemo.get(value);
  if (key === undefined) {
    key = normalizeForScan(value);
    if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
    keyMemo.set(value, key);
  }
  return key;
}
const keyMemo = new Map<string, string>();
const KEY_MEMO_SIZE = 1 << 16;
const KEY_MEMO_LENGTH = 200;

/** The value with its middle hidden, safe to print in a log or a report. */
export function maskValue(s: string): string {
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
  /** A bit per hash of a value's first four characters, about 32 bits a value: most places in a text start no
   *  value, and a bit says so faster than the maps (the gate asks at every character of 3 GB of pages). */
  private readonly starts: Uint8Array;
  private readonly shift: number;
  /** The same for the first two characters, small enough to stay in the processor's nearest cache: asked first. */
  private readonly pairs = new Uint8Array(1 << 13);
  readonly size: number;

  constructor(values: Iterable<string>) {
    const seen = new Set<string>();
    for (const raw of values) {
      const v = privateKey(String(raw));
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
    const bits = Math.min(MAX_PREFIX_BITS, Math.max(6, Math.ceil(Math.log2(seen.size * 32 + 1))));
    this.shift = 32 - bits;
    this.starts = new Uint8Array(2 ** (bits - 3));
    for (const v of seen) {
      const h = prefixHash(v, 0, this.shift);
      this.starts[h >> 3]! |= 1 << (h & 7);
      const p = pairHash(v, 0);
      this.pairs[p >> 3]! |= 1 << (p & 7);
    }
  }

  /** Index and value of every occurrence in normalised text that is not inside a longer number or Latin word. */
  find(text: string): { index: number; value: string }[] {
    const out: { index: number; value: string }[] = [];
    if (this.size === 0) return out;
    for (let i = 0; i < text.length - 3; i++) {
      const p = pairHash(text, i);
      if ((this.pairs[p >> 3]! & (1 << (p & 7))) === 0) continue;
      const h = prefixHash(text, i, this.shift);
      if ((this.starts[h >> 3]! & (1 << (h & 7))) === 0) continue;
      const level = this.byPrefix.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
      if (!level) continue;
      const list = level.get(text.charCodeAt(i + 2) * 65536 + text.charCodeAt(i + 3));
      if (!list) continue;
      for (const v of list) if (text.startsWith(v, i) && onBoundary(text, i, i + v.length)) out.push({ index: i, value: v });
    }
    return out;
  }
}

/** 4 M bits (512 KB): a national build's ~10⁵ values set about one bit in forty. */
const MAX_PREFIX_BITS = 22;
/** A hash of text[i, i + 2) of 16 bits. */
const pairHash = (text: string, i: number) => (Math.imul(text.charCodeAt(i), 0x9e3779b1) ^ text.charCodeAt(i + 1)) & 0xffff;
/** A hash of text[i, i + 4) of 32 − shift bits. */
function prefixHash(text: string, i: number, shift: number): number {
  let h = text.charCodeAt(i);
  h = Math.imul(h, 0x9e3779b1) ^ text.charCodeAt(i + 1);
  h = Math.imul(h, 0x9e3779b1) ^ text.charCodeAt(i + 2);
  h = Math.imul(h, 0x9e3779b1) ^ text.charCodeAt(i + 3);
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

/** Characters read at once by scanForPersonalData (see there): a reading costs ~70 bytes a character. At national
 *  scale the gate with 256 K windows took 174 s and 0.9 GB, with 1 M windows 203 s and 1.06 GB. */
export const WINDOW = 1 << 18;
const WINDOW_OVERLAP = 4096;

/** Numbers and private values in one text, by their index in it. */
function findsIn(text: string, set: PrivateValueSet, options: { markup?: boolean }): { kind: HitKind; index: number; masked: string; key: string }[] {
  // Nearly every text the gate reads holds nothing: it is read once without source spans, a third less work, and
  // read again with them only to say where what it holds is.
  const quick = asRead(text, { ...options, spans: false });
  if (!holdsPersonalData(quick.text) && (set.size === 0 || set.find(withoutBlanks(quick).text).length === 0)) return [];
  const read = asRead(text, options);
  const finds: { kind: HitKind; index: number; masked: string; key: string }[] = personalDataIn(read).map((m) => ({ kind: m.kind, index: m.start, masked: m.shown, key: m.digits }));
  if (set.size > 0) {
    const norm = withoutBlanks(read);
    for (const { index, value } of set.find(norm.text)) finds.push({ kind: 'private-value', index: norm.from[index]!, masked: maskValue(value), key: value });
  }
  return finds;
}

/**
 * Every national id (valid checksum), phone number and private value (length ≥ 4) in a text, as a person reads it
 * (`markup`: HTML tags dropped as a page renders them; off for scripts and styles).
 * Pass a prepared PrivateValueSet when scanning many texts with the same values, and `origins` (a value's digits
 * or privateKey → where ingest read it) to say where each hit came from.
 */
export function scanForPersonalData(
  text: string,
  privateValues: readonly string[] | PrivateValueSet = [],
  origins?: ReadonlyMap<string, string>,
  options: { markup?: boolean } = {},
): Hit[] {
  const set = privateValues instanceof PrivateValueSet ? privateValues : new PrivateValueSet(privateValues);
  return scanPiecesForPersonalData([text], set, origins, options);
}

/**
 * scanForPersonalData over a text that arrives in pieces: a file too large to hold as one string (a national
 * omsap.json) is read this way. A reading keeps a source index per character, several times the text's size, so a
 * long text is read in windows of WINDOW characters that overlap by more than any number or private value is long;
 * each window keeps the finds that start in its own part. The same windows and hits whatever the pieces.
 */
export function scanPiecesForPersonalData(pieces: Iterable<string>, set: PrivateValueSet, origins?: ReadonlyMap<string, string>, options: { markup?: boolean } = {}): Hit[] {
  const hits: Hit[] = [];
  let buffer = '';
  let base = 0; // index of buffer[0] in the whole text
  let line = 1; // the line at `base`, and where that line starts
  let lineStart = 0;
  const readWindow = (last: boolean) => {
    const windowText = buffer.length <= WINDOW + WINDOW_OVERLAP ? buffer : buffer.slice(0, WINDOW + WINDOW_OVERLAP);
    const own = last ? buffer.length : WINDOW;
    const finds = findsIn(windowText, set, options);
    const where = finds.length > 0 ? lineIndex(windowText) : undefined;
    for (const f of finds) {
      if (f.index >= own) continue;
      const at = where!(f.index);
      const from = origins?.get(f.key);
      const position = at.line === 1 ? { line, column: base + f.index - lineStart + 1 } : { line: line + at.line - 1, column: at.column };
      hits.push({ kind: f.kind, ...position, masked: f.masked, ...(from !== undefined ? { from } : {}) });
    }
    if (last) return;
    for (let i = 0; i < own; i++) {
      if (buffer.charCodeAt(i) !== 10) continue;
      line++;
      lineStart = base + i + 1;
    }
    buffer = buffer.slice(own);
    base += own;
  };
  for (const piece of pieces) {
    buffer += piece;
    while (buffer.length > WINDOW + WINDOW_OVERLAP) readWindow(false);
  }
  while (buffer.length > WINDOW) readWindow(false);
  readWindow(true);
  return hits.sort((x, y) => x.line - y.line || x.column - y.column);
}

/** Every private value of a set in a text, as spans of the original (for masking them at ingest). */
export function findPrivateValues(text: string, set: PrivateValueSet): { start: number; end: number; value: string }[] {
  if (set.size === 0) return [];
  const norm = readForValues(text);
  const out: { start: number; end: number; value: string }[] = [];
  let last = -1;
  const found = set.find(norm.text).sort((a, b) => a.index - b.index || b.value.length - a.value.length);
  for (const { index, value } of found) {
    if (index < last) continue; // overlapping: the first (leftmost) wins
    out.push({ start: norm.from[index]!, end: norm.to[index + value.length - 1]!, value });
    last = index + value.length;
  }
  return out;
}

/** A text with every private value of `set` replaced by PERSONAL_MASK, and the first value's key (undefined: none). */
export function maskPrivateValues(text: string, set: PrivateValueSet): { text: string; first?: string } {
  const spans = findPrivateValues(text, set);
  if (spans.length === 0) return { text };
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + PERSONAL_MASK;
    at = s.end;
  }
  return { text: out + text.slice(at), first: spans[0]!.value };
}
