import { BOUNDS } from '../lib/schema/bounds';
import { COVER_LABELS, FINANCIAL_LABELS, INDICATOR_COLUMNS_READ, LABEL_SHEET_HEADINGS, PLAN_COLUMNS } from '../lib/schema/layouts';
import type { Answer, AuditRecord, Financials, FinancialField, PlanItem, PlanProgress } from '../lib/schema/records';
import { EXPECTED, type Bilingual } from '../lib/issues/messages';
import { normalizeHeader, parseProgress, parseThaiDate } from '../lib/thai/index';
import { asIndicatorCode, normalizeIndicatorCode } from '../lib/thai/codes';
import { ANSWER_EXPECTED, FINANCIAL_BOUND, type IndicatorPlan, indicatorPlan, readAnswer, resolveFiscalYear } from './audit-values';
import { addr, cellText, isBlank, readCell } from './cells';
import type { FileContext } from './context';
import { FieldReader, digest } from './field-reader';
import { type CompiledColumns, compileColumns, looksPersonal } from './headers';
import { MAX_LABEL_ROWS } from './limits';
import type { Sheet } from './read-workbook';
import { isBlankRow, openTable } from './table';

const COVER = compileColumns(COVER_LABELS);
const FINANCIALS = compileColumns(FINANCIAL_LABELS);
const INDICATORS = compileColumns(INDICATOR_COLUMNS_READ);
const PLAN = compileColumns(PLAN_COLUMNS);

/** Column headings officers put above label | value rows; not unknown items. */
const HEADINGS = new Set(LABEL_SHEET_HEADINGS.map(normalizeHeader));

export interface BookSheets {
  cover: Sheet;
  financials?: Sheet;
  indicators?: Sheet;
  plan?: Sheet;
}

interface Labels {
  /** field → { r, c } of its value cell. */
  at: Map<string, { r: number; c: number }>;
  /** Value cells of unknown labels that name a person or a contact (looksPersonal): private. */
  personal: { r: number; col: number; header: string }[];
}

/**
 * Label | value rows: the first non-empty cell of a row is the label, the cell right of it the value.
 * Reports unknown and duplicate labels.
 */
function readLabels(ctx: FileContext, sheet: Sheet, layout: CompiledColumns): Labels {
  const at = new Map<string, { r: number; c: number }>();
  const personal: Labels['personal'] = [];
  const last = Math.min(sheet.rows.length, MAX_LABEL_ROWS);
  for (let r = 0; r < last; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    let c0 = 0;
    while (c0 < row.length && isBlank(row[c0])) c0++;
    if (c0 >= row.length) continue;
    const label = cellText(row[c0]);
    const key = normalizeHeader(label);
    const spec = layout.byKey.get(key);
    if (spec) {
      const first = at.get(spec.field);
      if (first) ctx.report('W_DUPLICATE_LABEL', { sheet: sheet.name, cell: addr(r, c0), field: spec.field, detail: { first: addr(first.r, first.c) } });
      else at.set(spec.field, { r, c: c0 + 1 });
    } else if (!isBlank(row[c0 + 1]) && !HEADINGS.has(key) && label !== '') {
      ctx.report('W_UNKNOWN_LABEL', { sheet: sheet.name, cell: addr(r, c0), found: label, expected: layout.expected });
      if (looksPersonal(label)) personal.push({ r, col: c0 + 1, header: label });
    }
  }
  return { at, personal };
}

export interface BookResult {
  audit?: AuditRecord;
  /** Rows read across the four sheets (labels, indicator rows, plan rows). */
  rows: number;
  /** Rows (values) left out because of an error; the whole book when the cover is unusable. */
  rejected: number;
}

/** What the sheets of a book share while they are read: the counts, and where each published value was read. */
interface BookRead {
  res: BookResult;
  /** Field → its cell (A1) and, off the cover, its sheet: the record's source. */
  cells: Record<string, string>;
  sheets: Record<string, string>;
}

/** What the cover gives the record: the group, the dates, the fiscal year, and whether a value of the key was bad. */
interface Cover {
  groupId?: string;
  groupName?: string;
  date?: string;
  statementDate?: string;
  fiscalYear?: number;
  auditors?: string;
  bad: boolean;
}

/**
 * An audit book (DESIGN §4.4) → one AuditRecord. A bad value is left out and reported; a bad cover rejects the book.
 * Its four sheets are read in order (cover, financial position, indicators, plan), each by a function of its own.
 */
export function parseBook(ctx: FileContext, s: BookSheets): BookResult {
  const book: BookRead = { res: { rows: 0, rejected: 0 }, cells: {}, sheets: {} };
  const plan = indicatorPlan(ctx.criteria);
  const cover = readCover(ctx, s.cover, book);
  const financials = s.financials ? readFinancials(ctx, s.financials, book) : {};
  const answers = readIndicators(ctx, s.indicators, plan, book);
  const planItems: PlanItem[] = [];
  if (s.plan) {
    const r0 = parsePlan(ctx, s.plan, planItems, (k, field, cell) => {
      book.cells[`plan.${k}.${field}`] = cell;
      book.sheets[`plan.${k}.${field}`] = s.plan!.name;
    });
    book.res.rows += r0.rows;
    book.res.rejected += r0.rejected;
  }

  const { res, cells, sheets } = book;
  const { groupId, date, fiscalYear, groupName, statementDate, auditors } = cover;
  if (cover.bad || groupId === undefined || date === undefined || fiscalYear === undefined) {
    res.rejected = Math.max(res.rejected, 1);
    res.rows = Math.max(res.rows, 1);
    return res;
  }
  const audit: AuditRecord = {
    groupId,
    date,
    fiscalYear,
    financials,
    answers,
    plan: planItems,
    source: { file: ctx.file, sheet: s.cover.name, cells, sheets, ...(auditors !== undefined ? { privateDigests: { auditors: digest(auditors) } } : {}) },
  };
  if (groupName !== undefined) audit.groupName = groupName;
  if (statementDate !== undefined) audit.statementDate = statementDate;
  res.audit = audit;
  return res;
}

/** The cover: group, dates and fiscal year, its private cells read first (a group name equal to one is masked). */
function readCover(ctx: FileContext, cover: Sheet, book: BookRead): Cover {
  const { res, cells } = book;
  const fr = new FieldReader(ctx, cover.name, cover.rows);
  const { at: labels, personal } = readLabels(ctx, cover, COVER);
  for (const spec of COVER.required) {
    if (!labels.has(spec.field)) ctx.report('E_LABEL_MISSING', { sheet: cover.name, field: spec.field });
  }
  const L = (f: string) => labels.get(f);
  const at = (f: string) => {
    const p = L(f);
    if (p) cells[f] = addr(p.r, p.c);
    return p;
  };
  res.rows += labels.size;
  const pId = at('groupId'), pName = at('groupName'), pDate = at('date'), pFy = at('fiscalYear'), pStmt = at('statementDate');
  // The book is one record: its private cells are read first, so that a group name equal to one is masked.
  fr.startRecord();
  const pAud = L('auditors');
  const auditors = pAud ? fr.private_(pAud.r, pAud.c, 'auditors') : undefined;
  for (const p of personal) fr.personal(p.r, [p]);
  fr.startRow();
  const groupId = pId ? fr.groupId(pId.r, pId.c, 'groupId') : undefined;
  const date = pDate ? fr.date(pDate.r, pDate.c, 'date', true) : undefined;
  const stated = pFy ? fr.fiscalYear(pFy.r, pFy.c, 'fiscalYear') : undefined;
  const coverBad = fr.bad;
  fr.startRow();
  const groupName = pName ? fr.text(pName.r, pName.c, 'groupName') : undefined;
  const statementDate = pStmt ? fr.date(pStmt.r, pStmt.c, 'statementDate') : undefined;
  if (fr.bad) res.rejected++;
  fr.startRow();
  const fiscalYear = !coverBad && date !== undefined ? resolveFiscalYear(ctx, fr, stated, date, { r: pFy?.r ?? 0, c: pFy?.c }) : undefined;
  return { groupId, groupName, date, statementDate, fiscalYear, auditors, bad: coverBad };
}

/** The financial position: one labelled number per field; a missing or bad one is reported and left out. */
function readFinancials(ctx: FileContext, sh: Sheet, book: BookRead): Financials {
  const { res, cells, sheets } = book;
  const financials: Financials = {};
  const ffr = new FieldReader(ctx, sh.name, sh.rows);
  const { at: fl, personal: finPersonal } = readLabels(ctx, sh, FINANCIALS);
  for (const p of finPersonal) ffr.personal(p.r, [p]);
  for (const spec of FINANCIAL_LABELS) {
    const p = fl.get(spec.field);
    if (!p) {
      ctx.report('W_VALUE_MISSING', { sheet: sh.name, field: spec.field });
      continue;
    }
    res.rows++;
    cells[spec.field] = addr(p.r, p.c);
    sheets[spec.field] = sh.name;
    ffr.startRow();
    const v = ffr.number(p.r, p.c, spec.field, FINANCIAL_BOUND.get(spec.field)!);
    if (ffr.bad) res.rejected++;
    else if (v === undefined) ctx.report('W_VALUE_MISSING', { sheet: sh.name, cell: addr(p.r, p.c), field: spec.field });
    else financials[spec.field as FinancialField] = v;
  }
  return financials;
}

/** The indicators sheet's answers, then every book indicator not answered (null, and reported unless the sheet is missing). */
function readIndicators(ctx: FileContext, sh: Sheet | undefined, plan: IndicatorPlan, book: BookRead): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  const answeredAt = new Map<string, string>();
  const invalid = new Set<string>();
  if (sh) readAnswers(ctx, sh, plan, book, { answers, answeredAt, invalid });
  for (const [code, ind] of plan.book) {
    if (Object.hasOwn(answers, code)) continue;
    answers[code] = null;
    if (!sh || invalid.has(code)) continue; // the missing sheet is reported once
    const cell = answeredAt.get(code);
    ctx.report('W_ANSWER_MISSING', { sheet: sh.name, ...(cell ? { cell } : {}), field: code, expected: ANSWER_EXPECTED[ind.input] });
  }
  return answers;
}

/** Rows of the indicators table: code | result. An unknown, computed or repeated code is reported and skipped. */
function readAnswers(
  ctx: FileContext,
  sh: Sheet,
  plan: IndicatorPlan,
  book: BookRead,
  into: { answers: Record<string, Answer>; answeredAt: Map<string, string>; invalid: Set<string> },
): void {
  const { res, cells, sheets } = book;
  const { answers, answeredAt, invalid } = into;
  const ifr = new FieldReader(ctx, sh.name, sh.rows);
  const table = openTable(ctx, sh, INDICATORS);
  if (!table) return;
  const cCode = table.match.columns.get('code')!;
  const cResult = table.match.columns.get('result')!;
  const scan = [cCode, cResult];
  for (let r = table.match.row + 1; r < sh.rows.length; r++) {
    const row = sh.rows[r];
    if (isBlankRow(row, scan)) continue;
    res.rows++;
    const code = normalizeIndicatorCode(cellText(row?.[cCode]));
    const resultBlank = isBlank(row?.[cResult]);
    const ind = plan.book.get(code);
    if (!ind) {
      if (resultBlank) continue;
      if (plan.computed.has(code)) ctx.report('W_INDICATOR_COMPUTED', { sheet: sh.name, cell: addr(r, cCode), found: code, expected: plan.bookCodes });
      else ctx.report('W_INDICATOR_UNKNOWN', { sheet: sh.name, cell: addr(r, cCode), found: code, expected: plan.bookCodes, detail: { criteria: plan.criteriaId } });
      continue;
    }
    const first = answeredAt.get(code);
    if (first) {
      ctx.report('W_INDICATOR_DUPLICATE', { sheet: sh.name, cell: addr(r, cCode), found: code, detail: { first } });
      continue;
    }
    answeredAt.set(code, addr(r, cResult));
    cells[code] = addr(r, cResult);
    sheets[code] = sh.name;
    ifr.startRow();
    const a = readAnswer(ifr, r, cResult, ind);
    if (a === undefined) {
      res.rejected++;
      invalid.add(code); // its error is the one report: not also "not answered"
    } else if (a !== null) answers[code] = a;
  }
}

/**
 * Development plan rows (แผนพัฒนา). Each published text's cell is told to `cellOf` (item index, field, cell) for the
 * privacy rules after parsing (src/ingest/publish-privacy.ts): the owner must be a role, a private value is masked.
 */
export function parsePlan(ctx: FileContext, sh: Sheet, out: PlanItem[], cellOf: (k: number, field: string, cell: string) => void = () => {}): { rows: number; rejected: number } {
  const res = { rows: 0, rejected: 0 };
  const table = openTable(ctx, sh, PLAN);
  if (!table) return res;
  const col = (f: string) => table.match.columns.get(f);
  const cOrder = col('order'), cTopic = col('topic'), cCause = col('cause'), cApproach = col('approach');
  const cActivity = col('activity'), cOwner = col('owner'), cDue = col('due');
  const cProgress = col('progress'), cProgressDate = col('progressDate'), cProgressNote = col('progressNote');
  const fr = new FieldReader(ctx, sh.name, sh.rows);
  for (let r = table.match.row + 1; r < sh.rows.length; r++) {
    const row = sh.rows[r];
    if (isBlankRow(row, table.cols)) continue;
    res.rows++;
    fr.startRecord();
    const topic = fr.text(r, cTopic, 'topic');
    const order = fr.number(r, cOrder, 'order', BOUNDS.order);
    const cause = fr.text(r, cCause, 'cause');
    const approach = fr.text(r, cApproach, 'approach');
    const activity = fr.text(r, cActivity, 'activity');
    const due = fr.date(r, cDue, 'due');
    const owner = fr.text(r, cOwner, 'owner');
    if (topic === undefined && !fr.bad) ctx.report('E_PLAN_TOPIC_EMPTY', { sheet: sh.name, cell: addr(r, cTopic!), field: 'topic' });
    if (fr.bad || topic === undefined) {
      res.rejected++;
      continue;
    }
    const item: PlanItem = { topic: normalizeTopic(topic) };
    if (order !== undefined) item.order = order;
    if (cause !== undefined) item.cause = cause;
    if (approach !== undefined) item.approach = approach;
    if (activity !== undefined) item.activity = activity;
    if (owner !== undefined) item.owner = owner;
    if (due !== undefined) item.due = due;
    const progress = readProgress(ctx, fr, sh.name, r, cProgress, cProgressDate, cProgressNote);
    if (progress) item.progress = progress;
    const k = out.length;
    for (const [field, c] of [['topic', cTopic], ['cause', cCause], ['approach', cApproach], ['activity', cActivity], ['owner', cOwner]] as const) {
      if (c !== undefined && item[field] !== undefined) cellOf(k, field, addr(r, c));
    }
    if (cProgressNote !== undefined && item.progress?.note !== undefined) cellOf(k, 'progressNote', addr(r, cProgressNote));
    out.push(item);
  }
  return res;
}

/**
 * A plan row's progress (issue 21): status, follow-up date and note. A problem here is a warning that leaves the
 * progress out and never the plan row: what the group reports between audits must not change what the audit found.
 */
function readProgress(ctx: FileContext, fr: FieldReader, sheet: string, r: number, cStatus?: number, cDate?: number, cNote?: number): PlanProgress | undefined {
  const warn = (c: number, field: string, found: string, expected: Bilingual) =>
    ctx.report('W_PROGRESS_INVALID', { sheet, cell: addr(r, c), field, found, expected });
  const rawOf = (c: number | undefined) => (c === undefined ? null : readCell(fr.cell(r, c)));
  const statusCell = rawOf(cStatus);
  const status = statusCell?.kind === 'value' ? parseProgress(statusCell.value) : undefined;
  if (status && !status.ok) {
    warn(cStatus!, 'progress', status.found, status.expected);
    return undefined;
  }
  const dateCell = rawOf(cDate);
  const date = dateCell?.kind === 'value' ? parseThaiDate(dateCell.value, { date1904: ctx.date1904 }) : undefined;
  const wasBad = fr.bad;
  const note = fr.text(r, cNote, 'progressNote');
  fr.bad = wasBad;
  if (!status || status.value === null) {
    // A date or a note with no status: say which status is expected rather than guess one.
    if ((date?.ok && date.value !== null) || note !== undefined) warn(cStatus ?? cDate ?? cNote!, 'progress', '', EXPECTED.progress);
    return undefined;
  }
  const progress: PlanProgress = { status: status.value };
  if (date && !date.ok) warn(cDate!, 'progressDate', date.found, date.expected);
  else if (date?.value) progress.date = date.value;
  if (note !== undefined) progress.note = note;
  return progress;
}

/** "f1" or "F๑" → "F1"; free text unchanged. */
const normalizeTopic = (t: string): string => asIndicatorCode(t) ?? t;
