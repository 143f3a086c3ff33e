/**
 * Text as a person reads it (DESIGN §8): the one reading that ingest, the data-quality report and the privacy gate
 * all look for personal data in. Pure.
 *
 * - Unicode NFKC; every script's decimal digits (Thai ๐–๙, Arabic-Indic, full-width …) as ASCII digits;
 * - invisible, format (bidi, zero-width) and combining characters dropped (Thai vowel and tone marks kept);
 * - percent-encoding (`tel:%30%38…`), HTML entities (`&#48;`, `&amp;`), JSON and Markdown escapes (`\u0030`, `\-`)
 *   and Markdown emphasis and code marks (`*`, `_`, `~`, `` ` ``) undone;
 * - with `markup`, HTML tags dropped: an inline element joins its neighbours as the page renders them
 *   (`<span>081</span><span>2345678</span>`), a block element (p, div, li, td, br …) breaks the text;
 * - letters standing in for digits inside a number (`O81-234-5602`, `08l`) read as digits: only in a run of Latin
 *   letters and digits that holds nothing but digits and O o l I, and three digits or one beside a separator and
 *   more digits;
 * - a run of separators between two digits (spaces, one line break, `-` `.` `/` `(` `)` dashes, doubled or mixed)
 *   read as one separator: `-` for dashes, `/` for slashes, `.` for dots alone, a space otherwise.
 * A blank line (a Markdown paragraph) and a block element become U+2029, which joins nothing.
 *
 * Every character of the reading remembers the span of the original it came from (`from`, `to`), so a match in the
 * reading masks the original text in place.
 */
import { type AsRead, Builder } from './reading';

/** A break that joins nothing: a paragraph or a block element. */
export const BREAK = '\u2029';
const BREAK_CODE = 0x2029;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'img', 'input', 'legend', 'li', 'main', 'meta', 'nav', 'ol', 'option', 'p', 'pre', 'script', 'section',
  'select', 'style', 'summary', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
  'svg', 'g', 'path', 'text', 'tspan', 'rect', 'circle', 'line', 'polyline', 'button', 'label', 'link',
]);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', minus: '−', hyphen: '-', dash: '-', period: '.', sol: '/', lpar: '(', rpar: ')',
  zwj: '', zwnj: '', lrm: '', rlm: '', num: '#', plus: '+', comma: ',', colon: ':', ast: '*', lowbar: '_',
};
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]{0,2000}?>|<!--[\s\S]{0,20000}?-->/y;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;
const PERCENT = /(?:%[0-9a-fA-F]{2})+/y;
const EMPHASIS = new Set(['*', '_', '~', '`']);
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const DROP = /[\p{Cf}\p{Cc}\p{Mn}\p{Me}\p{Mc}]/u;
const THAI_BLOCK = /[\u0e00-\u0e7f]/;
const DECIMAL = /\p{Nd}/u;

/** The value of a decimal digit of any script: Unicode puts each script's 0–9 in a run starting at a multiple of … 0. */
function digitOf(cp: number): number {
  let start = cp;
  while (start > 0 && cp - start < 50 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/**
 * A character decode passes through as it is: printable ASCII that starts nothing (no markup, entity, percent
 * sequence, escape or emphasis) and Thai other than its digits. Most of a page's text; checked by code, not by regex.
 */
function passesThrough(c: number): boolean {
  if (c < 0x80) return c >= 0x20 && c !== 0x3c && c !== 0x26 && c !== 0x25 && c !== 0x5c && c !== 0x2a && c !== 0x5f && c !== 0x7e && c !== 0x60;
  return c >= 0x0e00 && c <= 0x0e7f && !(c >= 0x0e50 && c <= 0x0e59);
}

/** One decoded character (from an entity, a percent sequence or the text itself) → its reading. */
function emitChar(out: Builder, ch: string, a: number, b: number): void {
  const c = ch.codePointAt(0)!;
  if (c < 0x80) {
    if (c === 0x0d) out.push1(0x0a, a, b);
    else if (c === 0x09) out.push1(0x20, a, b);
    else if (c === 0x0a || c >= 0x20) out.push1(c, a, b);
    return;
  }
  if (c >= 0x0e50 && c <= 0x0e59) return out.push1(c - 0x0e50 + 0x30, a, b);
  if (c >= 0x0e00 && c <= 0x0e7f) return out.push1(c, a, b);
  if (DROP.test(ch)) return;
  if (DECIMAL.test(ch)) return out.push1(0x30 + digitOf(c), a, b);
  const n = ch.normalize('NFKC');
  for (const x of n) {
    if (DROP.test(x) && !THAI_BLOCK.test(x)) continue;
    out.push(DECIMAL.test(x) ? String.fromCharCode(0x30 + digitOf(x.codePointAt(0)!)) : x, a, b);
  }
}

function emitText(out: Builder, s: string, a: number, b: number): void {
  for (const ch of s) emitChar(out, ch, a, b);
}

/** Pass 1: markup, entities, escapes and characters. */
const scratch = new Builder();
/** nextAt's ">" and "<" in the text decode reads; −2: not looked for yet. */
const next = new Int32Array(2);

function decode(text: string, markup: boolean, spans: boolean): Builder {
  const out = scratch.reset(spans);
  next[0] = next[1] = -2;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (passesThrough(code)) {
      out.push1(code, i, i + 1);
      i++;
      continue;
    }
    const after = special(text, i, markup, out);
    if (after > i) {
      i = after;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    emitChar(out, text.slice(i, i + len), i, i + len);
    i += len;
  }
  return out;
}

/**
 * Markup, an entity, a percent sequence, an escape or an emphasis mark starting at `i`, read into `out`: the index
 * after it, or `i` when there is none there (the character is then read as itself).
 */
function special(text: string, i: number, markup: boolean, out: Builder): number {
  const ch = text[i]!;
  if (ch === '<') return markup ? tagAt(text, i, out) : i;
  if (ch === '&') return entityAt(text, i, out);
  if (ch === '%') return percentAt(text, i, out);
  if (ch === '\\') return escapeAt(text, i, out);
  if (EMPHASIS.has(ch)) return i + 1;
  return i;
}

function tagAt(text: string, i: number, out: Builder): number {
  const plain = plainTag(text, i);
  if (plain !== undefined) {
    if (BLOCK_TAGS.has(plain.name.toLowerCase())) out.push1(BREAK_CODE, i, plain.end);
    return plain.end;
  }
  TAG.lastIndex = i;
  const m = TAG.exec(text);
  if (!m) return i;
  if (m[2] !== undefined && BLOCK_TAGS.has(m[2].toLowerCase())) out.push1(BREAK_CODE, i, i + m[0].length);
  return i + m[0].length;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isLatinOrDigit(c) || c === 45;

/**
 * TAG's match at `i` found without the regex, for the tags pages are made of (the gate reads millions of them): a
 * name that ends in a letter or digit and is followed by neither "_" nor anything else TAG's \b would backtrack over,
 * then a ">" within TAG's 2,000 characters with no "<" before it. Undefined for anything else, which TAG then reads.
 */
function plainTag(text: string, i: number): { name: string; end: number } | undefined {
  const start = text.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  if (!isAsciiLetter(text.charCodeAt(start))) return undefined;
  let nameEnd = start + 1;
  while (isNameChar(text.charCodeAt(nameEnd))) nameEnd++;
  if (text.charCodeAt(nameEnd - 1) === 45 || text.charCodeAt(nameEnd) === 95) return undefined;
  const close = nextAt(text, nameEnd, '>');
  if (close < 0 || close - nameEnd >= 2000) return undefined;
  const open = nextAt(text, nameEnd, '<');
  if (open >= 0 && open < close) return undefined;
  return { name: text.slice(start, nameEnd), end: close + 1 };
}

/**
 * The next ">" or "<" at or after `at` in the text decode is reading (−1: none). Remembered, since decode reads left
 * to right: each is looked for once per text, where indexOf from every "<" could read to the end each time.
 */
function nextAt(text: string, at: number, ch: '>' | '<'): number {
  const i = ch === '>' ? 0 : 1;
  if (next[i]! !== -1 && next[i]! < at) next[i] = text.indexOf(ch, at);
  return next[i]!;
}

function entityAt(text: string, i: number, out: Builder): number {
  ENTITY.lastIndex = i;
  const m = ENTITY.exec(text);
  if (!m) return i;
  const end = i + m[0].length;
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? parseInt(m[2], 16) : undefined;
  const s = code !== undefined ? (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '') : NAMED_ENTITIES[m[3]!.toLowerCase()];
  if (s === undefined) return i;
  emitText(out, s, i, end);
  return end;
}

function percentAt(text: string, i: number, out: Builder): number {
  PERCENT.lastIndex = i;
  const m = PERCENT.exec(text);
  if (!m) return i;
  let s: string | undefined;
  try {
    s = decodeURIComponent(m[0]);
  } catch {
    s = undefined;
  }
  if (s === undefined) return i;
  emitText(out, s, i, i + m[0].length);
  return i + m[0].length;
}

function escapeAt(text: string, i: number, out: Builder): number {
  const next = text[i + 1];
  if (next === 'n' || next === 'r') {
    out.push1(0x0a, i, i + 2);
    return i + 2;
  }
  if (next === 't') {
    out.push1(0x20, i, i + 2);
    return i + 2;
  }
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
    emitChar(out, String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6);
    return i + 6;
  }
  // A Markdown or JSON escape: the character it escapes is read as itself.
  if (next !== undefined && ASCII_PUNCT.test(next)) return i + 1;
  return i;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLatinOrDigit = (c: number) => isDigit(c) || isAsciiLetter(c);
/** O o l I → the digit it stands for, 0 for any other letter. */
const lookalike = (c: number) => (c === 79 || c === 111 ? 48 : c === 108 || c === 73 ? 49 : 0);
/** Past either end of the reading: no character. */
const NONE = -1;

/** Pass 2a: O o l I inside a run of Latin letters and digits that is otherwise a number of at least three digits. */
function lookalikes(b: Builder): void {
  const { codes: c, length: n } = b;
  const at = (k: number) => (k >= 0 && k < n ? c[k]! : NONE);
  let i = 0;
  while (i < n) {
    if (!isLatinOrDigit(c[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    let letters = 0;
    let other = false;
    while (j < n && isLatinOrDigit(c[j]!)) {
      if (isDigit(c[j]!)) digits++;
      else if (lookalike(c[j]!) !== 0) letters++;
      else other = true;
      j++;
    }
    // Part of a number: three digits in the run, or one with more digits across a separator ("O81-234-5602").
    const joined = (isSeparator(at(j)) && isDigit(at(j + 1))) || (isSeparator(at(i - 1)) && isDigit(at(i - 2)));
    if (!other && letters > 0 && (digits >= 3 || (digits >= 1 && joined))) for (let k = i; k < j; k++) if (!isDigit(c[k]!)) c[k] = lookalike(c[k]!);
    i = j;
  }
}

/** Space, line break, no-break space, - . / ( ), the dashes U+2010–2015, minus and the ideographic space. */
function isSeparator(c: number): boolean {
  return c === 32 || c === 10 || c === 0xa0 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || isDash(c) || c === 0x3000;
}
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
const MAX_SEPARATOR_RUN = 8;

/** The one separator a run of them between two digits reads as: `-` for dashes, `/` for slashes, `.` for dots alone. */
function oneSeparator(c: Uint16Array, i: number, j: number): number {
  let dash = false;
  let slash = false;
  let dots = true;
  for (let k = i; k < j; k++) {
    dash ||= isDash(c[k]!);
    slash ||= c[k] === 47;
    dots &&= c[k] === 46;
  }
  // A dot with a space is a sentence's end ("ข้อ 5. 081…"), not a decimal point: it reads as a space.
  return dash ? 45 : slash ? 47 : dots ? 46 : 32;
}

/** Pass 2b: a run of separators between two digits → one separator (and a blank line → BREAK), in place. */
function separators(b: Builder): Builder {
  const { codes: c, from, to, length: n, spans } = b;
  let w = 0;
  const put = (code: number, a: number, z: number) => {
    c[w] = code;
    if (spans) {
      from[w] = a;
      to[w] = z;
    }
    w++;
  };
  let i = 0;
  while (i < n) {
    const ch = c[i]!;
    if (isSeparator(ch)) {
      let j = i;
      let lines = 0;
      while (j < n && isSeparator(c[j]!)) {
        if (c[j] === 10) lines++;
        j++;
      }
      // c[i - 1] is read before anything at i is written (w ≤ i), so the comparisons see the decoded text.
      if (lines >= 2) {
        put(BREAK_CODE, from[i]!, to[j - 1]!);
      } else if (i > 0 && isDigit(c[i - 1]!) && j < n && isDigit(c[j]!) && j - i <= MAX_SEPARATOR_RUN) {
        put(oneSeparator(c, i, j), from[i]!, to[j - 1]!);
      } else {
        for (let k = i; k < j; k++) put(c[k]!, from[k]!, to[k]!);
      }
      i = j;
      continue;
    }
    put(ch, from[i]!, to[i]!);
    i++;
  }
  b.length = w;
  return b;
}

/**
 * Text every pass above leaves as it is: Thai letters and marks and printable ASCII, without digits, line breaks or
 * the characters that start markup, entities, percent-encoding, escapes or emphasis. Most cells and page texts are
 * such text, and reading them is then only a copy (ingest reads every published cell this way).
 */
const READS_AS_WRITTEN = /^[\u0e00-\u0e4f\u0e5a-\u0e7f\x20-\x24\x27-\x29\x2b-\x2f\x3a\x3b\x3d-\x5b\x5d\x5e\x61-\x7d]*$/;

/**
 * Text as a person reads it; `markup` drops HTML tags as a page renders them (on for pages, cells and articles).
 * `spans: false` leaves `from` and `to` empty, for a third less work: to ask whether a text holds anything at all.
 */
export function asRead(text: string, options: { markup?: boolean; spans?: boolean } = {}): AsRead {
  if (READS_AS_WRITTEN.test(text)) return { text, ...identitySpans(text.length) };
  const decoded = decode(text, options.markup !== false, options.spans !== false);
  lookalikes(decoded);
  return separators(decoded).reading();
}

/** from = 0, 1, … n − 1 and to = 1, 2, … n: views of one shared array (a reading is never written once made). */
function identitySpans(n: number): Pick<AsRead, 'from' | 'to'> {
  if (identity.length < n + 1) {
    identity = new Int32Array(Math.max(n + 1, identity.length * 2));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return { from: identity.subarray(0, n), to: identity.subarray(1, n + 1) };
}
let identity = new Int32Array(0);

/** The original span of [start, end) of a reading. */
export function sourceSpan(read: AsRead, start: number, end: number): { start: number; end: number } {
  return { start: read.from[start]!, end: read.to[end - 1]! };
}
