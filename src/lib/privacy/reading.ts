/**
 * A reading (as-read.ts) and the builder it is made with: UTF-16 units, each with the span of the original it came
 * from. Pure.
 */

export interface AsRead {
  text: string;
  /** Per UTF-16 unit of `text`: start (inclusive) and end (exclusive) of its source in the original. */
  from: ArrayLike<number>;
  to: ArrayLike<number>;
}

/** Readings up to this long are returned in plain arrays (see Builder.reading). */
const SHORT_READING = 4096;

/**
 * A reading under construction: UTF-16 units and their source spans in typed arrays. A reading of a national JSON is
 * millions of characters; a string and two numbers per character in plain arrays cost the gate ~130 ns a character
 * in allocation and garbage collection alone. One builder is reused by every reading (they never nest): a page's
 * reading is a fraction of its markup, and allocating arrays the size of the markup each time cost more than the rest.
 */
export class Builder {
  codes = new Uint16Array(1024);
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  length = 0;
  /** Whether source spans are kept: a reading made only to ask whether a text holds anything needs none. */
  spans = true;
  /** Empty, to build a new reading. */
  reset(spans = true): this {
    this.length = 0;
    this.spans = spans;
    return this;
  }
  push(s: string, a: number, b: number): void {
    for (let k = 0; k < s.length; k++) this.push1(s.charCodeAt(k), a, b);
  }
  /** One UTF-16 unit. */
  push1(code: number, a: number, b: number): void {
    if (this.length === this.codes.length) this.grow();
    const n = this.length++;
    this.codes[n] = code;
    if (!this.spans) return;
    this.from[n] = a;
    this.to[n] = b;
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    codes.set(this.codes);
    from.set(this.from);
    to.set(this.to);
    this.codes = codes;
    this.from = from;
    this.to = to;
  }
  /**
   * The reading built, in arrays of its own: plain arrays for a short one (a cell; V8 collects them young, where
   * typed arrays' buffers live outside the heap and a single-thread national ingest held ~450 MB more of them),
   * typed arrays for a long one (a page, a window of a JSON file).
   */
  reading(): AsRead {
    const n = this.length;
    const text = textOf(this.codes, n);
    if (!this.spans) return { text, from: NO_SPANS, to: NO_SPANS };
    if (n > SHORT_READING) return { text, from: this.from.slice(0, n), to: this.to.slice(0, n) };
    const from = new Array<number>(n);
    const to = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      from[k] = this.from[k]!;
      to[k] = this.to[k]!;
    }
    return { text, from, to };
  }
}

const NO_SPANS: ArrayLike<number> = [];

/** UTF-16 units as a string, lone surrogates kept (TextDecoder would replace them). */
function textOf(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  return out;
}
