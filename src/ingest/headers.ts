import type { Bilingual } from '../lib/issues/messages';
import type { FieldHeader } from '../lib/schema/layouts';
import { normalizeHeader } from '../lib/thai/index';
import { cellText } from './cells';
import { HEADER_SCAN_ROWS } from './limits';
import type { Row } from './read-workbook';

/**
 * Header lookup compiled once per layout: normalised header → field spec, in a Map (a header such as
 * "constructor" or "__proto__" is just a key, never an object property).
 */
export interface CompiledColumns {
  byKey: ReadonlyMap<string, FieldHeader>;
  specs: readonly FieldHeader[];
  required: readonly FieldHeader[];
  /** The Thai headers of the layout, for "expected …" in messages. */
  expected: Bilingual;
  /** The required Thai headers. */
  expectedRequired: Bilingual;
}

export function compileColumns(specs: readonly FieldHeader[]): CompiledColumns {
  const byKey = new Map<string, FieldHeader>();
  for (const s of specs) for (const h of s.headers) if (!byKey.has(normalizeHeader(h))) byKey.set(normalizeHeader(h), s);
  const required = specs.filter((s) => s.required);
  const list = (xs: readonly FieldHeader[]): Bilingual => {
    const th = xs.map((s) => s.headers[0]!).join(', ');
    return { th, en: th };
  };
  return { byKey, specs, required, expected: list(specs), expectedRequired: list(required) };
}

export interface HeaderMatch {
  /** 0-based row of the header. */
  row: number;
  /** field → 0-based column. */
  columns: Map<string, number>;
  unknown: { col: number; text: string }[];
  duplicates: { field: string; col: number; first: number }[];
}

/**
 * The header row: the first of the first 10 rows that holds every required header.
 * `extraKey` maps a header the table does not know to a field (e.g. "G1 คณะกรรมการ…" → G1), or undefined.
 */
export function findHeaderRow(
  rows: readonly Row[],
  layout: CompiledColumns,
  extraKey?: (key: string) => string | undefined,
): { ok: true; match: HeaderMatch } | { ok: false; missing: FieldHeader[] } {
  let bestMissing: FieldHeader[] = [...layout.required];
  const last = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const row = rows[r];
    if (!row) continue;
    const columns = new Map<string, number>();
    const unknown: HeaderMatch['unknown'] = [];
    const duplicates: HeaderMatch['duplicates'] = [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      if (text === '') continue;
      const key = normalizeHeader(text);
      const field = layout.byKey.get(key)?.field ?? extraKey?.(key);
      if (field === undefined) {
        unknown.push({ col: c, text });
        continue;
      }
      const first = columns.get(field);
      if (first !== undefined) duplicates.push({ field, col: c, first });
      else columns.set(field, c);
    }
    const missing = layout.required.filter((s) => !columns.has(s.field));
    if (missing.length === 0) return { ok: true, match: { row: r, columns, unknown, duplicates } };
    if (missing.length < bestMissing.length) bestMissing = missing;
  }
  return { ok: false, missing: bestMissing };
}

/** Headers of columns that hold people's names or contacts: their values are private even when the column is unknown. */
const PERSONAL_HEADER = /ชื่อ|นามสกุล|โทร|เบอร์|มือถือ|อีเมล|e-?mail|line|ไลน์|เลขบัตร|บัตรประชาชน|ที่อยู่|phone|mobile|contact|ติดต่อ|ผู้ตรวจ|ประธาน|เหรัญญิก|เลขานุการ|กรรมการ/i;

export function looksPersonal(header: string): boolean {
  return PERSONAL_HEADER.test(header);
}
