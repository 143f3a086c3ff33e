/** Outcome of parsing one raw cell value: the value, or what was found and what was expected (Thai first). */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; found: string; expected: { th: string; en: string } };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(found: string, th: string, en: string): Parsed<T> {
  return { ok: false, found, expected: { th, en } };
}
