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
  CRITERIA_COLUMNS,
  CRITERIA_SHEETS,
  type FieldHeader,
} from '../lib/schema/layouts';
import { sheet, workbook, type Cell } from '../sample/workbooks';
import { criteriaToRows } from '../lib/health/criteria-rows';
import { words } from '../lib/i18n/words';
import { NO_ANSWERS, YES_ANSWERS } from '../lib/thai/yes-no';
import { COUNT_FIELDS } from '../lib/schema/records';

export const INSTRUCTIONS_SHEET = 'คำอธิบาย';

export const TEMPLATE_FILES = {
  registry: 'ทะเบียนกลุ่ม.xlsx',
  book: 'สมุดตรวจสุขภาพ.xlsx',
  batch: 'ผลการตรวจ-รายอำเภอ.xlsx',
  criteria: 'เกณฑ์.xlsx',
} as const;

const first = (f: FieldHeader) => f.headers[0]!;

// ---------------------------------------------------------------------------------------------------------
// Shared explanations

const W = words('th').template;
const YES_WORDS = YES_ANSWERS.join(', ');
const NO_WORDS = NO_ANSWERS.join(', ');

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
  published: boolean;
}

const instructionsSheet = (title: string, steps: string[], columns: ColumnDoc[], extra: Cell[][] = []): XLSX.WorkSheet => {
  const rows: Cell[][] = [
    [title],
    [],
    [W.howTo],
    ...steps.map((s, i) => [`${i + 1}. ${s}`]),
    [],
    W.columns,
    ...columns.map((c) => [c.header, c.meaning, c.required ? W.required : W.optional, c.accepts, c.example, c.published ? W.published : W.private]),
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

const REGISTRY_DOCS: Record<string, Omit<ColumnDoc, 'header' | 'required' | 'published'>> = {
  id: { meaning: 'รหัสประจำกลุ่ม ไม่ซ้ำกับกลุ่มอื่น ใช้เป็นที่อยู่หน้าเว็บของกลุ่ม', accepts: 'ตัวเลข/อักษรอังกฤษ/ขีด 3–32 ตัว (เลขไทยได้)', example: '6001001' },
  name: { meaning: 'ชื่อกลุ่มเต็ม', accepts: 'ข้อความ', example: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง' },
  village: { meaning: 'ชื่อหมู่บ้านที่ตั้งกลุ่ม', accepts: 'ข้อความ', example: 'บ้านหนองปลิง' },
  moo: { meaning: 'หมู่ที่', accepts: 'ตัวเลข', example: '4' },
  subdistrict: { meaning: 'ตำบลตามทะเบียนกรมการปกครอง', accepts: 'ชื่อตำบล มี "ต." หรือ "ตำบล" นำหน้าได้', example: 'หนองปลิง' },
  district: { meaning: 'อำเภอ', accepts: 'ชื่ออำเภอ มี "อ." นำหน้าได้ อำเภอเมืองเขียน "อ.เมือง" ได้', example: 'เมืองนครสวรรค์' },
  province: { meaning: 'จังหวัด', accepts: 'ชื่อจังหวัด มี "จ." นำหน้าได้', example: 'นครสวรรค์' },
  founded: { meaning: 'วันที่จัดตั้งกลุ่ม', accepts: 'วันที่ (ดูหัวข้อ "วันที่" ด้านล่าง)', example: '28/6/2551' },
  members: { meaning: 'จำนวนสมาชิกปัจจุบัน', accepts: 'จำนวนเต็ม (คน)', example: '104' },
  savings: { meaning: 'เงินสัจจะสะสมทั้งหมดของกลุ่ม', accepts: 'จำนวนเงิน (บาท)', example: '1,000,000' },
  status: { meaning: 'สถานะของกลุ่ม', accepts: 'ดำเนินการ / ไม่ดำเนินการ / ยุบเลิก', example: 'ดำเนินการ' },
  lat: { meaning: 'ละติจูดของที่ทำการกลุ่ม', accepts: 'องศาทศนิยม', example: '15.7030' },
  lon: { meaning: 'ลองจิจูดของที่ทำการกลุ่ม', accepts: 'องศาทศนิยม', example: '100.1367' },
  chair: { meaning: 'ชื่อประธานกลุ่ม (ใช้ติดต่อภายใน)', accepts: 'ข้อความ', example: 'นางตัวอย่าง สมมติชื่อ' },
  phone: { meaning: 'เบอร์โทรศัพท์ติดต่อกลุ่ม', accepts: 'ข้อความ', example: '089-000-1111' },
  national_id: { meaning: 'เลขประจำตัวประชาชนของประธาน (ใช้ตรวจสอบภายใน เว้นว่างได้)', accepts: '13 หลัก', example: '' },
  address: { meaning: 'ที่อยู่ติดต่อ', accepts: 'ข้อความ', example: '12 หมู่ 4 ต.หนองปลิง' },
};

/** Widths of the registry columns (characters), in REGISTRY_COLUMNS order. */
const registryWidth = (field: string) =>
  ({ id: 10, name: 40, village: 18, moo: 7, subdistrict: 16, district: 18, province: 12, founded: 14, members: 14, savings: 16, status: 14, lat: 10, lon: 10, chair: 26, phone: 15, national_id: 17, address: 36 })[field] ?? 14;

export function registryTemplate(): XLSX.WorkBook {
  const headers = REGISTRY_COLUMNS.map(first);
  const data = sheet(
    [['ทะเบียนกลุ่มออมทรัพย์เพื่อการผลิต จังหวัด ......................  ข้อมูล ณ วันที่ ..................'], headers],
    REGISTRY_COLUMNS.map((c) => registryWidth(c.field)),
    [{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } }],
  );
  const docs: ColumnDoc[] = REGISTRY_COLUMNS.map((c) => ({
    header: first(c),
    ...REGISTRY_DOCS[c.field]!,
    required: c.required ?? false,
    published: !c.private,
  }));
  const example = REGISTRY_COLUMNS.map((c) => REGISTRY_DOCS[c.field]!.example);
  const help = instructionsSheet(
    'แบบฟอร์มทะเบียนกลุ่มออมทรัพย์เพื่อการผลิต (registry template)',
    [
      `กรอกแผ่นงาน "${REGISTRY_SHEETS[0]}" หนึ่งแถวต่อหนึ่งกลุ่ม เริ่มแถวถัดจากหัวคอลัมน์`,
      'แก้แถวชื่อเรื่องด้านบนได้ตามต้องการ',
      'บันทึกเป็น .xlsx (หรือ .xls, .ods, .csv) แล้ววางไว้ในโฟลเดอร์ data/registry/',
      'รัน npm run check เพื่อตรวจข้อมูล ข้อผิดพลาดจะระบุไฟล์ แผ่นงาน และช่อง',
    ],
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

const COVER_DOCS: Record<string, { meaning: string; accepts: string; example: string }> = {
  groupId: { meaning: 'รหัสกลุ่มตามทะเบียนกลุ่ม', accepts: 'รหัสเดียวกับในทะเบียน', example: '6001001' },
  groupName: { meaning: 'ชื่อกลุ่ม (ตรวจเทียบกับทะเบียน)', accepts: 'ข้อความ', example: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง' },
  date: { meaning: 'วันที่ไปตรวจสุขภาพกลุ่ม', accepts: 'วันที่', example: '28/6/2567' },
  fiscalYear: { meaning: 'ปีงบประมาณ (1 ต.ค.–30 ก.ย.) เว้นว่างได้ จะคำนวณจากวันที่ตรวจ', accepts: 'ปี พ.ศ.', example: '2567' },
  statementDate: { meaning: 'วันที่ของงบการเงินที่ใช้ตรวจ (วันปิดบัญชี)', accepts: 'วันที่', example: '31/5/2567' },
  auditors: { meaning: 'ชื่อคณะผู้ตรวจ', accepts: 'ข้อความ', example: 'นายตัวอย่าง ตรวจดี, นางสาวทดลอง ใจงาม' },
};

const FINANCIAL_DOCS: Record<string, { meaning: string; example: string }> = {
  members_start: { meaning: 'จำนวนสมาชิก ณ ต้นปีบัญชี (คน)', example: '100' },
  members_end: { meaning: 'จำนวนสมาชิก ณ วันปิดบัญชี (คน)', example: '104' },
  regular_savers: { meaning: 'สมาชิกที่ส่งเงินสัจจะครบทุกเดือนในปี (คน)', example: '95' },
  savings: { meaning: 'เงินสัจจะสะสมของสมาชิก (บาท)', example: '1,000,000' },
  reserve: { meaning: 'ทุนสำรอง (บาท)', example: '80,000' },
  other_funds: { meaning: 'กองทุนอื่น เช่น เงินสมทบ เงินบริจาค (บาท)', example: '20,000' },
  loans_outstanding: { meaning: 'ลูกหนี้เงินกู้คงเหลือ (บาท)', example: '800,000' },
  overdue: { meaning: 'ลูกหนี้ที่ค้างชำระเกินกำหนด (บาท) ต้องไม่เกินลูกหนี้เงินกู้คงเหลือ', example: '32,000' },
  cash: { meaning: 'เงินสดในมือ (บาท)', example: '10,000' },
  bank: { meaning: 'เงินฝากธนาคาร (บาท)', example: '150,000' },
  net_profit: { meaning: 'กำไรสุทธิของปี (บาท) ขาดทุนใส่ค่าติดลบ', example: '60,000' },
  welfare_paid: { meaning: 'สวัสดิการที่จ่ายให้สมาชิกในปี (บาท)', example: '12,000' },
};

const PLAN_DOCS: Record<string, { meaning: string; example: string }> = {
  order: { meaning: 'ลำดับความสำคัญ', example: '1' },
  topic: { meaning: 'รหัสตัวชี้วัดหรือประเด็นที่ต้องพัฒนา', example: 'F1 หนี้ค้างชำระต่อเงินให้กู้คงเหลือ' },
  cause: { meaning: 'สาเหตุที่ไม่ผ่าน', example: 'ขาดการติดตามหนี้อย่างต่อเนื่อง' },
  approach: { meaning: 'แนวทางพัฒนา', example: 'ติดตามเร่งรัดหนี้ค้างชำระ' },
  activity: { meaning: 'กิจกรรมที่จะทำ', example: 'เยี่ยมบ้านลูกหนี้ ทำบันทึกข้อตกลงผ่อนชำระ' },
  owner: { meaning: 'ผู้รับผิดชอบ — ระบุตำแหน่ง/คณะ ไม่ใช่ชื่อบุคคล', example: 'คณะกรรมการเงินกู้' },
  due: { meaning: 'กำหนดเสร็จ', example: '31 มี.ค. 2568' },
};

export function bookTemplate(criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const books = bookIndicators(criteria);
  const cover = sheet([[W.item, W.value], ...COVER_LABELS.map((l) => [first(l), null])], [18, 48]);
  const financials = sheet([[W.item, W.amount], ...FINANCIAL_LABELS.map((l) => [first(l), null])], [30, 16]);
  const indicators = sheet([INDICATOR_COLUMNS.map(first), ...books.map((b) => [b.code, b.th, null, null])], [7, 50, 10, 32]);
  const plan = sheet([PLAN_COLUMNS.map(first)], [7, 36, 40, 36, 48, 22, 14]);
  const docs: ColumnDoc[] = [
    ...COVER_LABELS.map((l) => ({ header: `${BOOK_SHEETS.cover[0]}: ${first(l)}`, ...COVER_DOCS[l.field]!, required: l.required ?? false, published: !l.private })),
    ...FINANCIAL_LABELS.map((l) => ({
      header: `${BOOK_SHEETS.financials[0]}: ${first(l)}`,
      ...FINANCIAL_DOCS[l.field]!,
      accepts: (COUNT_FIELDS as readonly string[]).includes(l.field) ? W.people : W.money,
      published: true,
    })),
    ...books.map((b) => ({
      header: `${BOOK_SHEETS.indicators[0]}: ${b.code}`,
      meaning: b.th,
      required: true,
      accepts: INPUT_TH[b.input],
      example: b.input === 'yesno' ? 'มี' : b.input === 'count' ? '12' : '70%',
      published: true,
    })),
    ...PLAN_COLUMNS.map((c) => ({ header: `${BOOK_SHEETS.plan[0]}: ${first(c)}`, ...PLAN_DOCS[c.field]!, accepts: c.field === 'due' ? W.date : c.field === 'order' ? W.number : W.text, required: c.required ?? false, published: true })),
  ];
  const help = instructionsSheet(
    'สมุดตรวจสุขภาพทางการเงินกลุ่มออมทรัพย์เพื่อการผลิต — หนึ่งไฟล์ต่อหนึ่งกลุ่มต่อหนึ่งครั้งที่ตรวจ (audit book template)',
    [
      `แผ่นงาน "${BOOK_SHEETS.cover[0]}" และ "${BOOK_SHEETS.financials[0]}": กรอกค่าในคอลัมน์ B ข้างรายการแต่ละบรรทัด`,
      `แผ่นงาน "${BOOK_SHEETS.indicators[0]}": กรอกผลในคอลัมน์ "ผล" ของตัวชี้วัดแต่ละข้อ (ข้อที่วัดจากงบการเงินคำนวณให้อัตโนมัติ ไม่ต้องกรอก)`,
      `แผ่นงาน "${BOOK_SHEETS.plan[0]}": หลังวิเคราะห์ร่วมกับคณะกรรมการ เขียนแผนพัฒนาหนึ่งแถวต่อหนึ่งประเด็น เรียงตามลำดับความสำคัญ`,
      'ตั้งชื่อไฟล์ได้ตามสะดวก เช่น 6001001.xlsx แล้ววางในโฟลเดอร์ data/audits/<ปีงบประมาณ>/ เช่น data/audits/2567/',
      `ข้อที่เว้นว่างถือว่า "ไม่มีข้อมูล" ได้ 0 คะแนน ถ้าข้อที่ไม่มีข้อมูลรวมกันเกิน ${criteria.incompleteAbovePoints} คะแนน ผลการตรวจจะเป็น "ข้อมูลไม่ครบ"`,
    ],
    docs,
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
    [['สรุปผลการตรวจสุขภาพทางการเงินกลุ่มออมทรัพย์เพื่อการผลิต อำเภอ ...................... ปีงบประมาณ ..........'], headers],
    widths,
    [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }],
  );
  const docs: ColumnDoc[] = [
    ...BATCH_COLUMNS.map((c) => ({ header: first(c), ...COVER_DOCS[c.field]!, required: c.required ?? false, published: true })),
    ...FINANCIAL_LABELS.map((l) => ({
      header: first(l),
      ...FINANCIAL_DOCS[l.field]!,
      accepts: (COUNT_FIELDS as readonly string[]).includes(l.field) ? W.people : W.money,
      published: true,
    })),
    ...books.map((b) => ({ header: b.code, meaning: b.th, required: true, accepts: INPUT_TH[b.input], example: b.input === 'yesno' ? 'มี' : b.input === 'count' ? '12' : '70%', published: true })),
  ];
  const example: Cell[] = [
    '6001001', 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง', '28/6/2567', '2567', '31/5/2567',
    '100', '104', '95', '1,000,000', '80,000', '20,000', '800,000', '32,000', '10,000', '150,000', '60,000', '12,000',
    ...books.map((b) => (b.input === 'yesno' ? 'มี' : b.input === 'count' ? '12' : '70%')),
  ];
  const help = instructionsSheet(
    'ผลการตรวจสุขภาพกลุ่มรายอำเภอ — หนึ่งแถวต่อหนึ่งกลุ่ม (batch template)',
    [
      `กรอกแผ่นงาน "${BATCH_SHEETS[0]}" หนึ่งแถวต่อกลุ่มที่ตรวจ ใช้แทนสมุดตรวจรายกลุ่มได้ (ไม่มีแผนพัฒนาและรายชื่อผู้ตรวจ)`,
      `คอลัมน์ ${books.map((b) => b.code).join(', ')} คือผลตัวชี้วัดที่ตอบจากการตรวจ ตามรหัสในตารางด้านล่าง`,
      'วางไฟล์ในโฟลเดอร์ data/audits/<ปีงบประมาณ>/ เช่น data/audits/2567/ผลการตรวจ-อำเภอเมือง-2567.xlsx',
      'กลุ่มหนึ่งมีผลการตรวจได้ปีละหนึ่งครั้ง ถ้าซ้ำ ระบบใช้ผลที่วันที่ตรวจล่าสุดและรายงานอีกรายการไว้',
    ],
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

const CRITERIA_DOCS: Record<keyof typeof CRITERIA_COLUMNS, Omit<ColumnDoc, 'header' | 'published'>> = {
  code: { meaning: 'รหัสตัวชี้วัด ไม่ซ้ำกัน', required: true, accepts: 'อักษรตัวใหญ่ 1 ตัวตามด้วยตัวเลข', example: 'F1' },
  dimension: { meaning: 'มิติของตัวชี้วัด (ตามแถว "มิติ" ด้านบน)', required: true, accepts: 'G M B F S หรือชื่อมิติ', example: 'F' },
  th: { meaning: 'ชื่อตัวชี้วัดภาษาไทย', required: true, accepts: 'ข้อความ', example: 'หนี้ค้างชำระต่อเงินให้กู้คงเหลือ' },
  en: { meaning: 'ชื่อตัวชี้วัดภาษาอังกฤษ (หน้าเว็บภาษาอังกฤษ)', accepts: 'ข้อความ', example: 'Overdue loans to loans outstanding' },
  measure: { meaning: 'วัดจาก: คำตอบในสมุดตรวจ หรืออัตราส่วนของช่องงบการเงิน', required: true, accepts: 'answer:yesno, answer:count, answer:percent, ratio:<ช่อง>/<ช่อง>, positive:<ช่อง>, positive+answer:<ช่อง>', example: 'ratio:overdue/loans_outstanding' },
  max: { meaning: 'คะแนนเต็ม', required: true, accepts: 'ตัวเลขมากกว่า 0', example: '10' },
  bands: { meaning: 'เกณฑ์คะแนน: เงื่อนไข:คะแนน คั่นด้วย ; ข้อแรกที่เข้าเงื่อนไขได้คะแนน (เว้นว่างสำหรับตัวชี้วัดแบบใช่/ไม่ใช่)', accepts: '>=x <=x >x <x a-b else, ร้อยละเขียน % ได้', example: '<=5%:10; <=10%:5' },
  redFlag: { meaning: 'ธงแดง: บังคับเป็นระดับ 3', accepts: 'no หรือ >x (เว้นว่างเมื่อไม่มี)', example: '>20%' },
};

export function criteriaTemplate(criteria: Criteria = DEFAULT_CRITERIA): XLSX.WorkBook {
  const docs: ColumnDoc[] = (Object.keys(CRITERIA_COLUMNS) as (keyof typeof CRITERIA_COLUMNS)[]).map((c) => ({
    header: CRITERIA_COLUMNS[c][0],
    ...CRITERIA_DOCS[c],
    published: true,
  }));
  const help = instructionsSheet(
    `เกณฑ์การประเมินของจังหวัด — เริ่มจากเกณฑ์ชุด ${criteria.id} ที่ใช้อยู่ (criteria template)`,
    [
      'แก้รหัสชุดเกณฑ์ให้เป็นของจังหวัด เช่น nsw-2568 ทุกคะแนนบนเว็บไซต์จะบอกว่าใช้เกณฑ์ชุดใด',
      'แก้ชื่อ คะแนนเต็ม เกณฑ์คะแนน และธงแดงของตัวชี้วัดได้ เพิ่มหรือลบแถวตัวชี้วัดได้',
      'วางไฟล์ไว้ในโฟลเดอร์ data/criteria/ (ไฟล์เดียว) แล้วรัน npm run check ข้อผิดพลาดจะระบุช่อง',
    ],
    docs,
  );
  return workbook([
    [CRITERIA_SHEETS[0]!, sheet(criteriaToRows(criteria), [34, 12, 44, 44, 44, 11, 34, 10])],
    [INSTRUCTIONS_SHEET, help],
  ]);
}

export function allTemplates(criteria: Criteria = DEFAULT_CRITERIA): { file: string; wb: XLSX.WorkBook }[] {
  return [
    { file: TEMPLATE_FILES.registry, wb: registryTemplate() },
    { file: TEMPLATE_FILES.book, wb: bookTemplate(criteria) },
    { file: TEMPLATE_FILES.batch, wb: batchTemplate(criteria) },
    { file: TEMPLATE_FILES.criteria, wb: criteriaTemplate(criteria) },
  ];
}
