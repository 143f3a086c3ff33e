/**
 * Blank, documented workbook templates for officers (DESIGN §2 `npm run templates`): the registry, the
 * audit book, the district batch and the criteria in force (a province's starting point for its own), each with a
 * คำอธิบาย (instructions) sheet in Thai. Built from the same
 * layout table ingest reads (src/lib/schema/layouts.ts), so a filled template always reads back. Pure.
 */
import type * as XLSX from 'xlsx';
import { DEFAULT_CRITERIA } from '../lib/health/default-criteria';
import { bookIndicators, type Criteria } from '../lib/schema/criteria';
import {
  BATCH_COLUMNS,
  BATCH_SHEETS,
  BOOK_SHEETS,
  COVER_LABELS,
  FINANCIAL_LABELS,
  INDICATOR_COLUMNS,
  PLAN_COLUMNS,
  REGISTRY_COLUMNS,
  REGISTRY_SHEETS,
  HELP_SHEETS,
  CRITERIA_COLUMNS,
  CRITERIA_SHEETS,
  type FieldHeader,
} from '../lib/schema/layouts';
import { sheet, workbook, type Cell } from '../sample/workbooks';
import { criteriaToRows } from '../lib/health/criteria-rows';
import { words } from '../lib/i18n/words';
import { NO_ANSWERS, YES_ANSWERS } from '../lib/thai/yes-no';
import { PLAN_PROGRESS, PROGRESS_ANSWERS } from '../lib/thai/progress';
import { COUNT_FIELDS } from '../lib/schema/records';
import { GROUP_FIELDS } from '../lib/privacy/allowlist';
import type { SheetPrint } from '../util/xlsx-print';
import * as XLSXU from 'xlsx';

/** The templates' documentation sheet: the first of the help sheets the ingest passes over. */
export const INSTRUCTIONS_SHEET = HELP_SHEETS[0]!;

const D = words('th').templateDocs;
export const TEMPLATE_FILES = D.files;

const first = (f: FieldHeader) => f.headers[0]!;

// ---------------------------------------------------------------------------------------------------------
// Shared explanations

const W = words('th').template;
const YES_WORDS = YES_ANSWERS.join(', ');
const NO_WORDS = NO_ANSWERS.join(', ');
/** The progress words a plan row offers (the first spelling of each status). */
const PROGRESS_WORDS = PLAN_PROGRESS.map((p) => PROGRESS_ANSWERS[p][0]!).join(' / ');

const INPUT_TH: Record<'yesno' | 'count' | 'percent', string> = {
  yesno: W.answerYesNo(YES_WORDS, NO_WORDS),
  count: W.answerCount,
  percent: W.answerPercent,
};

interface ColumnDoc {
  header: string;
  meaning: string;
  required?: boolean;
  accepts: string;
  example: string;
  /** true: on the site; false: private (a person or a contact); 'internal': read and checked, never published. */
  published: boolean | 'internal';
}

const instructionsSheet = (title: string, steps: string[], columns: ColumnDoc[], extra: Cell[][] = [], note: string | null = null): XLSX.WorkSheet => {
  const rows: Cell[][] = [
    [title],
    [note],
    [W.howTo],
    ...steps.map((s, i) => [`${i + 1}. ${s}`]),
    [],
    W.columns,
    ...columns.map((c) => [c.header, c.meaning, c.required ? W.required : W.optional, c.accepts, c.example, c.published === 'internal' ? W.internal : c.published ? W.published : W.private]),
    [],
    [W.answers, W.yes(YES_WORDS)],
    ['', W.no(NO_WORDS)],
    [W.dates, W.dateForms],
    [W.numbers, W.numberForms],
    [W.personalData, W.privacy],
    [W.headers, W.headersRule],
    ...extra,
  ];
  return sheet(rows, [30, 60, 14, 60, 36, 22]);
};

// ---------------------------------------------------------------------------------------------------------
// Registry

/** Registry fields the site publishes: the allow-list's (coordinates are read and checked, never published). */
const REGISTRY_PUBLISHED = new Set(GROUP_FIELDS.keys);

/** Widths of the registry columns (characters), in REGISTRY_COLUMNS order. */
const registryWidth = (field: string) =>
  ({ id: 10, name: 40, village: 18, moo: 7, subdistrict: 16, district: 18, province: 12, founded: 14, members: 14, savings: 16, status: 14, lat: 10, lon: 10, chair: 26, phone: 15, national_id: 17, address: 36 })[field] ?? 14;

export function registryTemplate(): XLSX.WorkBook {
  const headers = REGISTRY_COLUMNS.map(first);
  const data = sheet(
    [[D.registryTitleRow], headers],
    REGISTRY_COLUMNS.map((c) => registryWidth(c.field)),
    [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }],
  );
  const docs: ColumnDoc[] = REGISTRY_COLUMNS.map((c) => ({
    header: first(c),
    ...D.registry[c.field as keyof typeof D.registry],
    required: c.required ?? false,
    published: c.private ? false : REGISTRY_PUBLISHED.has(c.field) ? true : ('internal' as const),
  }));
  const example = REGISTRY_COLUMNS.map((c) => D.registry[c.field as keyof typeof D.registry].example);
  const help = instructionsSheet(
    D.registryTitle,
    D.registrySteps(REGISTRY_SHEETS[0]!),
    docs,
    [[], [W.exampleRow], headers, example],
  );
  return workbook([
    [REGISTRY_SHEETS[0]!, data],
    [INSTRUCTIONS_SHEET, help],
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Audit book

/** Blank rows the plan sheet prints, under its header, for a plan written by hand at the visit. */
export const PLAN_BLANK_ROWS = 15;
/** Height (points) of a row written in by hand: 24 points is 8.5 mm on paper at full size (Excel's default is 15). */
const HAND_ROW_PT = 24;

/** Rows 2 … `last` (1-based) of `ws` `pt` points tall, for handwriting; the sheet's range reaches `last`, so blank rows are written. */
export function handRows(ws: XLSX.WorkSheet, last: number, pt = HAND_ROW_PT): XLSX.WorkSheet {
  const range = XLSXU.utils.decode_range(ws['!ref'] ?? 'A1');
  range.e.r = Math.max(range.e.r, last - 1);
  ws['!ref'] = XLSXU.utils.encode_range(range);
  ws['!rows'] = [{}, ...Array.from({ length: last - 1 }, () => ({ hpt: pt }))];
  return ws;
}

/**
 * The plan sheet: its header and PLAN_BLANK_ROWS rows to write in. Ten columns fitted to a landscape A4 page's width
 * print at about two thirds of full size, so rows are 30 points tall (about 7 mm on paper).
 */
export function planSheet(): XLSX.WorkSheet {
  return handRows(sheet([PLAN_COLUMNS.map(first)], [5, 20, 18, 18, 22, 14, 11, 12, 11, 18]), 1 + PLAN_BLANK_ROWS, 30);
}

export function bookTemplate(criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const books = bookIndicators(criteria);
  const cover = handRows(sheet([[W.item, W.value], ...COVER_LABELS.map((l) => [first(l), null])], [18, 48]), 1 + COVER_LABELS.length);
  const financials = handRows(sheet([[W.item, W.amount], ...FINANCIAL_LABELS.map((l) => [first(l), null])], [30, 16]), 1 + FINANCIAL_LABELS.length);
  const indicators = handRows(sheet([INDICATOR_COLUMNS.map(first), ...books.map((b) => [b.code, b.th, null, null])], [7, 50, 10, 32]), 1 + books.length);
  const plan = planSheet();
  const docs: ColumnDoc[] = [
    ...COVER_LABELS.map((l) => ({ header: `${BOOK_SHEETS.cover[0]}: ${first(l)}`, ...D.cover[l.field as keyof typeof D.cover], required: l.required ?? false, published: l.private ? false : l.field === 'statementDate' ? ('internal' as const) : true })),
    ...FINANCIAL_LABELS.map((l) => ({
      header: `${BOOK_SHEETS.financials[0]}: ${first(l)}`,
      ...D.financials[l.field as keyof typeof D.financials],
      accepts: (COUNT_FIELDS as readonly string[]).includes(l.field) ? W.people : W.money,
      published: true,
    })),
    ...books.map((b) => ({
      header: `${BOOK_SHEETS.indicators[0]}: ${b.code}`,
      meaning: b.th,
      required: true,
      accepts: INPUT_TH[b.input],
      example: D.answerExample[b.input],
      published: true,
    })),
    ...PLAN_COLUMNS.map((c) => ({ header: `${BOOK_SHEETS.plan[0]}: ${first(c)}`, ...D.plan[c.field as keyof typeof D.plan], accepts: c.field === 'due' || c.field === 'progressDate' ? W.date : c.field === 'order' ? W.number : c.field === 'progress' ? PROGRESS_WORDS : W.text, required: c.required ?? false, published: true })),
  ];
  const help = instructionsSheet(
    D.bookTitle,
    D.bookSteps(BOOK_SHEETS.cover[0]!, BOOK_SHEETS.financials[0]!, BOOK_SHEETS.indicators[0]!, BOOK_SHEETS.plan[0]!, String(criteria.incompleteAbovePoints)),
    docs,
    [],
    D.bookPrinting,
  );
  return workbook([
    [BOOK_SHEETS.cover[0]!, cover],
    [BOOK_SHEETS.financials[0]!, financials],
    [BOOK_SHEETS.indicators[0]!, indicators],
    [BOOK_SHEETS.plan[0]!, plan],
    [INSTRUCTIONS_SHEET, help],
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Batch

export function batchTemplate(criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const books = bookIndicators(criteria);
  const headers = [...BATCH_COLUMNS.map(first), ...FINANCIAL_LABELS.map(first), ...books.map((b) => b.code)];
  const widths = [10, 40, 13, 11, 13, ...FINANCIAL_LABELS.map(() => 14), ...books.map(() => 6)];
  const data = sheet(
    [[D.batchTitleRow], headers],
    widths,
    [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }],
  );
  const docs: ColumnDoc[] = [
    ...BATCH_COLUMNS.map((c) => ({ header: first(c), ...D.cover[c.field as keyof typeof D.cover], required: c.required ?? false, published: true })),
    ...FINANCIAL_LABELS.map((l) => ({
      header: first(l),
      ...D.financials[l.field as keyof typeof D.financials],
      accepts: (COUNT_FIELDS as readonly string[]).includes(l.field) ? W.people : W.money,
      published: true,
    })),
    ...books.map((b) => ({ header: b.code, meaning: b.th, required: true, accepts: INPUT_TH[b.input], example: D.answerExample[b.input], published: true })),
  ];
  const example: Cell[] = [
    ...BATCH_COLUMNS.map((c) => D.cover[c.field as keyof typeof D.cover].example),
    ...FINANCIAL_LABELS.map((l) => D.financials[l.field as keyof typeof D.financials].example),
    ...books.map((b) => D.answerExample[b.input]),
  ];
  const help = instructionsSheet(
    D.batchTitle,
    D.batchSteps(BATCH_SHEETS[0]!, books.map((b) => b.code).join(', ')),
    docs,
    [[], [W.exampleRow], headers, example],
  );
  return workbook([
    [BATCH_SHEETS[0]!, data],
    [INSTRUCTIONS_SHEET, help],
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Criteria: the criteria in force, as the sheet a province edits into its own (src/lib/health/criteria-rows.ts)

export function criteriaTemplate(criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const docs: ColumnDoc[] = (Object.keys(CRITERIA_COLUMNS) as (keyof typeof CRITERIA_COLUMNS)[]).map((c) => ({
    header: CRITERIA_COLUMNS[c][0],
    ...D.criteria[c],
    required: c === 'code' || c === 'dimension' || c === 'th' || c === 'measure' || c === 'max',
    published: true,
  }));
  const help = instructionsSheet(
    D.criteriaTitle(criteria.id),
    D.criteriaSteps,
    docs,
  );
  return workbook([
    [CRITERIA_SHEETS[0]!, sheet(criteriaToRows(criteria), [34, 12, 44, 44, 44, 11, 34, 10])],
    [INSTRUCTIONS_SHEET, help],
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Printing and drop-down lists (src/util/xlsx-print.ts): fit to the page's width, lists for the answers officers pick

const col = (c: number) => XLSXU.utils.encode_col(c);
const YES_NO_LIST = [YES_ANSWERS[0], NO_ANSWERS[0]];
const PROGRESS_LIST = PLAN_PROGRESS.map((p) => PROGRESS_ANSWERS[p][0]!);
const STATUS_LIST = (['active', 'inactive', 'dissolved'] as const).map((s) => words('th').groupStatus[s]);

/**
 * The audit book's sheets: the four forms printed with their grid, one A4 page each (the plan with its blank rows),
 * lists for the yes/no answers and the plan's progress; then `reference` sheets printed landscape (the pre-filled
 * book's ข้อมูลประกอบ), and the instructions last, read on screen and not printed (issue 21: the book prints in at
 * most 4 pages; a screen-only sheet last is a trailing blank page that Excel drops too).
 */
export function bookPrint(criteria: Criteria, reference = 0): SheetPrint[] {
  const books = bookIndicators(criteria);
  const yesNo = books.flatMap((b, i) => (b.input === 'yesno' ? [`C${i + 2}`] : [])).join(' ');
  const progress = col(PLAN_COLUMNS.findIndex((c) => c.field === 'progress'));
  return [
    { grid: true },
    { grid: true },
    { lists: yesNo ? [{ sqref: yesNo, words: YES_NO_LIST }] : [], grid: true },
    { lists: [{ sqref: `${progress}2:${progress}200`, words: PROGRESS_LIST }], landscape: true, grid: true, area: `A1:${col(PLAN_COLUMNS.length - 1)}${1 + PLAN_BLANK_ROWS}` },
    ...Array.from({ length: reference }, () => ({ landscape: true })),
    { landscape: true, screenOnly: true },
  ];
}

function registryPrint(): SheetPrint[] {
  const status = col(REGISTRY_COLUMNS.findIndex((c) => c.field === 'status'));
  return [{ lists: [{ sqref: `${status}3:${status}5000`, words: STATUS_LIST }], landscape: true }, { landscape: true }];
}

function batchPrint(criteria: Criteria): SheetPrint[] {
  const first = BATCH_COLUMNS.length + FINANCIAL_LABELS.length;
  const yesNo = bookIndicators(criteria).flatMap((b, i) => (b.input === 'yesno' ? [`${col(first + i)}3:${col(first + i)}5000`] : [])).join(' ');
  return [{ lists: yesNo ? [{ sqref: yesNo, words: YES_NO_LIST }] : [], landscape: true }, { landscape: true }];
}

export function allTemplates(criteria: Criteria = DEFAULT_CRITERIA): { file: string; wb: XLSX.WorkBook; print: SheetPrint[] }[] {
  return [
    { file: TEMPLATE_FILES.registry, wb: registryTemplate(), print: registryPrint() },
    { file: TEMPLATE_FILES.book, wb: bookTemplate(criteria), print: bookPrint(criteria) },
    { file: TEMPLATE_FILES.batch, wb: batchTemplate(criteria), print: batchPrint(criteria) },
    { file: TEMPLATE_FILES.criteria, wb: criteriaTemplate(criteria), print: [{ landscape: true }, { landscape: true }] },
  ];
}
