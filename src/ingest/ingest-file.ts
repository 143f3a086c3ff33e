/**
 * One file → its records and issues (DESIGN §4): listed only (lock, system, other files, links, special files), or
 * read, guarded, opened as a workbook, classified and parsed by its kind. Runs in the main thread or a parse worker.
 */
import { parseCriteriaSheet } from '../lib/health/criteria-sheet';
import { BATCH_SHEETS, BOOK_SHEETS, REGISTRY_SHEETS } from '../lib/schema/layouts';
import { expectedCsvColumns } from '../lib/issues/messages';
import { verbatim } from '../lib/i18n/words';
import { type Classified, EXPECTED_SHEETS, KIND_WORDS, classifyWorkbook, firstRowText } from './classify';
import { FileContext } from './context';
import type { FoundFile } from './discover';
import { type DataFileType, type Refusal, guardBytes, specialRefusal, tooLargeRefusal } from './guard';
import { MAX_FILE_BYTES } from './limits';
import { readDataFile } from './read-file';
import { parseBatch, batchLayout } from './parse-batch';
import { type BookSheets, parseBook } from './parse-book';
import { REGISTRY_LAYOUT, parseRegistry } from './parse-registry';
import { type Separator, numberConvention } from './csv-locale';
import { type Book, type Sheet, readWorkbook } from './read-workbook';
import type { FileOutcome, Shared } from './types';

/** A classified workbook of a kind ingest reads. */
type Known = Exclude<Classified, { kind: 'unknown' }>;
type OneSheet = Extract<Classified, { sheet: Sheet }>;

/** One file → its records and issues. Never throws: an unexpected failure is reported on the file. */
export async function ingestFile(f: FoundFile, shared: Shared): Promise<FileOutcome> {
  const ctx = new FileContext(f.path, shared.criteria, shared.divisions, shared.privateValues);
  const out: FileOutcome = {
    report: { path: f.path, kind: 'unknown', rows: 0 },
    read: 'skipped',
    issues: ctx.issues,
    registry: [],
    audits: [],
    rejectedRows: [],
    lost: false,
    origins: [],
  };
  const type = dataType(f, ctx, out);
  if (type !== undefined) {
    out.read = 'refused'; // until it is parsed
    try {
      readAndParse(f, type, shared, ctx, out);
    } catch (e) {
      ctx.report('E_READ_FAILED', { found: e instanceof Error ? e.message : String(e) });
      out.read = 'refused';
      out.registry = [];
      out.audits = [];
    }
  }
  out.origins = [...ctx.origins];
  return out;
}

/** The type of a data file; undefined, said on ctx, for a file only listed (lock, system, other, link, special). */
function dataType(f: FoundFile, ctx: FileContext, out: FileOutcome): DataFileType | undefined {
  if (f.type === 'lock') {
    out.report.kind = 'lock';
    return undefined;
  }
  if (f.type === 'system') return undefined;
  if (f.type === 'other') {
    ctx.report('W_NOT_DATA_FILE');
    return undefined;
  }
  // Links and special files: listed, never followed or opened (DESIGN §9).
  if (f.type === 'link') {
    ctx.report('E_LINK_SKIPPED', { found: f.target ?? '' });
    return undefined;
  }
  if (f.type === 'special') {
    refuse(ctx, specialRefusal(f.special));
    return undefined;
  }
  return f.type;
}

/** A data file from its bytes to its records: each step reports on the file and stops when it cannot go on. */
function readAndParse(f: FoundFile, type: DataFileType, shared: Shared, ctx: FileContext, out: FileOutcome): void {
  const opened = openWorkbook(f, type, shared, ctx, out);
  if (!opened) return;
  const { book, isCsv } = opened;
  const cls = classifyWorkbook(book, shared.criteria);
  if (cls.kind === 'unknown') {
    if (type === 'txt') notTable(ctx, out);
    else unrecognised(ctx, shared, book, cls.found, isCsv);
    return;
  }
  out.report.kind = cls.kind;
  if (isCsv && book.separator !== undefined && (cls.kind === 'registry' || cls.kind === 'batch') && !numbersReadable(ctx, cls, book.separator)) return;
  sheetNotes(ctx, cls, isCsv);
  parseKnown(f, shared, ctx, out, cls);
}

/** The workbook a file holds, or undefined when it was refused or is text that is not a table (said on ctx). */
function openWorkbook(f: FoundFile, type: DataFileType, shared: Shared, ctx: FileContext, out: FileOutcome): { book: Book; isCsv: boolean } | undefined {
  const isText = type === 'csv' || type === 'txt';
  // The size from discover's lstat decides before anything is opened (a 1.9 GB file is never read).
  const got = f.size > MAX_FILE_BYTES ? { ok: false as const, refusal: tooLargeRefusal(f.size) } : (shared.read?.(f) ?? readDataFile(f.abs));
  if (!got.ok) {
    refuse(ctx, got.refusal);
    if (got.refusal.code === 'E_LINK_SKIPPED' || got.refusal.code === 'W_SPECIAL_FILE') out.read = 'skipped';
    return undefined;
  }
  const guard = guardBytes(got.bytes, type);
  if (type === 'txt' && !(guard.ok && guard.readAs === 'text')) {
    notTable(ctx, out);
    return undefined;
  }
  if (!guard.ok) {
    refuse(ctx, guard.refusal);
    return undefined;
  }
  const read = readWorkbook(got.bytes, guard.readAs, isText);
  if (!read.ok) {
    ctx.report(read.refusal.code);
    return undefined;
  }
  ctx.date1904 = read.book.date1904;
  return { book: read.book, isCsv: isText && guard.readAs === 'text' };
}

/** A .txt is data only when it is a table recognised by its header row; anything else is listed as not data. */
function notTable(ctx: FileContext, out: FileOutcome): void {
  ctx.report('W_TEXT_NOT_TABLE');
  out.read = 'skipped';
}

/** A CSV or workbook of no kind ingest knows: what it holds beside what was expected. */
function unrecognised(ctx: FileContext, shared: Shared, book: Book, found: string[], isCsv: boolean): void {
  if (isCsv) {
    const sheet = book.sheets[0];
    ctx.report('E_CSV_UNRECOGNISED', {
      found: sheet ? firstRowText(sheet) : '',
      expected: expectedCsvColumns(REGISTRY_LAYOUT.expectedRequired, batchLayout(shared.criteria).expectedRequired),
    });
  } else {
    ctx.report('E_FILE_UNRECOGNISED', { found: found.map((n) => `"${n}"`).join(', ') || '-', expected: EXPECTED_SHEETS });
  }
}

/** A CSV's numbers read by the file's own convention (decimal comma or point); false, reported, when it is unclear. */
function numbersReadable(ctx: FileContext, cls: OneSheet, separator: Separator): boolean {
  const convention = numberConvention(cls.sheet, separator);
  if (!convention.ok) {
    const { cell, ...refusal } = convention.refusal;
    ctx.report(refusal.code, { cell, ...(refusal.found !== undefined ? { found: refusal.found } : {}), ...(refusal.detail ? { detail: refusal.detail } : {}) });
    return false;
  }
  ctx.decimal = convention.decimal;
  return true;
}

/** Sheets left unread, and a table read by its headers under another name. */
function sheetNotes(ctx: FileContext, cls: Known, isCsv: boolean): void {
  for (const s of cls.ignored) {
    ctx.report('W_SHEET_IGNORED', {
      sheet: s.name,
      expected: verbatim(cls.used.join(', ')),
      detail: { kindTh: KIND_WORDS[cls.kind].th, kindEn: KIND_WORDS[cls.kind].en },
    });
  }
  if (cls.kind !== 'audit' && cls.renamed && !isCsv) {
    const name = (cls.kind === 'registry' ? REGISTRY_SHEETS : BATCH_SHEETS)[0]!;
    ctx.report('W_SHEET_RENAMED', { sheet: cls.sheet.name, expected: verbatim(name), detail: { kindTh: KIND_WORDS[cls.kind].th, kindEn: KIND_WORDS[cls.kind].en } });
  }
}

/** Records of a registry, a batch or an audit book (the file is then read), or a criteria table. */
function parseKnown(f: FoundFile, shared: Shared, ctx: FileContext, out: FileOutcome, cls: Known): void {
  switch (cls.kind) {
    case 'registry': {
      const r = parseRegistry(ctx, cls.sheet);
      out.registry = r.records;
      out.report.rows = r.rows;
      out.lost = r.rejected > 0;
      out.rejectedRows = r.rejectedRows ?? [];
      break;
    }
    case 'batch': {
      const r = parseBatch(ctx, cls.sheet);
      out.audits = r.records;
      out.report.rows = r.rows;
      out.lost = r.rejected > 0;
      break;
    }
    case 'audit':
      if (!parseAuditBook(ctx, out, cls.book)) return;
      break;
    case 'criteria':
      parseCriteria(f, shared, ctx, out, cls.sheet);
      return;
  }
  out.read = 'read';
}

/** An audit book's record; false when it has no cover (nothing to read it by). Missing sheets are reported. */
function parseAuditBook(ctx: FileContext, out: FileOutcome, b: Partial<BookSheets>): boolean {
  if (!b.cover || !b.financials || !b.indicators) {
    const missing = (['cover', 'financials', 'indicators'] as const).filter((k) => !b[k]).map((k) => BOOK_SHEETS[k][0]!);
    const all = [BOOK_SHEETS.cover[0], BOOK_SHEETS.financials[0], BOOK_SHEETS.indicators[0], BOOK_SHEETS.plan[0]].join(', ');
    for (const m of missing) ctx.report('E_SHEET_MISSING', { expected: verbatim(m), detail: { allTh: all, allEn: all } });
    if (!b.cover) return false;
  }
  if (!b.plan) ctx.report('W_SHEET_MISSING', { expected: verbatim(BOOK_SHEETS.plan[0]!) });
  const r = parseBook(ctx, b as BookSheets);
  if (r.audit) out.audits = [r.audit];
  out.report.rows = r.rows;
  out.lost = r.rejected > 0;
  return true;
}

/** A criteria table: the first under data/criteria/ is read, any other is skipped with a warning. */
function parseCriteria(f: FoundFile, shared: Shared, ctx: FileContext, out: FileOutcome, sheet: Sheet): void {
  if (!shared.criteriaAllowed) {
    ctx.report('W_CRITERIA_IGNORED', { sheet: sheet.name, detail: { criteria: shared.criteria.id } });
    out.read = 'skipped';
    return;
  }
  const parsed = parseCriteriaSheet(sheetValues(sheet), f.path, sheet.name);
  for (const i of parsed.issues) ctx.issues.push(i);
  out.report.rows = parsed.criteria?.indicators.length ?? 0;
  if (parsed.criteria) {
    out.criteria = parsed.criteria;
    out.read = 'read';
  }
}

function refuse(ctx: FileContext, r: Refusal): void {
  ctx.report(r.code, { ...(r.found !== undefined ? { found: r.found } : {}), ...(r.detail ? { detail: r.detail } : {}) });
}

/** Plain cell values of a sheet (the criteria parser reads values, not SheetJS cells). */
function sheetValues(sheet: Sheet): unknown[][] {
  return sheet.rows.map((row) => (row ? Array.from(row, (c) => (c === undefined ? null : (c.v ?? null))) : []));
}
