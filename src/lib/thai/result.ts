import type { Bilingual } from '../i18n/words';

/** Outcome of parsing one raw cell value: the value, or what was found and what was expected (Thai first). */
export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; found: string; expected: Bilingual };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/** A failure: what was found, and what a correct value looks like (EXPECTED, src/lib/issues/messages.ts). */
export function fail<T = never>(found: string, expected: Bilingual): Parsed<T> {
  return { ok: false, found, expected };
}
