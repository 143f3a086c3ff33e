import type { Bilingual } from '../lib/issues/messages';
import type { FieldHeader } from '../lib/schema/layouts';
import { normalizeHeader } from '../lib/thai/index';
import { cellText } from './cells';
import { HEADER_SCAN_ROWS } from './limits';
import type { Row } from './read-workbook';
import { verbatim } from '../lib/i18n/words';

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

/** The header to type for a column: the Thai one the templates write, the English alias in English sentences. */
export function columnHeader(spec: FieldHeader): Bilingual {
  return { th: spec.headers[0]!, en: spec.headers[1] ?? spec.headers[0]! };
}

export function compileColumns(specs: readonly FieldHeader[]): CompiledColumns {
  const byKey = new Map<string, FieldHeader>();
  for (const s of specs) for (const h of s.headers) if (!byKey.has(normalizeHeader(h))) byKey.set(normalizeHeader(h), s);
  const required = specs.filter((s) => s.required);
  const list = (xs: readonly FieldHeader[]): Bilingual => verbatim(xs.map((s) => s.headers[0]!).join(', '));
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

/** A header naming a way to reach someone: its values are private. */
const CONTACT = /โทร|เบอร์|มือถือ|อีเมล|e-?mail|ไลน์|\bline\b|\bphone|\bmobile|\btel\b|\bfax\b|แฟกซ์|เลขบัตร|บัตรประชาชน|เลขประจำตัว|ที่อยู่|\baddress|ติดต่อ|\bcontact/i;
/** A header naming a person (a name, a surname, a committee member, an official): its values are private. */
const PERSON =
  /^ชื่อ$|สกุล|ประธาน|เหรัญญิก|เลขานุการ|กรรมการ|ผู้ตรวจ|ผู้ประสานงาน|ผู้กรอก|ผู้บันทึก|ผู้จัดทำ|ผู้รายงาน|ผู้ให้ข้อมูล|ชื่อสมาชิก|\bchair|\bpresident|\btreasurer|\bsecretary|\bauditor|\bfull ?name|\bfirst ?name|\blast ?name|\bsurname|\bperson\b/i;
/** A header that counts or measures ("จำนวนกรรมการ", "number of committee members"): numbers, not people. */
const MEASURE = /จำนวน|ร้อยละ|\bcount\b|\bnumber of\b|\bno\. of\b/i;

/**
 * Whether an unknown column (or label) holds people's names or contacts, so that its values are private
 * (DESIGN §4.3, §8): "ชื่อประธาน", "ชื่อ-สกุล", "เบอร์โทร", "e-mail", "Line ID" do; "ชื่อหมู่บ้าน", "หมายเหตุ",
 * "จำนวนกรรมการ" do not. A listed private field (REGISTRY_COLUMNS' `private`) is private without asking.
 */
export function looksPersonal(header: string): boolean {
  const h = normalizeHeader(header);
  if (CONTACT.test(h)) return true;
  return PERSON.test(h) && !MEASURE.test(h);
}
