/**
 * The workbook layouts officers fill (DESIGN §4.3–4.5): sheet names and column/label headers, Thai first,
 * with English aliases. Ingest matches headers after normalizeHeader(); templates and the sample generator
 * write the first (Thai) header of each field. One table, so reader, templates and generator never drift; a field's
 * Thai header is its label in the catalogue of words (src/lib/i18n/th.ts `field`), the one the pages and messages say.
 */
import { th } from '../i18n/th';
import { en } from '../i18n/en';
export interface FieldHeader {
  field: string;
  /** Thai header first; the rest are aliases. */
  headers: string[];
  required?: boolean;
  /** Read for validation and the privacy scan, never published. */
  private?: boolean;
}

export const REGISTRY_SHEETS = ['ทะเบียนกลุ่ม', 'registry'];
export const REGISTRY_COLUMNS: FieldHeader[] = [
  { field: 'id', headers: [th.field.id, 'group_id', 'group id', 'id'], required: true },
  { field: 'name', headers: [th.field.name, 'name', 'group name'], required: true },
  { field: 'village', headers: [th.field.village, 'หมู่บ้าน', 'village'] },
  { field: 'moo', headers: [th.field.moo, 'หมู่', 'moo'] },
  { field: 'subdistrict', headers: [th.field.subdistrict, 'subdistrict', 'tambon'], required: true },
  { field: 'district', headers: [th.field.district, 'district', 'amphoe'], required: true },
  { field: 'province', headers: [th.field.province, 'province', 'changwat'], required: true },
  { field: 'founded', headers: [th.field.founded, 'founded', 'date founded'] },
  { field: 'members', headers: [th.field.members, 'สมาชิก', 'members'] },
  { field: 'savings', headers: [th.field.savings, 'savings'] },
  { field: 'status', headers: [th.field.status, 'status'] },
  { field: 'lat', headers: [th.field.lat, 'lat', 'latitude'] },
  { field: 'lon', headers: [th.field.lon, 'lon', 'lng', 'longitude'] },
  { field: 'chair', headers: [th.field.chair, 'ชื่อประธาน', 'chair'], private: true },
  { field: 'phone', headers: [th.field.phone, 'เบอร์โทรศัพท์', 'เบอร์โทร', 'phone', 'tel'], private: true },
  { field: 'national_id', headers: [th.field.national_id, 'เลขบัตรประชาชน', 'national id', 'national_id'], private: true },
  { field: 'address', headers: [th.field.address, 'address'], private: true },
];

/** The registry's สถานะ column: the catalogue's status words in Thai and English, each → its code. */
export const STATUS_WORDS: Record<string, 'active' | 'inactive' | 'dissolved'> = Object.fromEntries(
  (['active', 'inactive', 'dissolved'] as const).flatMap((code) => [[th.groupStatus[code], code], [en.groupStatus[code], code]]),
);

/** The audit book: four sheets. */
export const BOOK_SHEETS = {
  cover: ['ข้อมูลการตรวจ', 'cover', 'audit'],
  financials: ['งบการเงิน', 'financials', 'financial position'],
  indicators: ['ตัวชี้วัด', 'indicators'],
  plan: ['แผนพัฒนา', 'plan', 'development plan'],
};

/** Cover sheet: label | value rows. */
export const COVER_LABELS: FieldHeader[] = [
  { field: 'groupId', headers: [th.field.groupId, 'group_id', 'group id'], required: true },
  { field: 'groupName', headers: [th.field.groupName, 'group name', 'name'] },
  { field: 'date', headers: [th.field.date, 'audit date', 'date'], required: true },
  { field: 'fiscalYear', headers: [th.field.fiscalYear, 'fiscal year'] },
  { field: 'statementDate', headers: [th.field.statementDate, 'statement date'] },
  { field: 'auditors', headers: [th.field.auditors, 'คณะผู้ตรวจ', 'auditors', 'audit team'], private: true },
];

/** Financial position: label | value rows in a book; one column each in a batch sheet. */
export const FINANCIAL_LABELS: FieldHeader[] = [
  { field: 'members_start', headers: [th.field.members_start, 'members_start', 'members at start'] },
  { field: 'members_end', headers: [th.field.members_end, 'members_end', 'members at end'] },
  { field: 'regular_savers', headers: [th.field.regular_savers, 'regular_savers', 'regular savers'] },
  { field: 'savings', headers: [th.field.savings, 'savings'] },
  { field: 'reserve', headers: [th.field.reserve, 'reserve'] },
  { field: 'other_funds', headers: [th.field.other_funds, 'other_funds', 'other funds'] },
  { field: 'loans_outstanding', headers: [th.field.loans_outstanding, 'loans_outstanding', 'loans outstanding'] },
  { field: 'overdue', headers: [th.field.overdue, 'overdue'] },
  { field: 'cash', headers: [th.field.cash, 'cash'] },
  { field: 'bank', headers: [th.field.bank, 'bank'] },
  { field: 'net_profit', headers: [th.field.net_profit, 'net_profit', 'net profit'] },
  { field: 'welfare_paid', headers: [th.field.welfare_paid, 'welfare_paid', 'welfare paid'] },
];

/** Indicator sheet columns: รหัส | ตัวชี้วัด | ผล | หมายเหตุ. */
export const INDICATOR_COLUMNS: FieldHeader[] = [
  { field: 'code', headers: ['รหัส', 'code'], required: true },
  { field: 'label', headers: ['ตัวชี้วัด', 'indicator'] },
  { field: 'result', headers: [th.field.result, 'result', 'answer'], required: true },
  { field: 'note', headers: ['หมายเหตุ', 'note'] },
];
/** The indicator sheet as ingest knows it: the columns above and, in a pre-filled book (npm run books), the last
 * audit's result beside this year's answer: shown to the team, never read. */
export const INDICATOR_COLUMNS_READ: FieldHeader[] = [...INDICATOR_COLUMNS, { field: 'previous', headers: ['ผลครั้งก่อน', 'previous result'] }];

export const PLAN_COLUMNS: FieldHeader[] = [
  { field: 'order', headers: [th.field.order, 'order', 'no'] },
  { field: 'topic', headers: [th.field.topic, 'ตัวชี้วัด', 'ประเด็น', 'topic', 'issue'], required: true },
  { field: 'cause', headers: [th.field.cause, 'cause'] },
  { field: 'approach', headers: [th.field.approach, 'approach'] },
  { field: 'activity', headers: [th.field.activity, 'activity'] },
  { field: 'owner', headers: [th.field.owner, 'owner', 'responsible'] },
  { field: 'due', headers: [th.field.due, 'due', 'due date'] },
  // Progress between audits (issue 21): filled in later, in the same book; never changes a score.
  { field: 'progress', headers: [th.field.progress, 'สถานะ', 'progress', 'status'] },
  { field: 'progressDate', headers: [th.field.progressDate, 'วันที่ติดตามผล', 'follow-up date'] },
  { field: 'progressNote', headers: [th.field.progressNote, 'ผลการติดตาม', 'follow-up note'] },
];

/** Batch sheet: these columns, every FINANCIAL_LABELS column, and one column per book indicator code (G1, G2, …). */
export const BATCH_SHEETS = ['ผลการตรวจ', 'audits', 'batch'];
export const BATCH_COLUMNS: FieldHeader[] = [
  { field: 'groupId', headers: [th.field.groupId, 'group_id', 'group id'], required: true },
  { field: 'groupName', headers: [th.field.groupName, 'group name', 'name'] },
  { field: 'date', headers: [th.field.date, 'audit date', 'date'], required: true },
  { field: 'fiscalYear', headers: [th.field.fiscalYear, 'fiscal year'] },
  { field: 'statementDate', headers: [th.field.statementDate, 'statement date'] },
];

export const CRITERIA_SHEETS = ['เกณฑ์', 'criteria'];

/** What a pre-filled book (npm run books) shows of the group and its last audit: read by people, passed over by ingest. */
export const REFERENCE_SHEET = 'ข้อมูลประกอบ';

/** Sheets of explanations that the templates write (the first name) and officers add: never data, never warned about. */
export const HELP_SHEETS = ['คำอธิบาย', 'คำแนะนำ', 'วิธีกรอก', 'วิธีใช้', 'อ่านก่อน', 'readme', 'instructions', 'help', REFERENCE_SHEET, 'reference'];

/** Column headings above the label | value rows of a book's cover and financial sheets (the templates write the first). */
export const LABEL_SHEET_HEADINGS = [th.template.item, th.template.value, th.template.amount, 'หัวข้อ', 'ค่า', en.template.item, en.template.value, en.template.amount, 'label'];

/**
 * The criteria sheet (DESIGN §5): a settings block of label | value rows, then a header row and one row per
 * indicator. The first name of each is what the template writes; the others are aliases.
 */
export const CRITERIA_SETTINGS = {
  id: ['รหัสชุดเกณฑ์', 'รหัสเกณฑ์', 'criteria id', 'id', 'version'],
  name: ['ชื่อชุดเกณฑ์', 'ชื่อเกณฑ์', 'criteria name', 'name'],
  good: ['ระดับ 1 ดี เมื่อคะแนนตั้งแต่', 'ระดับดี', 'good from', 'level 1 from'],
  fair: ['ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่', 'ระดับปานกลาง', 'fair from', 'level 2 from'],
  incomplete: ['ข้อมูลไม่ครบ เมื่อคะแนนที่ไม่มีข้อมูลเกิน', 'ข้อมูลไม่ครบ', 'incomplete above points', 'incomplete above'],
  dimension: ['มิติ', 'dimension'],
} as const;

export const CRITERIA_COLUMNS = {
  code: ['รหัส', 'code'],
  dimension: ['มิติ', 'dimension'],
  th: ['ตัวชี้วัด', 'ชื่อตัวชี้วัด', 'indicator (th)'],
  en: ['indicator', 'ตัวชี้วัด (อังกฤษ)', 'indicator (en)', 'english'],
  measure: ['วัดจาก', 'measure', 'measured from'],
  max: ['คะแนนเต็ม', 'points', 'max', 'max points'],
  bands: ['เกณฑ์คะแนน', 'bands', 'scoring'],
  redFlag: ['ธงแดง', 'red flag'],
} as const;
export type CriteriaColumn = keyof typeof CRITERIA_COLUMNS;
