import { createHash } from 'node:crypto';
import { type Bilingual, type IssueCode, fieldLabel, personalKindDetail } from '../lib/issues/messages';
import { PERSONAL_MASK, maskPersonalData, withNumbersHidden } from '../lib/privacy/recognise';
import { maskValue, privateKey } from '../lib/privacy/scan';
import { GROUP_ID } from '../lib/schema/records';
import { type Bound, withinBound } from '../lib/schema/bounds';
import { STATUS_WORDS } from '../lib/schema/layouts';
import { formatNumber, percentOf } from '../lib/i18n/format';
import {
  type Parsed,
  normalizeHeader,
  parseFiscalYear,
  parseThaiDate,
  parseThaiNumber,
  parseYesNo,
} from '../lib/thai/index';
import { addr, idText, looksLikeFormula, readCell, valueText } from './cells';
import type { FileContext } from './context';
import type { Cell, Row } from './read-workbook';

const HAS_DIGIT = /[0-9๐-๙]/;
const STATUS: ReadonlyMap<string, 'active' | 'inactive' | 'dissolved'> = new Map(
  Object.entries(STATUS_WORDS).map(([k, v]) => [normalizeHeader(k), v]),
);

/** A short digest of a private value (Source.privateDigests): equal values, equal digests; the value is not kept. */
export function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 16);
}

/**
 * Reads typed fields from the cells of one sheet, reporting each problem with its cell address.
 * `bad` turns true on any error since the last `startRow()`: the caller leaves that row (or book) out.
 * Public text is published only after the privacy checks of DESIGN §8 (see `publishable`).
 */
export class FieldReader {
  bad = false;
  /** Private values of the current record (a registry or batch row, a book): privateKey → field and cell. */
  private readonly record = new Map<string, { field: string; cell: string }>();
  constructor(
    readonly ctx: FileContext,
    readonly sheet: string,
    readonly rows: readonly Row[],
  ) {}

  startRow(): void {
    this.bad = false;
  }

  /** A new record: no errors yet and no private values seen. */
  startRecord(): void {
    this.bad = false;
    this.record.clear();
    this.village = undefined;
  }

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  issue(code: IssueCode, r: number, c: number, field: string, found?: string | number, expected?: Bilingual, detail?: Record<string, string | number>): void {
    const i = this.ctx.report(code, {
      sheet: this.sheet,
      cell: addr(r, c),
      field,
      ...(found !== undefined ? { found } : {}),
      ...(expected ? { expected } : {}),
      ...(detail ? { detail } : {}),
    });
    if (i.severity === 'error') this.bad = true;
  }

  /** The raw value; formulas without a cached value and cached errors are reported (never quoting private cells). */
  raw(r: number, c: number | undefined, field: string, isPrivate = false): { value: string | number | boolean | null; numFmt: string | undefined } | undefined {
    if (c === undefined) return { value: null, numFmt: undefined };
    const read = readCell(this.rows[r]?.[c]);
    if (read.kind === 'value') return read;
    if (read.kind === 'missingFormula') this.issue('E_FORMULA_NO_VALUE', r, c, field, isPrivate ? undefined : read.formula);
    else this.issue('E_FORMULA_ERROR', r, c, field, read.text);
    return undefined;
  }

  private fail<T>(p: Parsed<T>, code: IssueCode, r: number, c: number, field: string): undefined {
    if (!p.ok) this.issue(code, r, c, field, p.found, p.expected);
    return undefined;
  }

  /** Public text: normalised and made publishable; a formula-looking text is kept as text with a warning. */
  text(r: number, c: number | undefined, field: string, required = false): string | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const read = valueText(v.value);
    if (read === '') {
      if (required) this.required(r, c, field);
      return undefined;
    }
    const s = this.publishable(r, c!, field, read);
    if (looksLikeFormula(s)) this.issue('W_FORMULA_TEXT', r, c!, field, s);
    return s;
  }

  /**
   * Privacy at the source (DESIGN §8): a value equal to a private value of the same record (the chair's name typed
   * as the group name) is replaced by PERSONAL_MASK; a phone number or national id inside it is replaced by the
   * mask. Each is reported with the cell and a masked form of the value, never the value.
   */
  private publishable(r: number, c: number, field: string, s: string): string {
    const cell = addr(r, c);
    const same = this.record.get(privateKey(s));
    if (same) {
      const label = fieldLabel(same.field);
      this.issue('W_PRIVATE_VALUE_MASKED', r, c, field, maskValue(s), undefined, { privateTh: label.th, privateEn: label.en, privateCell: same.cell });
      return PERSONAL_MASK;
    }
    const m = maskPersonalData(s);
    if (m.matches.length === 0) return s;
    for (const x of m.matches) this.ctx.noteOrigin(x.digits, { sheet: this.sheet, cell });
    this.issue('W_PERSONAL_DATA_MASKED', r, c, field, m.reported, undefined, personalKindDetail(m.matches.map((x) => x.kind)));
    return m.text;
  }

  /** Private text: collected for the privacy scanner (and this record's checks), never returned or quoted. */
  private_(r: number, c: number | undefined, field: string): string | undefined {
    const v = this.raw(r, c, field, true);
    if (v === undefined) return undefined;
    const s = valueText(v.value);
    if (s !== '') this.keepPrivate(s, field, addr(r, c!));
    return s === '' ? undefined : s;
  }

  /**
   * Values of cells that are not in the template but name a person or a contact (an unknown column or label that
   * looksPersonal): private, read without any check of their own. `field` is the header or label.
   */
  personal(r: number, cells: readonly { col: number; header: string }[]): void {
    for (const { col, header } of cells) {
      const read = readCell(this.rows[r]?.[col]);
      if (read.kind === 'value' && read.value !== null) this.keepPrivate(valueText(read.value), header, addr(r, col));
    }
  }

  private keepPrivate(s: string, field: string, cell: string): void {
    // An address that is the record's own village names a place, not a person (DESIGN §8).
    if (field === 'address' && this.village !== undefined && privateKey(s) === this.village) return;
    if (this.ctx.addPrivate(s, { sheet: this.sheet, cell })) this.record.set(privateKey(s), { field, cell });
  }

  /** The record's village (privateKey), read before its private cells: an address equal to it is not private. */
  private village: string | undefined;
  recordVillage(r: number, c: number | undefined): void {
    const read = c === undefined ? undefined : readCell(this.rows[r]?.[c]);
    const text = read?.kind === 'value' ? valueText(read.value) : '';
    this.village = text === '' ? undefined : privateKey(text);
  }

  required(r: number, c: number | undefined, field: string): void {
    if (c === undefined) return; // a missing column is reported once per sheet by the caller
    this.issue('E_REQUIRED_EMPTY', r, c, field);
  }

  groupId(r: number, c: number | undefined, field: string): string | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const id = idText(v.value);
    if (id === '') {
      this.required(r, c, field);
      return undefined;
    }
    const personal = maskPersonalData(id);
    if (personal.matches.length > 0) {
      for (const x of personal.matches) this.ctx.noteOrigin(x.digits, { sheet: this.sheet, cell: addr(r, c!) });
      this.issue('E_ID_PERSONAL_DATA', r, c!, field, personal.reported, undefined, personalKindDetail(personal.matches.map((x) => x.kind)));
      return undefined;
    }
    if (!GROUP_ID.test(id)) {
      this.issue('E_ID_INVALID', r, c!, field, id);
      return undefined;
    }
    return id;
  }

  date(r: number, c: number | undefined, field: string, required = false): string | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const p = parseThaiDate(v.value, { date1904: this.ctx.date1904 });
    if (!p.ok) return this.fail(p, HAS_DIGIT.test(p.found) ? 'E_DATE_INVALID' : 'E_DATE_UNREADABLE', r, c!, field);
    if (p.value === null) {
      if (required) this.required(r, c, field);
      return undefined;
    }
    return p.value;
  }

  /**
   * A number within its plausible bound (src/lib/schema/bounds.ts): one outside is an error naming the cell, the
   * value found and the bound, and is left out. Money comes back rounded to the satang.
   */
  number(r: number, c: number | undefined, field: string, bound: Bound): number | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const p = parseThaiNumber(v.value, { kind: bound.kind, decimal: this.ctx.decimal, ...(v.numFmt !== undefined ? { numFmt: v.numFmt } : {}) });
    if (!p.ok) return this.fail(p, 'E_NUMBER_INVALID', r, c!, field);
    if (p.value === null) return undefined;
    const n = withinBound(p.value, bound);
    if (n === undefined) {
      // A phone or an id typed into a number cell (its leading 0 lost) is never quoted: its middle digits are hidden.
      const asPersonal = typeof v.value === 'number' ? withNumbersHidden(String(v.value), true) : undefined;
      const numberShown = asPersonal !== undefined && asPersonal !== String(v.value) ? asPersonal : formatNumber(p.value);
      const found = bound.kind === 'percent' ? `${formatNumber(percentOf(p.value))}%` : typeof v.value === 'string' ? v.value : numberShown;
      this.issue('E_NUMBER_RANGE', r, c!, field, found, bound.expected);
    }
    return n;
  }

  yesNo(r: number, c: number | undefined, field: string): boolean | null | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const p = parseYesNo(v.value);
    if (!p.ok) return this.fail(p, 'E_YESNO_INVALID', r, c!, field);
    return p.value;
  }

  fiscalYear(r: number, c: number | undefined, field: string): number | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const p = parseFiscalYear(v.value);
    if (!p.ok) return this.fail(p, 'E_FISCAL_YEAR_INVALID', r, c!, field);
    return p.value ?? undefined;
  }

  status(r: number, c: number | undefined, field: string): 'active' | 'inactive' | 'dissolved' | undefined {
    const v = this.raw(r, c, field);
    if (v === undefined) return undefined;
    const s = valueText(v.value);
    if (s === '') return undefined;
    const st = STATUS.get(normalizeHeader(s));
    if (st === undefined) this.issue('E_STATUS_INVALID', r, c!, field, s);
    return st;
  }
}
