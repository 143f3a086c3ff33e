/**
 * The issue part of the catalogue of words (DESIGN §6; the rest is src/lib/i18n): code → severity and the Thai and
 * English sentence bodies. The place ("ไฟล์ … แผ่นงาน … ช่อง …:") is added by makeIssue, never here; field labels
 * come from the catalogue (src/lib/i18n/th.ts, en.ts). Every sentence is pinned by a hand-written test
 * (tests/ingest/messages.test.ts), so wording changes are deliberate.
 */
import { PERSONAL_MASK } from '../privacy/recognise';
import { th as TH } from '../i18n/th';
import { en as EN } from '../i18n/en';
import type { Bilingual } from '../i18n/words';
import { formatDate } from '../i18n/format';
import type { Lang } from '../i18n/lang';

export type { Bilingual };

export interface MessageContext {
  /** Label of the field the problem is about (e.g. วันที่จัดตั้ง / founded date). */
  field: Bilingual;
  /** The value found, already shortened; '' when none may be quoted (private cells). */
  found: string;
  /** What a correct value looks like. */
  expected: Bilingual;
  /** Code-specific extras (numbers, other cells, lists). */
  detail: Readonly<Record<string, string | number>>;
}

export interface MessageTemplate {
  severity: 'error' | 'warning';
  /** Used when the caller gives no expectation. */
  expected?: Bilingual;
  /** How many characters of the found value are quoted, when not the usual 80 (make-issue.ts MAX_FOUND). */
  foundMax?: number;
  th: (c: MessageContext) => string;
  en: (c: MessageContext) => string;
}

/** ` "value"` or '' when there is nothing that may be quoted. */
const q = (found: string): string => (found === '' ? '' : ` "${found}"`);
const d = (c: MessageContext, k: string): string => String(c.detail[k] ?? '');
/** An ISO date of the detail as readers write it: «28 มิถุนายน 2567» (BE) / "28 June 2024". */
const day = (c: MessageContext, k: string, lang: Lang): string => formatDate(d(c, k), lang);

const DATA_FILE_TYPES: Bilingual = { th: '.xlsx .xlsm .xls .ods หรือ .csv', en: '.xlsx, .xlsm, .xls, .ods or .csv' };

/** How a criteria sheet writes a measure and scoring bands (src/lib/health/criteria-notation.ts). */
const MEASURE_FORMS = 'answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>';
const BAND_FORMS = '">=90%:6; >=75%:3" / "70%-90%:6; 50%-<70%:3"';

/** One figure above the figure it is part of (overdue above loans, savers above members): detail whole, wholeValue. */
function partAboveWhole(): MessageTemplate {
  return {
    severity: 'error',
    th: (c) => {
      const whole = fieldLabel(d(c, 'whole')).th;
      return `${c.field.th} ${c.found} มากกว่า${whole} ${d(c, 'wholeValue')} — ${c.field.th}ต้องไม่เกิน${whole}`;
    },
    en: (c) => {
      const whole = fieldLabel(d(c, 'whole')).en;
      return `${c.field.en} ${c.found} is more than ${whole} ${d(c, 'wholeValue')} — ${c.field.en} cannot exceed ${whole}`;
    },
  };
}

export const MESSAGES = {
  // ── files ──────────────────────────────────────────────────────────────────────────────────────
  W_NOT_DATA_FILE: {
    severity: 'warning',
    expected: DATA_FILE_TYPES,
    th: (c) => `ไม่ใช่ไฟล์ข้อมูล จึงไม่ได้อ่าน — ไฟล์ข้อมูลต้องเป็นไฟล์ ${c.expected.th}`,
    en: (c) => `not a data file, so it was not read — data files must be ${c.expected.en} files`,
  },
  E_FILE_EMPTY: {
    severity: 'error',
    th: () => `ไฟล์ว่างเปล่า (0 ไบต์) — ต้องเป็นไฟล์ที่บันทึกจากโปรแกรมตารางคำนวณ ให้บันทึกไฟล์ใหม่อีกครั้ง`,
    en: () => `the file is empty (0 bytes) — expected a workbook saved by a spreadsheet program; save it again`,
  },
  E_FILE_CORRUPT: {
    severity: 'error',
    th: () => `อ่านไฟล์ไม่ได้ ไฟล์อาจเสียหายหรือคัดลอกมาไม่ครบ — ต้องเป็นไฟล์ที่เปิดได้ ให้เปิดในโปรแกรมตารางคำนวณแล้วบันทึกใหม่`,
    en: () => `the file cannot be read; it may be damaged or incompletely copied — expected a workbook that opens; open it in a spreadsheet program and save it again`,
  },
  E_FILE_NOT_WORKBOOK: {
    severity: 'error',
    th: (c) => `ชื่อไฟล์ลงท้ายด้วย ${d(c, 'ext')} แต่เนื้อในเป็น${d(c, 'contentTh')} — ต้องเป็นไฟล์ ${d(c, 'ext')} ที่บันทึกจากโปรแกรมตารางคำนวณจริง`,
    en: (c) => `the name ends in ${d(c, 'ext')} but the content is ${d(c, 'contentEn')} — expected a real ${d(c, 'ext')} file saved by a spreadsheet program`,
  },
  E_FILE_ENCRYPTED: {
    severity: 'error',
    th: () => `ไฟล์ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ — ต้องเป็นไฟล์ที่ไม่มีรหัสผ่าน ให้เอารหัสผ่านออกแล้วบันทึกใหม่`,
    en: () => `the file is password-protected, so it cannot be read — expected a file without a password; remove the password and save it again`,
  },
  E_FILE_TOO_LARGE: {
    severity: 'error',
    th: (c) => `ไฟล์ใหญ่เกินไป (${c.found}) — ต้องไม่เกิน ${d(c, 'limit')} ให้แบ่งเป็นหลายไฟล์`,
    en: (c) => `the file is too large (${c.found}) — expected at most ${d(c, 'limit')}; split it into several files`,
  },
  E_FILE_COMPRESSION: {
    severity: 'error',
    th: (c) => `ไฟล์บีบอัดผิดปกติ: ส่วน ${d(c, 'entry')} ขยายได้ ${c.found} เท่า อาจเป็นไฟล์อันตราย จึงไม่ได้อ่าน — ต้องเป็นไฟล์ที่บันทึกจากโปรแกรมตารางคำนวณตามปกติ`,
    en: (c) => `abnormal compression: part ${d(c, 'entry')} expands ${c.found} times, which may be a hostile file, so it was not read — expected a workbook saved normally by a spreadsheet program`,
  },
  E_FILE_UNRECOGNISED: {
    severity: 'error',
    th: (c) => `ไม่รู้จักรูปแบบของไฟล์นี้ พบแผ่นงาน ${c.found} — ต้องมีแผ่นงาน ${c.expected.th}`,
    en: (c) => `the workbook is not recognised: sheets found ${c.found} — expected ${c.expected.en}`,
  },
  E_CSV_UNRECOGNISED: {
    severity: 'error',
    th: (c) => `ไม่รู้จักหัวตารางของไฟล์ CSV นี้ (พบ ${c.found}) — ต้องมีคอลัมน์ ${c.expected.th}`,
    en: (c) => `the CSV header row is not recognised (found ${c.found}) — expected the columns ${c.expected.en}`,
  },
  E_CSV_DECIMAL_AMBIGUOUS: {
    severity: 'error',
    th: (c) => `ไฟล์ CSV นี้คั่นช่องด้วย${d(c, 'separatorTh')} และตัวเลข${q(c.found)} อ่านได้สองแบบ คือ ${d(c, 'thousands')} (ถ้าเครื่องหมายนั้นคั่นหลักพัน) หรือ ${d(c, 'decimal')} (ถ้าเป็นจุดทศนิยม) ไม่มีช่องอื่นในไฟล์ที่บอกได้ว่าใช้แบบใด จึงไม่ได้อ่านไฟล์นี้ — ต้องบันทึกเป็นไฟล์ .xlsx หรือเป็น CSV ที่คั่นช่องด้วยจุลภาค (,)`,
    en: (c) => `this CSV is separated by ${d(c, 'separatorEn')} and the number${q(c.found)} reads two ways: ${d(c, 'thousands')} (if the mark separates thousands) or ${d(c, 'decimal')} (if it is the decimal mark); no other cell of the file tells which, so the file was not read — expected the file saved as .xlsx, or as a CSV separated by commas (,)`,
  },
  E_CSV_DECIMAL_MIXED: {
    severity: 'error',
    th: (c) => `ตัวเลข${q(c.found)} เขียนแบบจุด (.) คั่นหลักพันและจุลภาค (,) เป็นทศนิยม แต่ช่อง ${d(c, 'otherCell')} "${d(c, 'other')}" เขียนแบบจุลภาคคั่นหลักพันและจุดเป็นทศนิยม จึงบอกไม่ได้ว่าตัวเลขในไฟล์นี้มีค่าเท่าใด ไม่ได้อ่านไฟล์นี้ — ต้องเขียนตัวเลขแบบเดียวกันทั้งไฟล์ หรือบันทึกเป็นไฟล์ .xlsx`,
    en: (c) => `the number${q(c.found)} is written with a dot for thousands and a comma for decimals, but cell ${d(c, 'otherCell')} "${d(c, 'other')}" with a comma for thousands and a dot for decimals, so what the file's numbers are is unclear and it was not read — expected numbers written one way throughout the file, or the file saved as .xlsx`,
  },
  W_SHEET_IGNORED: {
    severity: 'warning',
    th: (c) => `แผ่นงานนี้ไม่อยู่ในแบบฟอร์ม${d(c, 'kindTh')} จึงไม่ได้อ่าน — แผ่นงานที่อ่านคือ ${c.expected.th}`,
    en: (c) => `this sheet is not part of the ${d(c, 'kindEn')} layout and was not read — the sheets read are ${c.expected.en}`,
  },
  W_SHEET_RENAMED: {
    severity: 'warning',
    th: (c) => `ชื่อแผ่นงานไม่ตรงแบบฟอร์ม แต่หัวตารางตรงกับ${d(c, 'kindTh')} จึงอ่านเป็น${d(c, 'kindTh')} — ต้องตั้งชื่อแผ่นงานว่า ${c.expected.th}`,
    en: (c) => `the sheet name is not the template's, but its headers match the ${d(c, 'kindEn')}, so it was read as one — expected the sheet to be named ${c.expected.en}`,
  },
  E_SHEET_MISSING: {
    severity: 'error',
    th: (c) => `สมุดตรวจสุขภาพไม่มีแผ่นงาน ${c.expected.th} — ต้องมีครบทั้ง ${d(c, 'allTh')}`,
    en: (c) => `the audit book has no sheet ${c.expected.en} — expected all of ${d(c, 'allEn')}`,
  },
  W_SHEET_MISSING: {
    severity: 'warning',
    th: (c) => `สมุดตรวจสุขภาพไม่มีแผ่นงาน ${c.expected.th} จึงไม่มีแผนพัฒนา — ควรมีแผ่นงานนี้แม้ยังไม่มีแผน`,
    en: (c) => `the audit book has no sheet ${c.expected.en}, so there is no development plan — the sheet should be there even when empty`,
  },
  W_CRITERIA_IGNORED: {
    severity: 'warning',
    th: (c) => `ใช้เกณฑ์จากไฟล์แรกในโฟลเดอร์ criteria เท่านั้น ไฟล์เกณฑ์นี้จึงไม่ได้ใช้ (ใช้เกณฑ์ ${d(c, 'criteria')}) — ต้องมีไฟล์เกณฑ์เพียงไฟล์เดียวใน data/criteria/`,
    en: (c) => `criteria are taken only from the first workbook in the criteria folder, so this one is not used (the criteria ${d(c, 'criteria')} are) — expected one criteria workbook, in data/criteria/`,
  },
  E_READ_FAILED: {
    severity: 'error',
    th: (c) => `เกิดข้อผิดพลาดภายในระหว่างอ่านไฟล์นี้ (${c.found}) ไฟล์อื่นยังอ่านต่อตามปกติ — โปรดแจ้งผู้ดูแลระบบพร้อมไฟล์นี้`,
    en: (c) => `an internal error occurred while reading this file (${c.found}); the other files were read as usual — please report it with this file`,
  },
  // ── sheets and headers ─────────────────────────────────────────────────────────────────────────
  E_HEADER_NOT_FOUND: {
    severity: 'error',
    th: (c) => `ไม่พบแถวหัวตารางใน ${d(c, 'rows')} แถวแรก (ขาด ${d(c, 'missingTh')}) — ต้องมีหัวคอลัมน์ ${c.expected.th}`,
    en: (c) => `no header row in the first ${d(c, 'rows')} rows (missing ${d(c, 'missingEn')}) — expected the columns ${c.expected.en}`,
  },
  W_UNKNOWN_COLUMN: {
    severity: 'warning',
    th: (c) => `คอลัมน์${q(c.found)} ไม่อยู่ในแบบฟอร์ม จึงไม่ได้นำไปใช้ — คอลัมน์ที่ใช้ได้คือ ${c.expected.th}`,
    en: (c) => `the column${q(c.found)} is not in the template, so it is not used — the columns used are ${c.expected.en}`,
  },
  W_DUPLICATE_COLUMN: {
    severity: 'warning',
    th: (c) => `คอลัมน์ ${c.field.th} ซ้ำ ใช้คอลัมน์แรกที่ช่อง ${d(c, 'first')} — ต้องมีคอลัมน์นี้เพียงคอลัมน์เดียว`,
    en: (c) => `the column ${c.field.en} appears twice; the first one, at ${d(c, 'first')}, is used — expected it once`,
  },
  W_COLUMN_MISSING: {
    severity: 'warning',
    th: (c) => `ไม่มีคอลัมน์ ${c.field.th} จึงถือว่าทุกแถวไม่ได้กรอกข้อนี้ — ควรมีคอลัมน์ "${c.expected.th}"`,
    en: (c) => `there is no column ${c.field.en}, so every row is taken as not answering it — expected a column "${c.expected.en}"`,
  },
  E_SHEET_TOO_LONG: {
    severity: 'error',
    th: (c) => `แผ่นงานมีมากกว่า ${d(c, 'limit')} แถว แถวที่ ${d(c, 'from')}–${d(c, 'to')} จึงไม่ได้อ่าน — ต้องแบ่งเป็นหลายไฟล์ ไฟล์ละไม่เกิน ${d(c, 'limit')} แถว`,
    en: (c) => `the sheet has more than ${d(c, 'limit')} rows, so rows ${d(c, 'from')}–${d(c, 'to')} were not read — split it into files of at most ${d(c, 'limit')} rows`,
  },
  W_NO_ROWS: {
    severity: 'warning',
    th: () => `มีหัวตารางแต่ไม่มีแถวข้อมูล — ต้องมีอย่างน้อยหนึ่งแถวใต้หัวตาราง`,
    en: () => `there is a header row but no data rows — expected at least one row below the header`,
  },
  E_LABEL_MISSING: {
    severity: 'error',
    th: (c) => `ไม่พบรายการ ${c.field.th} — ต้องมีแถวที่ช่องแรกเขียนว่า "${c.field.th}" และกรอกค่าไว้ช่องถัดไป`,
    en: (c) => `the item ${c.field.en} is missing — expected a row labelled "${c.field.th}" with its value in the next cell`,
  },
  W_UNKNOWN_LABEL: {
    severity: 'warning',
    th: (c) => `รายการ${q(c.found)} ไม่อยู่ในแบบฟอร์ม จึงไม่ได้นำไปใช้ — รายการที่ใช้ได้คือ ${c.expected.th}`,
    en: (c) => `the item${q(c.found)} is not in the template, so it is not used — the items used are ${c.expected.en}`,
  },
  W_DUPLICATE_LABEL: {
    severity: 'warning',
    th: (c) => `รายการ ${c.field.th} ซ้ำ ใช้ค่าแรกที่ช่อง ${d(c, 'first')} — ต้องมีรายการนี้เพียงครั้งเดียว`,
    en: (c) => `the item ${c.field.en} appears twice; the first, at ${d(c, 'first')}, is used — expected it once`,
  },
  // ── cells ──────────────────────────────────────────────────────────────────────────────────────
  E_REQUIRED_EMPTY: {
    severity: 'error',
    th: (c) => `${c.field.th}ว่างอยู่ — ต้องกรอก${c.field.th}`,
    en: (c) => `${c.field.en} is empty — it is required`,
  },
  E_FORMULA_NO_VALUE: {
    severity: 'error',
    th: (c) => `${c.field.th}เป็นสูตร${q(c.found)} ที่ไม่มีค่าคำนวณเก็บไว้ — ต้องเปิดไฟล์ในโปรแกรมตารางคำนวณให้คำนวณแล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร`,
    en: (c) => `${c.field.en} is a formula${q(c.found)} with no calculated value saved — open the file in a spreadsheet program so it calculates and save it again, or type the value instead`,
  },
  E_FORMULA_ERROR: {
    severity: 'error',
    th: (c) => `${c.field.th}เป็นสูตรที่คำนวณได้ค่าผิดพลาด${q(c.found)} — ต้องแก้สูตรให้ได้ค่าที่ถูกต้อง`,
    en: (c) => `${c.field.en} is a formula whose result is the error${q(c.found)} — fix the formula so it gives a value`,
  },
  W_FORMULA_TEXT: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} ขึ้นต้นเหมือนสูตร จึงเก็บไว้เป็นข้อความ — ต้องเป็นข้อความธรรมดาที่ไม่ขึ้นต้นด้วย = + - หรือ @`,
    en: (c) => `${c.field.en}${q(c.found)} starts like a formula, so it is kept as text — expected plain text that does not start with = + - or @`,
  },
  E_ID_INVALID: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} ไม่ถูกต้อง — ต้องเป็นตัวเลข ตัวอักษรอังกฤษ หรือขีด (-) ยาว 3–32 ตัว เช่น 6001001`,
    en: (c) => `${c.field.en}${q(c.found)} is not valid — expected 3–32 characters of 0-9, A-Z, a-z or -, such as 6001001`,
  },
  E_DATE_INVALID: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} ไม่มีอยู่จริง — ต้องเป็น${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} does not exist — expected ${c.expected.en}`,
  },
  E_DATE_UNREADABLE: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} อ่านเป็นวันที่ไม่ได้ — ต้องเป็น${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is not a date — expected ${c.expected.en}`,
  },
  E_NUMBER_INVALID: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} ไม่ถูกต้อง — ต้องเป็น${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is not valid — expected ${c.expected.en}`,
  },
  E_NUMBER_RANGE: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} อยู่นอกช่วงที่ใช้ได้ — ต้องเป็น${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is out of range — expected ${c.expected.en}`,
  },
  E_YESNO_INVALID: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} อ่านเป็นคำตอบ มี/ไม่มี ไม่ได้ — ต้องเป็น${c.expected.th} (หรือ ใช่/ไม่ใช่, ผ่าน/ไม่ผ่าน, /, x)`,
    en: (c) => `${c.field.en}${q(c.found)} is not a yes/no answer — expected ${c.expected.en} (or ใช่/ไม่ใช่, ผ่าน/ไม่ผ่าน, /, x)`,
  },
  E_FISCAL_YEAR_INVALID: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} ไม่ถูกต้อง — ต้องเป็น${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is not valid — expected ${c.expected.en}`,
  },
  E_FISCAL_YEAR_MISMATCH: {
    severity: 'error',
    th: (c) => `ปีงบประมาณ ${c.found} ไม่ตรงกับวันที่ตรวจ ${day(c, 'date', 'th')} (ปีงบประมาณ ${d(c, 'dateYear')}) — ต้องเป็นปีงบประมาณ ${c.expected.th}`,
    en: (c) => `fiscal year ${c.found} does not match the audit date ${day(c, 'date', 'en')} (fiscal year ${d(c, 'dateYear')}) — expected fiscal year ${c.expected.en}`,
  },
  E_PLACE_UNKNOWN: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} ไม่พบในรายชื่อ${c.field.th}ของทางราชการ${d(c, 'withinTh')} — ต้องเป็น${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is not an official ${c.field.en} name${d(c, 'withinEn')} — expected ${c.expected.en}`,
  },
  E_STATUS_INVALID: {
    severity: 'error',
    expected: {
      th: `${TH.groupStatus.active}, ${TH.groupStatus.inactive} หรือ ${TH.groupStatus.dissolved}`,
      en: `${TH.groupStatus.active} (${EN.groupStatus.active}), ${TH.groupStatus.inactive} (${EN.groupStatus.inactive}) or ${TH.groupStatus.dissolved} (${EN.groupStatus.dissolved})`,
    },
    th: (c) => `${c.field.th}${q(c.found)} ไม่ถูกต้อง — ต้องเป็น ${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is not valid — expected ${c.expected.en}`,
  },
  W_INDICATOR_UNKNOWN: {
    severity: 'warning',
    th: (c) => `รหัสตัวชี้วัด${q(c.found)} ไม่อยู่ในเกณฑ์ ${d(c, 'criteria')} จึงไม่ได้นำไปใช้ — ต้องเป็นรหัส ${c.expected.th}`,
    en: (c) => `the indicator code${q(c.found)} is not in the criteria ${d(c, 'criteria')}, so it is not used — expected one of ${c.expected.en}`,
  },
  W_INDICATOR_COMPUTED: {
    severity: 'warning',
    th: (c) => `ตัวชี้วัด ${c.found} คำนวณจากงบการเงิน คำตอบที่กรอกไว้จึงไม่ได้นำไปใช้ — ต้องกรอกเฉพาะตัวชี้วัด ${c.expected.th}`,
    en: (c) => `indicator ${c.found} is computed from the financial position, so the answer written here is not used — expected answers only for ${c.expected.en}`,
  },
  W_INDICATOR_DUPLICATE: {
    severity: 'warning',
    th: (c) => `ตัวชี้วัด ${c.found} ตอบซ้ำ ใช้คำตอบแรกที่ช่อง ${d(c, 'first')} — ต้องตอบตัวชี้วัดละหนึ่งครั้ง`,
    en: (c) => `indicator ${c.found} is answered twice; the first answer, at ${d(c, 'first')}, is used — expected one answer each`,
  },
  W_ANSWER_MISSING: {
    severity: 'warning',
    th: (c) => `ไม่ได้ตอบ${c.field.th} — ต้องตอบเป็น${c.expected.th} ถ้าไม่ตอบ ตัวชี้วัดนี้จะได้ 0 คะแนน`,
    en: (c) => `${c.field.en} is not answered — expected ${c.expected.en}; unanswered, it scores 0`,
  },
  W_VALUE_MISSING: {
    severity: 'warning',
    th: (c) => `ไม่ได้กรอก${c.field.th} — ตัวชี้วัดที่ใช้ค่านี้จะถือว่าไม่มีข้อมูลและได้ 0 คะแนน`,
    en: (c) => `${c.field.en} is not filled in — indicators that use it count as missing and score 0`,
  },
  W_OWNER_NOT_ROLE: {
    severity: 'warning',
    th: (c) => `ผู้รับผิดชอบ${q(c.found)} ไม่ใช่ตำแหน่งในรายชื่อตำแหน่ง อาจเป็นชื่อบุคคล จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "${PERSONAL_MASK}" — ต้องเป็นตำแหน่งหรือคณะ เช่น ประธาน เหรัญญิก คณะกรรมการเงินกู้ (จังหวัดเพิ่มตำแหน่งได้ในโฟลเดอร์ data/roles/)`,
    en: (c) => `the person responsible${q(c.found)} is not a role on the list of roles and may be a person's name, so it is hidden before publishing: the site shows "${PERSONAL_MASK}" (personal data hidden) — expected a role or a committee such as ประธาน (chair), เหรัญญิก (treasurer) or คณะกรรมการเงินกู้ (loan committee); a province adds roles in data/roles/`,
  },
  W_PROGRESS_INVALID: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} อ่านไม่ได้ จึงไม่แสดงความคืบหน้าของแถวนี้ (แถวแผนยังใช้ตามปกติ) — ต้องเป็น ${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} cannot be read, so this row's progress is not shown (the plan row itself is used) — expected ${c.expected.en}`,
  },
  E_PLAN_TOPIC_EMPTY: {
    severity: 'error',
    th: () => `แถวแผนพัฒนานี้ไม่ได้ระบุตัวชี้วัดหรือประเด็น จึงไม่ได้นำไปใช้ — ต้องกรอกรหัสตัวชี้วัด เช่น F1 หรือประเด็นที่จะพัฒนา`,
    en: () => `this development-plan row names no indicator or issue, so it is not used — expected an indicator code such as F1 or the issue to develop`,
  },
  // ── across files (DESIGN §4.6) ─────────────────────────────────────────────────────────────────
  E_DUPLICATE_ID: {
    severity: 'error',
    th: (c) => `รหัสกลุ่ม${q(c.found)} ซ้ำกับ${d(c, 'otherTh')} แต่ข้อมูลต่างกัน (${d(c, 'diffTh')}) ทั้งสองแถวจึงไม่ได้นำไปใช้ — ต้องไม่ซ้ำกันในทะเบียน ให้เหลือแถวที่ถูกต้องเพียงแถวเดียว`,
    en: (c) => `group id${q(c.found)} is also used at ${d(c, 'otherEn')} with different values (${d(c, 'diffEn')}), so both rows are left out — expected ids to be unique in the registry; keep the one correct row`,
  },
  E_GROUP_NOT_IN_REGISTRY: {
    severity: 'error',
    th: (c) => `รหัสกลุ่ม${q(c.found)} ไม่มีในทะเบียนกลุ่ม ผลการตรวจนี้จึงไม่ได้เผยแพร่ — ต้องเป็นรหัสของกลุ่มที่อยู่ในทะเบียน${d(c, 'suggestTh')}`,
    en: (c) => `group id${q(c.found)} is not in the registry, so this audit is not published — expected the id of a registered group${d(c, 'suggestEn')}`,
  },
  W_AUDIT_DUPLICATE: {
    severity: 'warning',
    th: (c) => `กลุ่ม${q(c.found)} มีผลการตรวจปีงบประมาณ ${d(c, 'fiscalYear')} มากกว่าหนึ่งครั้ง ผลนี้ (ตรวจ ${day(c, 'date', 'th')}) ไม่ได้ใช้ เพราะใช้ผลที่ตรวจวันที่ ${day(c, 'keptDate', 'th')} ในไฟล์ ${d(c, 'keptFile')} — ต้องมีผลการตรวจกลุ่มละหนึ่งครั้งต่อปีงบประมาณ`,
    en: (c) => `group${q(c.found)} has more than one audit in fiscal year ${d(c, 'fiscalYear')}; this one (dated ${day(c, 'date', 'en')}) is not used, the audit of ${day(c, 'keptDate', 'en')} in ${d(c, 'keptFile')} is — expected one audit per group per fiscal year`,
  },
  W_NAME_MISMATCH: {
    severity: 'warning',
    th: (c) => `ชื่อกลุ่ม${q(c.found)} ไม่ตรงกับทะเบียน ("${d(c, 'registered')}") — ต้องตรงกับชื่อในทะเบียนกลุ่ม`,
    en: (c) => `group name${q(c.found)} does not match the registry ("${d(c, 'registered')}") — expected the registered name`,
  },
  // ── files as they come: links, special files, text tables (issue 10, item 7) ───────────────────────
  E_LINK_SKIPPED: {
    severity: 'error',
    // A link target is a path the officer must find to copy the real file: quoted whole (up to Linux's PATH_MAX).
    foundMax: 4096,
    th: (c) => `เป็นลิงก์ (ทางลัด)${c.found === '' ? '' : ` ที่ชี้ไปยัง "${c.found}"`} จึงไม่ได้เปิดตาม สิ่งที่ลิงก์ชี้ไปจึงไม่ได้อ่าน — ต้องคัดลอกไฟล์หรือโฟลเดอร์ตัวจริงมาไว้ใน data/ แทนลิงก์`,
    en: (c) => `a link (shortcut)${c.found === '' ? '' : ` to "${c.found}"`}, so it was not followed and what it points to was not read — copy the real file or folder into data/ instead of the link`,
  },
  W_SPECIAL_FILE: {
    severity: 'warning',
    expected: DATA_FILE_TYPES,
    th: (c) => `ไม่ใช่ไฟล์ธรรมดา แต่เป็น${d(c, 'kindTh')} จึงไม่ได้เปิด — ไฟล์ข้อมูลต้องเป็นไฟล์ ${c.expected.th}`,
    en: (c) => `not a regular file but ${d(c, 'kindEn')}, so it was not opened — data files must be ${c.expected.en} files`,
  },
  W_TEXT_NOT_TABLE: {
    severity: 'warning',
    th: () => `ไฟล์ข้อความนี้ไม่ใช่ตารางทะเบียนหรือผลการตรวจรวม จึงไม่ได้ใช้ — ไฟล์ .txt จะอ่านเมื่อเป็นตารางที่บันทึกจาก Excel แบบ "Unicode Text" (คั่นด้วยแท็บ) หรือแบบ CSV และมีแถวหัวตารางตามแม่แบบ`,
    en: () => `this text file is not a registry or batch table, so it is not used — a .txt file is read when it is a table saved by Excel as "Unicode Text" (tab-separated) or as CSV, with the template's header row`,
  },
  // ── personal data (DESIGN §8) and KM articles (DESIGN §4.7) ──────────────────────────────────────
  W_PERSONAL_DATA_MASKED: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} มี${d(c, 'kindTh')} จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "${PERSONAL_MASK}" — ข้อความที่เผยแพร่ต้องไม่มีเบอร์โทรศัพท์หรือเลขประจำตัวประชาชน ให้ลบออกจากต้นฉบับ`,
    en: (c) => `${c.field.en}${q(c.found)} holds ${d(c, 'kindEn')}, so it is hidden before publishing: the site shows "${PERSONAL_MASK}" (personal data hidden) — published text must hold no phone number or national id; remove it from the source`,
  },
  W_PRIVATE_VALUE_ELSEWHERE: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} มีข้อมูลส่วนบุคคลที่อ่านจาก ${d(c, 'privateAt')} จึงปิดส่วนนั้นไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "${PERSONAL_MASK}" — ข้อความที่เผยแพร่ต้องไม่มีชื่อบุคคลหรือข้อมูลติดต่อ`,
    en: (c) => `${c.field.en}${q(c.found)} holds personal data read at ${d(c, 'privateAt')}, so that part is hidden before publishing: the site shows "${PERSONAL_MASK}" (personal data hidden) — published text must hold no person's name or contact`,
  },
  W_KM_NAME_PERSONAL: {
    severity: 'warning',
    th: () => `ชื่อไฟล์บทความมีหมายเลขโทรศัพท์หรือเลขประจำตัวประชาชน ซึ่งจะกลายเป็นที่อยู่ของหน้าเว็บ จึงตั้งที่อยู่ใหม่ให้ — ให้เปลี่ยนชื่อไฟล์เป็นคำที่บอกเรื่อง เช่น registry-first.md`,
    en: () => `the article's file name holds a phone number or national id, which would become the page's address, so it is given another address — rename the file after its subject, such as registry-first.md`,
  },
  W_PRIVATE_VALUE_MASKED: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} ตรงกับ${d(c, 'privateTh')}ที่ช่อง ${d(c, 'privateCell')} ซึ่งเป็นข้อมูลส่วนบุคคล จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "${PERSONAL_MASK}" — ต้องกรอก${c.field.th} ไม่ใช่ชื่อบุคคลหรือข้อมูลติดต่อ`,
    en: (c) => `${c.field.en}${q(c.found)} is the same as the ${d(c, 'privateEn')} in cell ${d(c, 'privateCell')}, which is personal data, so it is hidden before publishing: the site shows "${PERSONAL_MASK}" — expected the ${c.field.en}, not a person's name or contact`,
  },
  E_ID_PERSONAL_DATA: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} เป็น${d(c, 'kindTh')} ไม่ใช่รหัสกลุ่ม จึงไม่ได้นำไปใช้ — ต้องเป็นรหัสกลุ่ม เช่น 6001001`,
    en: (c) => `${c.field.en}${q(c.found)} is ${d(c, 'kindEn')}, not a group id, so it is not used — expected a group id such as 6001001`,
  },
  E_KM_NO_FRONT_MATTER: {
    severity: 'error',
    th: () => `บทความไม่มีส่วนหัว (front matter) จึงไม่ได้เผยแพร่ — ต้องขึ้นต้นไฟล์ด้วยบรรทัด --- ตามด้วย title: และ date: แล้วปิดด้วยบรรทัด ---`,
    en: () => `the article has no front matter, so it is not published — expected the file to start with a line ---, then title: and date:, closed by a line ---`,
  },
  E_KM_FRONT_MATTER_OPEN: {
    severity: 'error',
    th: () => `ส่วนหัวของบทความไม่มีบรรทัดปิด --- จึงไม่ได้เผยแพร่ — ต้องปิดส่วนหัวด้วยบรรทัดที่มีเพียง ---`,
    en: () => `the article's front matter is never closed, so it is not published — expected a line holding only --- after it`,
  },
  E_KM_FRONT_MATTER_LINE: {
    severity: 'error',
    th: (c) => `อ่านบรรทัดนี้ของส่วนหัวไม่ได้${q(c.found)} บทความจึงไม่ได้เผยแพร่ — ต้องเป็น ชื่อ: ค่า เช่น title: "…" หรือรายการที่ขึ้นต้นด้วย -`,
    en: (c) => `this front-matter line cannot be read${q(c.found)}, so the article is not published — expected key: value such as title: "…", or a list item starting with -`,
  },
  E_KM_FIELD_MISSING: {
    severity: 'error',
    th: (c) => `ส่วนหัวของบทความไม่มี${c.field.th} บทความจึงไม่ได้เผยแพร่ — ต้องมีบรรทัด ${c.expected.th}`,
    en: (c) => `the article's front matter has no ${c.field.en}, so it is not published — expected a line ${c.expected.en}`,
  },
  E_KM_DATE_INVALID: {
    severity: 'error',
    th: (c) => `${c.field.th}${q(c.found)} ไม่ถูกต้องหรือไม่มีอยู่จริง บทความจึงไม่ได้เผยแพร่ — ต้องเป็นวันที่ พ.ศ. หรือ ค.ศ. เช่น 2567-07-15 หรือ 15/7/2567`,
    en: (c) => `${c.field.en}${q(c.found)} is not a date that exists, so the article is not published — expected a BE or CE date such as 2567-07-15 or 15/7/2567`,
  },
  E_KM_SLUG_DUPLICATE: {
    severity: 'error',
    th: (c) => `ชื่อไฟล์ให้ที่อยู่หน้าเว็บ /km/${d(c, 'slug')}/ ซ้ำกับไฟล์ ${d(c, 'other')} บทความนี้จึงไม่ได้เผยแพร่ — ต้องตั้งชื่อไฟล์บทความไม่ให้ซ้ำกัน`,
    en: (c) => `the file name gives the page address /km/${d(c, 'slug')}/, as ${d(c, 'other')} does, so this article is not published — expected article file names that differ`,
  },
  E_KM_FILE_TOO_LARGE: {
    severity: 'error',
    th: (c) => `ไฟล์บทความใหญ่เกินไป (${c.found}) จึงไม่ได้อ่านและไม่ได้เผยแพร่ — ไฟล์บทความต้องไม่เกิน ${d(c, 'limit')} รูปภาพให้บันทึกเป็นไฟล์แยกใน content/km/`,
    en: (c) => `the article file is too large (${c.found}), so it was not read nor published — expected an article file of at most ${d(c, 'limit')}; keep pictures as files of their own in content/km/`,
  },
  E_KM_TOO_LONG: {
    severity: 'error',
    th: (c) => `${c.field.th}ยาวเกินไป: ${c.found} ตัวอักษร บทความจึงไม่ได้เผยแพร่ — ต้องไม่เกิน ${d(c, 'limit')} ตัวอักษร`,
    en: (c) => `${c.field.en} too long: ${c.found} characters, so the article is not published — expected at most ${d(c, 'limit')} characters`,
  },
  E_KM_TOO_MANY_TAGS: {
    severity: 'error',
    th: (c) => `บทความมี${c.field.th} ${c.found} รายการ บทความจึงไม่ได้เผยแพร่ — ต้องมีไม่เกิน ${d(c, 'limit')} รายการ`,
    en: (c) => `the article has ${c.found} ${c.field.en}, so it is not published — expected at most ${d(c, 'limit')}`,
  },
  W_KM_IMAGE_DROPPED: {
    severity: 'warning',
    th: (c) => `รูปภาพ${q(c.found)} ${d(c, 'reasonTh')} จึงไม่แสดงในบทความ — รูปภาพต้องเป็นไฟล์ .png .jpg .gif .webp หรือ .avif ในโฟลเดอร์ content/km/ อ้างด้วยชื่อไฟล์ เช่น ![คำอธิบายภาพ](ภาพ.jpg)`,
    en: (c) => `the picture${q(c.found)} ${d(c, 'reasonEn')}, so it is not shown in the article — expected a .png, .jpg, .gif, .webp or .avif file in content/km/, named by its file name such as ![what it shows](picture.jpg)`,
  },
  // ── copies, not conflicts (issue 10) ────────────────────────────────────────────────────────────
  W_ROWS_REPEATED: {
    severity: 'warning',
    th: (c) => `${d(c, 'count')} แถวในไฟล์นี้ (แถวแรกคือ รหัสกลุ่ม${q(c.found)}) ซ้ำกับแถวใน ${d(c, 'other')} ทุกค่าที่เผยแพร่ จึงใช้เพียงครั้งเดียว — ข้อมูลแต่ละรายการควรอยู่ในไฟล์เดียว`,
    en: (c) => `${d(c, 'count')} row(s) of this file (the first: group id${q(c.found)}) repeat rows of ${d(c, 'other')} in every published value, so each is used once — expected each record in one file only`,
  },
  W_FILE_COPY: {
    severity: 'warning',
    th: (c) => `ไฟล์นี้เป็นสำเนาของ ${d(c, 'other')}: ข้อมูลทั้ง ${d(c, 'count')} รายการซ้ำกันทุกค่าที่เผยแพร่ จึงไม่ได้ใช้ซ้ำ (ใช้จาก ${d(c, 'other')}) — ให้ลบหรือย้ายไฟล์สำเนานี้ออกจากโฟลเดอร์ data`,
    en: (c) => `this file is a copy of ${d(c, 'other')}: all ${d(c, 'count')} of its records repeat it in every published value, so it is not used again (the data comes from ${d(c, 'other')}) — remove this copy from the data folder`,
  },
  W_KM_LANG_UNKNOWN: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} ไม่รู้จัก จึงถือว่าเป็นภาษาไทย — ต้องเป็น th (ภาษาไทย) หรือ en (ภาษาอังกฤษ ฉบับภาษาอังกฤษของบทความที่ชื่อไฟล์เดียวกัน)`,
    en: (c) => `${c.field.en}${q(c.found)} is not known, so the article is taken as Thai — expected th (Thai) or en (English, the English version of the article of the same file name)`,
  },
  // ── KM articles and the indicators they address (issue 13) ───────────────────────────────────────
  W_KM_INDICATOR_UNKNOWN: {
    severity: 'warning',
    th: (c) => `${c.field.th}${q(c.found)} ไม่มีในเกณฑ์ ${d(c, 'criteria')} จึงไม่ได้เชื่อมบทความกับรหัสนี้ — ต้องเป็นรหัสตัวชี้วัดของเกณฑ์ที่ใช้ ได้แก่ ${c.expected.th}`,
    en: (c) => `${c.field.en}${q(c.found)} is not in the criteria ${d(c, 'criteria')}, so the article is not linked to it — expected a code of the criteria in use: ${c.expected.en}`,
  },
  // ── consistency of an audit's figures (DESIGN §5.1) ─────────────────────────────────────────────
  E_OVERDUE_ABOVE_LOANS: partAboveWhole(),
  E_SAVERS_ABOVE_MEMBERS: partAboveWhole(),
  // ── a province's criteria workbook (sheet เกณฑ์, DESIGN §5; src/lib/health/criteria-sheet.ts) ──────
  E_CRITERIA_NO_HEADER: {
    severity: 'error',
    th: (c) => `ไม่พบแถวหัวตาราง — ต้องมีแถวหัวตาราง ${c.expected.th}`,
    en: (c) => `no header row found — expected a header row ${c.expected.en}`,
  },
  E_CRITERIA_MISSING_COLUMN: {
    severity: 'error',
    th: (c) => `ไม่พบคอลัมน์ "${d(c, 'column')}" — ต้องมีคอลัมน์ตามแม่แบบเกณฑ์`,
    en: (c) => `column "${d(c, 'column')}" is missing — expected the columns of the criteria template`,
  },
  E_CRITERIA_SETTING: {
    severity: 'error',
    th: (c) =>
      d(c, 'reason') === 'order'
        ? `เกณฑ์ระดับปานกลาง ${d(c, 'fair')} สูงกว่าระดับดี ${d(c, 'good')} — ต้องไม่สูงกว่าเกณฑ์ระดับดี`
        : `${d(c, 'setting')}${q(c.found)} ไม่ใช่ตัวเลข — ต้องเป็นตัวเลข เช่น 80`,
    en: (c) =>
      d(c, 'reason') === 'order'
        ? `the fair threshold ${d(c, 'fair')} is above the good threshold ${d(c, 'good')} — expected it no higher than the good threshold`
        : `${d(c, 'setting')}${q(c.found)} is not a number — expected a number such as 80`,
  },
  E_CRITERIA_DIMENSION: {
    severity: 'error',
    th: (c) =>
      d(c, 'reason') === 'twice'
        ? `มิติ${q(c.found)} ซ้ำ — ต้องมีแถวละหนึ่งมิติ`
        : d(c, 'reason') === 'notListed'
          ? `มิติ${q(c.found)} ของ ${d(c, 'code')} ไม่อยู่ในรายการมิติ — ต้องเป็น ${c.expected.th}`
          : `มิติ${q(c.found)} ไม่รู้จัก — ต้องเป็น ${c.expected.th}`,
    en: (c) =>
      d(c, 'reason') === 'twice'
        ? `dimension${q(c.found)} is listed twice — expected one row per dimension`
        : d(c, 'reason') === 'notListed'
          ? `dimension${q(c.found)} of ${d(c, 'code')} is not among the dimensions — expected one of ${c.expected.en}`
          : `dimension${q(c.found)} is not known — expected one of ${c.expected.en}`,
  },
  E_CRITERIA_NO_ID: {
    severity: 'error',
    th: (c) => `ไม่มีรหัสชุดเกณฑ์ — ต้องมีแถว "${d(c, 'label')}" และรหัส เช่น nsw-2567 เพราะทุกคะแนนต้องบอกว่าใช้เกณฑ์ชุดใด`,
    en: (c) => `the criteria set has no id — expected a row "${d(c, 'label')}" with an id such as nsw-2567: every score says which criteria it used`,
  },
  W_CRITERIA_DEFAULT_SETTING: {
    severity: 'warning',
    th: (c) => `ไม่ได้กำหนด "${d(c, 'setting')}" จึงใช้ค่าของเกณฑ์ชุดเริ่มต้น ${d(c, 'value')} — ควรกำหนดค่านี้ในแผ่นงานเกณฑ์`,
    en: (c) => `"${d(c, 'setting')}" is not set, so the default set's ${d(c, 'value')} is used — expected it in the criteria sheet`,
  },
  E_CRITERIA_CODE: {
    severity: 'error',
    th: (c) => `รหัสตัวชี้วัด${q(c.found)} ไม่ถูกรูปแบบ — ต้องเป็นอักษรตัวใหญ่ 1 ตัวตามด้วยตัวเลข เช่น F1`,
    en: (c) => `indicator code${q(c.found)} is not valid — expected a capital letter and digits, such as F1`,
  },
  E_CRITERIA_DUPLICATE: {
    severity: 'error',
    th: (c) => `รหัสตัวชี้วัด${q(c.found)} ซ้ำ — แต่ละรหัสต้องมีแถวเดียว`,
    en: (c) => `indicator code${q(c.found)} is listed twice — expected one row per code`,
  },
  E_CRITERIA_MEASURE: {
    severity: 'error',
    expected: { th: MEASURE_FORMS, en: MEASURE_FORMS },
    th: (c) => {
      const why = { answerType: `ไม่รู้จักชนิดคำตอบ "${d(c, 'arg')}"`, field: `อ้างช่องข้อมูลการเงิน "${d(c, 'arg')}" ที่ไม่มี`, notRatio: 'ไม่ใช่อัตราส่วนของช่องข้อมูลการเงิน' }[d(c, 'reason')];
      return `วิธีวัด${q(c.found)} ${why ?? 'ไม่รู้จัก'} — ต้องเป็น ${c.expected.th}`;
    },
    en: (c) => {
      const why = { answerType: `has an unknown answer type "${d(c, 'arg')}"`, field: `names an unknown financial field "${d(c, 'arg')}"`, notRatio: 'is not a ratio of financial fields' }[d(c, 'reason')];
      return `measure${q(c.found)} ${why ?? 'is not recognised'} — expected ${c.expected.en}`;
    },
  },
  E_CRITERIA_POINTS: {
    severity: 'error',
    th: (c) => `คะแนนเต็มของ ${d(c, 'code')}${q(c.found)} ไม่ใช่ตัวเลขที่มากกว่า 0 — ต้องเป็นตัวเลข เช่น 5`,
    en: (c) => `full points of ${d(c, 'code')}${q(c.found)} is not a number above 0 — expected a number such as 5`,
  },
  E_CRITERIA_BANDS: {
    severity: 'error',
    th: (c) => {
      switch (d(c, 'reason')) {
        case 'yesNo': return `${d(c, 'code')} เป็นตัวชี้วัดแบบใช่/ไม่ใช่ แต่มีเกณฑ์คะแนน${q(c.found)} — ต้องเว้นว่าง: ใช่ได้คะแนนเต็ม ไม่ใช่ได้ 0`;
        case 'empty': return `${d(c, 'code')} ไม่มีเกณฑ์คะแนน — ต้องเขียน เช่น ${BAND_FORMS}`;
        case 'over': return `${d(c, 'code')} ให้ ${d(c, 'points')} คะแนน เกินคะแนนเต็ม ${d(c, 'max')} — คะแนนในเกณฑ์ต้องไม่เกินคะแนนเต็ม`;
        default: return `เกณฑ์คะแนน "${d(c, 'part')}" อ่านไม่ได้ — ต้องเขียน เช่น ${BAND_FORMS}`;
      }
    },
    en: (c) => {
      switch (d(c, 'reason')) {
        case 'yesNo': return `${d(c, 'code')} is a yes/no indicator but has scoring rules${q(c.found)} — expected empty: yes scores full points, no scores 0`;
        case 'empty': return `${d(c, 'code')} has no scoring rules — expected rules such as ${BAND_FORMS}`;
        case 'over': return `${d(c, 'code')} gives ${d(c, 'points')} points, more than its full ${d(c, 'max')} — expected points no higher than the full points`;
        default: return `scoring rule "${d(c, 'part')}" cannot be read — expected rules such as ${BAND_FORMS}`;
      }
    },
  },
  W_CRITERIA_PERCENT_SIGN: {
    severity: 'warning',
    th: (c) => `ค่า ${d(c, 'value')} ไม่มีเครื่องหมาย % จึงอ่านเป็นสัดส่วน ${d(c, 'value')} เท่า — ถ้าหมายถึงร้อยละ ${d(c, 'value')} ให้เขียน ${d(c, 'value')}%`,
    en: (c) => `the value ${d(c, 'value')} has no % sign, so it is read as ${d(c, 'value')} times — write ${d(c, 'value')}% if you mean ${d(c, 'value')} percent`,
  },
  E_CRITERIA_RED_FLAG: {
    severity: 'error',
    th: (c) =>
      d(c, 'reason') === 'misfit'
        ? `ธงแดงของ ${d(c, 'code')} ไม่เข้ากับวิธีวัด — ตัวชี้วัดแบบใช่/ไม่ใช่ใช้ "no" ตัวชี้วัดแบบตัวเลขใช้ ">ค่า"`
        : `ธงแดง${q(c.found)} อ่านไม่ได้ — ต้องเป็น no หรือ >20%`,
    en: (c) =>
      d(c, 'reason') === 'misfit'
        ? `the red flag of ${d(c, 'code')} does not fit its measure — expected "no" for a yes/no indicator and ">value" for a numeric one`
        : `red flag${q(c.found)} cannot be read — expected no or >20%`,
  },
  E_CRITERIA_EMPTY: {
    severity: 'error',
    th: () => 'ไม่มีแถวตัวชี้วัด — ต้องมีตัวชี้วัดอย่างน้อย 1 แถวใต้หัวตาราง',
    en: () => 'there are no indicator rows — expected at least one indicator row under the header',
  },
  E_CRITERIA_TOTAL: {
    severity: 'error',
    th: (c) => `คะแนนเต็มรวม ${d(c, 'total')} ไม่ใช่ 100 จึงไม่ได้ใช้เกณฑ์นี้ ใช้เกณฑ์ชุดเริ่มต้น ${d(c, 'criteria')} แทน — คะแนนเต็มของทุกตัวชี้วัดต้องรวมได้ 100`,
    en: (c) => `full points add up to ${d(c, 'total')}, not 100, so these criteria are not used (the default criteria ${d(c, 'criteria')} are) — expected the full points of all indicators to add up to 100`,
  },
  E_CRITERIA_OUTWEIGHS: {
    severity: 'error',
    th: (c) => `${d(c, 'code')} ได้คะแนนเต็ม${q(c.found)} มากกว่าตัวชี้วัดอื่นทั้งหมดในมิติ ${d(c, 'dimension')} รวมกัน (${d(c, 'rest')}) ตัวชี้วัดเดียวจึงตัดสินทั้งมิติ ไม่ได้ใช้เกณฑ์นี้ ใช้เกณฑ์ชุดเริ่มต้น ${d(c, 'criteria')} แทน — คะแนนเต็มของตัวชี้วัดหนึ่งต้องไม่เกินคะแนนรวมของตัวชี้วัดอื่นในมิติเดียวกัน`,
    en: (c) => `${d(c, 'code')} gives${q(c.found)} full points, more than all the other indicators of dimension ${d(c, 'dimension')} together (${d(c, 'rest')}), so one indicator decides the whole dimension and these criteria are not used (the default criteria ${d(c, 'criteria')} are) — expected an indicator's full points no higher than the other indicators of its dimension together`,
  },
  E_CRITERIA_INVALID: {
    severity: 'error',
    th: (c) => `เกณฑ์ไม่ถูกต้อง (${d(c, 'problems')}) — ต้องเป็นตารางเกณฑ์ตามแม่แบบ`,
    en: (c) => `the criteria are not valid (${d(c, 'problems')}) — expected a criteria table as in the template`,
  },
} satisfies Record<string, MessageTemplate>;

/** Expected values of the plausible bounds (src/lib/schema/bounds.ts), as «ต้องเป็น…» / "expected …". */
export const BOUND_EXPECTED = {
  people: { th: 'จำนวนคนเต็มหน่วย ตั้งแต่ 0 ถึง 10,000 คน', en: 'a whole number of people from 0 to 10,000' },
  money: { th: 'จำนวนเงินตั้งแต่ 0 ถึง 1,000,000,000 บาท', en: 'an amount from 0 to 1,000,000,000 baht' },
  signedMoney: { th: 'จำนวนเงินตั้งแต่ -1,000,000,000 ถึง 1,000,000,000 บาท (ขาดทุนเป็นค่าติดลบ)', en: 'an amount from -1,000,000,000 to 1,000,000,000 baht (a loss is negative)' },
  percent: { th: 'ร้อยละ 0 ถึง 100', en: 'a percentage from 0 to 100' },
  times: { th: 'จำนวนครั้งเต็มหน่วย ตั้งแต่ 0 ถึง 366 ครั้งในปี', en: 'a whole number of times from 0 to 366 in the year' },
  order: { th: 'ลำดับเป็นจำนวนเต็ม ตั้งแต่ 0 ถึง 1,000', en: 'a whole order number from 0 to 1,000' },
  lat: { th: 'ละติจูดในประเทศไทย ระหว่าง 5 ถึง 21', en: 'a latitude in Thailand, from 5 to 21' },
  lon: { th: 'ลองจิจูดในประเทศไทย ระหว่าง 97 ถึง 106', en: 'a longitude in Thailand, from 97 to 106' },
} as const satisfies Record<string, Bilingual>;

/** A row of a file, named in a sentence: «registry/r.xlsx แถว 5» / "registry/r.xlsx, row 5". */
export interface RowRef {
  file: string;
  row?: number;
}
const rowTh = (r: RowRef) => `${r.file}${r.row !== undefined ? ` แถว ${r.row}` : ''}`;
const rowEn = (r: RowRef) => `${r.file}${r.row !== undefined ? `, row ${r.row}` : ''}`;

/** E_GROUP_NOT_IN_REGISTRY's suggestion, registry ids one edit away: « หรือหมายถึง 6001003 (ไฟล์ registry/r.xlsx แถว 5)?». */
export function didYouMean(candidates: readonly (RowRef & { id: string })[]): { suggestTh: string; suggestEn: string } {
  if (candidates.length === 0) return { suggestTh: '', suggestEn: '' };
  const th = candidates.map((c) => `${c.id} (ไฟล์ ${rowTh(c)})`).join(' หรือ ');
  const en = candidates.map((c) => `${c.id} (${rowEn(c)})`).join(' or ');
  return { suggestTh: ` หรือหมายถึง ${th}?`, suggestEn: `; did you mean ${en}?` };
}

/** A registry value as a reader writes it: a status code in words, an ISO date in the language's era; else as it is. */
function valueText(field: string, value: string, lang: Lang): string {
  if (field === 'status' && Object.hasOwn(TH.groupStatus, value)) return (lang === 'th' ? TH : EN).groupStatus[value as keyof typeof TH.groupStatus];
  return formatDate(value, lang);
}

/** E_DUPLICATE_ID's side-by-side difference: public values quoted, private fields named only. */
export function differences(publicDiffs: readonly { field: string; here: string; there: string }[], privateFields: readonly string[]): { diffTh: string; diffEn: string } {
  const th = publicDiffs.map((x) => `${fieldLabel(x.field).th} "${valueText(x.field, x.here, 'th')}" กับ "${valueText(x.field, x.there, 'th')}"`);
  const en = publicDiffs.map((x) => `${fieldLabel(x.field).en} "${valueText(x.field, x.here, 'en')}" vs "${valueText(x.field, x.there, 'en')}"`);
  if (privateFields.length > 0) {
    th.push(`ข้อมูลส่วนบุคคล ${privateFields.map((f) => fieldLabel(f).th).join(', ')} (ไม่แสดงค่า)`);
    en.push(`private ${privateFields.map((f) => fieldLabel(f).en).join(', ')} (not shown)`);
  }
  return { diffTh: th.join('; '), diffEn: en.join('; ') };
}

/**
 * Root causes first: the audits left out only because their group's registry row was rejected are named under that
 * row's issue, appended to its sentences, instead of one error each.
 */
export function foldedAudits(places: readonly RowRef[], shown = 3): Bilingual {
  const n = places.length;
  const list = (f: (r: RowRef) => string) => places.slice(0, shown).map(f).join(', ') + (n > shown ? ', …' : '');
  return {
    th: ` (และการตรวจของกลุ่มนี้อีก ${n} รายการ ที่ไม่ได้เผยแพร่เพราะแถวนี้: ${list(rowTh)})`,
    en: ` (and ${n} audit${n === 1 ? '' : 's'} of this group, not published because of this row: ${list(rowEn)})`,
  };
}

export type IssueCode = keyof typeof MESSAGES;

/** What a correct value looks like, for codes whose caller names the expectation (E_NUMBER_RANGE, E_NUMBER_INVALID …). */
export const EXPECTED = {
  peopleNonNegative: { th: 'จำนวนคนตั้งแต่ 0 ขึ้นไป', en: 'a number of people of 0 or more' },
  moneyNonNegative: { th: 'จำนวนเงินตั้งแต่ 0 บาทขึ้นไป', en: 'an amount of 0 baht or more' },
  peopleWhole: { th: 'จำนวนคนเต็มหน่วย เช่น 55', en: 'a whole number of people, such as 55' },
  percent0to100: { th: 'ร้อยละ 0 ถึง 100', en: 'a percentage from 0 to 100' },
  countWhole: { th: 'จำนวนครั้งเต็มหน่วยตั้งแต่ 0 เช่น 12', en: 'a whole count of 0 or more, such as 12' },
  // What the cell parsers of src/lib/thai expect (E_DATE_INVALID, E_NUMBER_INVALID, E_YESNO_INVALID …).
  date: { th: 'วันที่ เช่น 28/6/2559', en: 'a date such as 28/6/2559' },
  number: { th: 'ตัวเลข', en: 'a number' },
  wholeNumber: { th: 'จำนวนเต็ม', en: 'a whole number' },
  fiscalYear: { th: 'ปีงบประมาณ พ.ศ. เช่น 2567', en: 'a fiscal year in BE such as 2567' },
  yesNo: { th: 'มี/ไม่มี', en: 'yes or no' },
  progress: { th: 'ยังไม่เริ่ม / กำลังดำเนินการ / เสร็จแล้ว', en: 'not started, in progress or done (ยังไม่เริ่ม / กำลังดำเนินการ / เสร็จแล้ว)' },
  // A book answer, by the indicator's input kind (W_ANSWER_MISSING …): the English quotes the Thai words to type.
  answerYesNo: { th: 'มี/ไม่มี', en: 'yes or no (มี/ไม่มี)' },
  answerCount: { th: 'จำนวนครั้ง เช่น 12', en: 'a count such as 12' },
  answerPercent: { th: 'ร้อยละ เช่น 70%', en: 'a percentage such as 70%' },
  // A KM article's required front-matter lines (E_KM_FIELD_MISSING).
  kmTitle: { th: 'title: "ชื่อเรื่อง"', en: 'title: "…"' },
  kmDate: { th: 'date: "2567-07-15"', en: 'date: "2567-07-15"' },
} satisfies Record<string, Bilingual>;

/** One of two values: «2567 หรือ 2566» / "2567 or 2566". */
export function expectedEither(a: string, b: string): Bilingual {
  return { th: `${a} หรือ ${b}`, en: `${a} or ${b}` };
}

/** E_PLACE_UNKNOWN's expectation: the closest official names, or any official name when none is close. */
export function expectedPlace(level: 'province' | 'district' | 'subdistrict', closest: readonly string[]): Bilingual {
  const label = fieldLabel(level);
  if (closest.length === 0) return { th: `ชื่อ${label.th}ที่มีอยู่จริง`, en: `a known ${label.en}` };
  const names = closest.join(', ');
  return { th: `ชื่อ${label.th} เช่น ${names}`, en: `a ${label.en} name such as ${names}` };
}

/** E_PLACE_UNKNOWN's detail: the official area the name was looked for in (a district's province, a sub-district's district). */
export function placeWithinDetail(level: 'province' | 'district' | 'subdistrict', within?: { name: string; nameEn: string }): { withinTh: string; withinEn: string } {
  if (!within || level === 'province') return { withinTh: '', withinEn: '' };
  return { withinTh: `ใน${fieldLabel(level === 'district' ? 'province' : 'district').th}${within.name}`, withinEn: ` in ${within.nameEn}` };
}

/** E_FILE_UNRECOGNISED's expectation: the first sheet name of each kind of workbook (src/lib/schema/layouts.ts). */
export function expectedSheets(registry: string, book: readonly string[], batch: string): Bilingual {
  return {
    th: `${registry} (ทะเบียน) หรือ ${book.join(', ')} (สมุดตรวจสุขภาพ) หรือ ${batch} (ผลการตรวจรวม)`,
    en: `a sheet ${registry} (registry), or ${book.join(', ')} (audit book), or ${batch} (batch)`,
  };
}

/** E_CSV_UNRECOGNISED's expectation: the required columns of a registry table or of a batch table. */
export function expectedCsvColumns(registry: Bilingual, batch: Bilingual): Bilingual {
  return { th: `${registry.th} (ทะเบียน) หรือ ${batch.th} (ผลการตรวจรวม)`, en: `${registry.en} (registry) or ${batch.en} (batch)` };
}

/** W_SPECIAL_FILE's detail: what kind of file that is not a regular file was found (src/ingest/guard.ts). */
export function specialFileDetail(kind: 'fifo' | 'char-device' | 'block-device' | 'socket' | undefined): { kindTh: string; kindEn: string } {
  const words = {
    fifo: ['ท่อส่งข้อมูล (named pipe)', 'a named pipe (FIFO)'],
    'char-device': ['อุปกรณ์ (character device)', 'a character device'],
    'block-device': ['อุปกรณ์ (block device)', 'a block device'],
    socket: ['ซ็อกเก็ต (socket)', 'a socket'],
  } as const;
  const [th, en] = kind ? words[kind] : ['ไฟล์พิเศษของระบบ', 'a special system file'];
  return { kindTh: th, kindEn: en };
}

/** E_CSV_DECIMAL_AMBIGUOUS's detail: the character between a CSV's fields, in words (src/ingest/csv-locale.ts). */
export function separatorWords(separator: ',' | ';' | '\t' | '|'): { separatorTh: string; separatorEn: string } {
  const words = { ',': ['จุลภาค (,)', 'commas (,)'], ';': ['อัฒภาค (;)', 'semicolons (;)'], '\t': ['แท็บ', 'tabs'], '|': ['ขีดตั้ง (|)', 'bars (|)'] } as const;
  const [th, en] = words[separator];
  return { separatorTh: th, separatorEn: en };
}

/** W_KM_IMAGE_DROPPED's detail: why a picture of a KM article is not shown (src/lib/km/images.ts, src/ingest/km.ts). */
export function kmImageReason(reason: 'remote' | 'outside' | 'type' | 'missing' | 'large'): { reasonTh: string; reasonEn: string } {
  const words = {
    remote: ['อยู่บนเว็บไซต์อื่น ซึ่งจะรู้ได้ว่าใครเปิดอ่านบทความ', 'is on another host, which would learn of every reader'],
    outside: ['ไม่ใช่ไฟล์ในโฟลเดอร์ content/km/', 'is not a file in content/km/'],
    type: ['ไม่ใช่ไฟล์รูปภาพชนิดที่รับ', 'is not a picture file of an accepted type'],
    missing: ['ไม่มีไฟล์นี้ในโฟลเดอร์ content/km/', 'is not in content/km/'],
    large: ['ใหญ่เกิน 5.0 MB', 'is larger than 5.0 MB'],
  } as const;
  const [th, en] = words[reason];
  return { reasonTh: th, reasonEn: en };
}

/** E_FILE_NOT_WORKBOOK's detail: what the first bytes of a file named as a workbook look like. */
export function fileContentDetail(content: 'text' | 'html' | 'binary'): { contentTh: string; contentEn: string } {
  const words = {
    text: ['ข้อความธรรมดา', 'plain text'],
    html: ['หน้าเว็บหรือ XML', 'a web page or XML'],
    binary: ['ข้อมูลชนิดอื่นที่ไม่ใช่ตารางคำนวณ', 'some other kind of data, not a spreadsheet'],
  } as const;
  const [th, en] = words[content];
  return { contentTh: th, contentEn: en };
}

/** Field labels used in sentences: field name → Thai / English, from the catalogue's `field` words. */
export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  Object.entries(TH.field).flatMap(([k, v]) => {
    const e = (EN.field as Record<string, unknown>)[k];
    return typeof v === 'string' && typeof e === 'string' ? [[k, { th: v, en: e }]] : [];
  }),
);

const INDICATOR_CODE = /^[A-Z][0-9]{1,2}$/;

export function fieldLabel(field: string | undefined): Bilingual {
  if (field === undefined) return { th: '', en: '' };
  const known = Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined;
  if (known) return known;
  if (INDICATOR_CODE.test(field)) return { th: TH.field.indicator(field), en: EN.field.indicator(field) };
  return { th: field, en: field };
}

/** The detail of W_PERSONAL_DATA_MASKED and E_ID_PERSONAL_DATA: what kind of personal number was found. */
export function personalKindDetail(kinds: Iterable<'phone' | 'national-id'>): { kindTh: string; kindEn: string } {
  const set = new Set(kinds);
  const th: string[] = [];
  const en: string[] = [];
  if (set.has('phone')) {
    th.push('หมายเลขโทรศัพท์');
    en.push('a phone number');
  }
  if (set.has('national-id')) {
    th.push('เลขประจำตัวประชาชน');
    en.push('a national id');
  }
  return { kindTh: th.join('และ'), kindEn: en.join(' and ') };
}
