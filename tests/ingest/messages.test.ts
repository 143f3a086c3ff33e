import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../src/lib/issues/make-issue';
import { type IssueCode, MESSAGES, didYouMean, differences } from '../../src/lib/issues/messages';
import { IssueSchema } from '../../src/lib/schema/issue';

/**
 * Every message of the catalogue, pinned word for word by hand (Starlight-style): CASES gives each code a place and
 * values, WORDING the Thai and English sentences a reader gets. A new code without its wording here does not compile;
 * a change of wording fails here until the sentence below is changed on purpose.
 */
const at = { file: 'registry/ทะเบียน.xlsx', sheet: 'ทะเบียนกลุ่ม', cell: 'E12' };
const crit = { file: 'criteria/นครสวรรค์.xlsx', sheet: 'เกณฑ์' };
const CASES: Record<IssueCode, Parameters<typeof makeIssue>[1]> = {
  W_NOT_DATA_FILE: { file: 'registry/photo.jpg' },
  E_FILE_EMPTY: { file: 'registry/empty.xlsx' },
  E_FILE_CORRUPT: { file: 'registry/cut.xlsx' },
  E_FILE_NOT_WORKBOOK: { file: 'registry/notes.xlsx', detail: { ext: '.xlsx', contentTh: 'ข้อความธรรมดา', contentEn: 'plain text' } },
  E_FILE_ENCRYPTED: { file: 'registry/locked.xlsx' },
  E_FILE_TOO_LARGE: { file: 'registry/big.xlsx', found: '3.3 GB', detail: { limit: '200.0 MB' } },
  E_FILE_COMPRESSION: { file: 'registry/bomb.xlsx', found: '9000', detail: { entry: 'xl/worksheets/sheet1.xml' } },
  E_FILE_UNRECOGNISED: { file: 'audits/x.xlsx', found: '"Sheet1"', expected: { th: 'ทะเบียนกลุ่ม', en: 'a sheet ทะเบียนกลุ่ม' } },
  E_CSV_UNRECOGNISED: { file: 'audits/x.csv', found: 'a, b', expected: { th: 'รหัสกลุ่ม, ชื่อกลุ่ม', en: 'รหัสกลุ่ม, ชื่อกลุ่ม' } },
  E_CSV_DECIMAL_AMBIGUOUS: { file: 'registry/ทะเบียน.csv', cell: 'H2', found: '110.590', detail: { thousands: '110590', decimal: '110.59', separatorTh: 'อัฒภาค (;)', separatorEn: 'semicolons (;)' } },
  E_CSV_DECIMAL_MIXED: { file: 'registry/ทะเบียน.csv', cell: 'H3', found: '1.234,50', detail: { otherCell: 'H5', other: '2,000.75' } },
  W_SHEET_IGNORED: { file: 'a.xlsx', sheet: 'สรุป', expected: { th: 'ทะเบียนกลุ่ม', en: 'ทะเบียนกลุ่ม' }, detail: { kindTh: 'ทะเบียนกลุ่ม', kindEn: 'registry' } },
  W_SHEET_RENAMED: { file: 'a.xlsx', sheet: 'Sheet1', expected: { th: 'ทะเบียนกลุ่ม', en: 'ทะเบียนกลุ่ม' }, detail: { kindTh: 'ทะเบียนกลุ่ม', kindEn: 'registry' } },
  E_SHEET_MISSING: { file: 'b.xlsx', expected: { th: 'งบการเงิน', en: 'งบการเงิน' }, detail: { allTh: 'ข้อมูลการตรวจ, งบการเงิน, ตัวชี้วัด, แผนพัฒนา', allEn: 'ข้อมูลการตรวจ, งบการเงิน, ตัวชี้วัด, แผนพัฒนา' } },
  W_SHEET_MISSING: { file: 'b.xlsx', expected: { th: 'แผนพัฒนา', en: 'แผนพัฒนา' } },
  W_CRITERIA_IGNORED: { file: 'criteria/b.xlsx', sheet: 'เกณฑ์', detail: { criteria: 'omsap-2567' } },
  E_READ_FAILED: { file: 'a.xlsx', found: 'boom' },
  E_HEADER_NOT_FOUND: { file: 'a.xlsx', sheet: 'ทะเบียนกลุ่ม', expected: { th: 'รหัสกลุ่ม, ชื่อกลุ่ม', en: 'รหัสกลุ่ม, ชื่อกลุ่ม' }, detail: { rows: 10, missingTh: 'ชื่อกลุ่ม', missingEn: 'name' } },
  W_UNKNOWN_COLUMN: { ...at, cell: 'N2', found: 'หมายเหตุภายใน', expected: { th: 'รหัสกลุ่ม, ชื่อกลุ่ม', en: 'รหัสกลุ่ม, ชื่อกลุ่ม' } },
  W_DUPLICATE_COLUMN: { ...at, cell: 'F2', field: 'name', detail: { first: 'B2' } },
  W_COLUMN_MISSING: { file: 'b.ods', sheet: 'ผลการตรวจ', field: 'G3', expected: { th: 'G3', en: 'G3' } },
  E_SHEET_TOO_LONG: { ...at, cell: 'A100011', detail: { limit: '100,010', from: 100011, to: 200001 } },
  W_NO_ROWS: { file: 'a.xlsx', sheet: 'ทะเบียนกลุ่ม' },
  E_LABEL_MISSING: { file: 'b.xlsx', sheet: 'ข้อมูลการตรวจ', field: 'date' },
  W_UNKNOWN_LABEL: { file: 'b.xlsx', sheet: 'งบการเงิน', cell: 'A14', found: 'หนี้สูญ', expected: { th: 'สมาชิกต้นปี, …', en: 'สมาชิกต้นปี, …' } },
  W_DUPLICATE_LABEL: { file: 'b.xlsx', sheet: 'งบการเงิน', cell: 'A14', field: 'cash', detail: { first: 'B10' } },
  E_REQUIRED_EMPTY: { ...at, cell: 'B3', field: 'name' },
  E_FORMULA_NO_VALUE: { ...at, cell: 'F2', field: 'members', found: '=SUM(F3:F9)' },
  E_FORMULA_ERROR: { ...at, cell: 'F2', field: 'members', found: '#DIV/0!' },
  W_FORMULA_TEXT: { ...at, cell: 'B2', field: 'name', found: '=HYPERLINK("http://x","y")' },
  E_ID_INVALID: { ...at, cell: 'A3', field: 'id', found: '60 01' },
  E_DATE_INVALID: { ...at, field: 'founded', found: '31/2/2559', expected: { th: 'วันที่ เช่น 28/6/2559', en: 'a date such as 28/6/2559' } },
  E_DATE_UNREADABLE: { ...at, field: 'founded', found: 'ปีที่แล้ว', expected: { th: 'วันที่ เช่น 28/6/2559', en: 'a date such as 28/6/2559' } },
  E_NUMBER_INVALID: { ...at, cell: 'J5', field: 'savings', found: 'สองพัน', expected: { th: 'ตัวเลข', en: 'a number' } },
  E_NUMBER_RANGE: { ...at, cell: 'L5', field: 'lat', found: 45, expected: { th: 'ละติจูดในประเทศไทย ระหว่าง 5 ถึง 21', en: 'a latitude in Thailand, from 5 to 21' } },
  E_YESNO_INVALID: { file: 'b.xlsx', sheet: 'ตัวชี้วัด', cell: 'C4', field: 'G3', found: 'บางครั้ง', expected: { th: 'มี/ไม่มี', en: 'yes or no' } },
  E_FISCAL_YEAR_INVALID: { file: 'b.xlsx', sheet: 'ข้อมูลการตรวจ', cell: 'B5', field: 'fiscalYear', found: '1999', expected: { th: 'ปีงบประมาณ พ.ศ. เช่น 2567', en: 'a fiscal year in BE such as 2567' } },
  E_FISCAL_YEAR_MISMATCH: { file: 'b.xlsx', sheet: 'ข้อมูลการตรวจ', cell: 'B5', field: 'fiscalYear', found: 2560, expected: { th: '2567 หรือ 2566', en: '2567 or 2566' }, detail: { date: '2024-06-28', dateYear: 2567 } },
  E_PLACE_UNKNOWN: { ...at, cell: 'F4', field: 'district', found: 'เมืองนครสวรร', expected: { th: 'ชื่ออำเภอ เช่น เมืองนครสวรรค์', en: 'a district name such as Mueang Nakhon Sawan' }, detail: { withinTh: 'ในจังหวัดนครสวรรค์', withinEn: ' in Nakhon Sawan' } },
  E_STATUS_INVALID: { ...at, cell: 'K3', field: 'status', found: 'พักไว้' },
  W_INDICATOR_UNKNOWN: { file: 'b.xlsx', sheet: 'ตัวชี้วัด', cell: 'A12', found: 'Z9', expected: { th: 'G1, G2', en: 'G1, G2' }, detail: { criteria: 'omsap-2567' } },
  W_INDICATOR_COMPUTED: { file: 'b.xlsx', sheet: 'ตัวชี้วัด', cell: 'A12', found: 'F1', expected: { th: 'G1, G2', en: 'G1, G2' } },
  W_INDICATOR_DUPLICATE: { file: 'b.xlsx', sheet: 'ตัวชี้วัด', cell: 'A12', found: 'G1', detail: { first: 'C2' } },
  W_ANSWER_MISSING: { file: 'b.xlsx', sheet: 'ตัวชี้วัด', cell: 'C4', field: 'G3', expected: { th: 'มี/ไม่มี', en: 'yes or no (มี/ไม่มี)' } },
  W_VALUE_MISSING: { file: 'b.xlsx', sheet: 'งบการเงิน', cell: 'B13', field: 'welfare_paid' },
  W_OWNER_NOT_ROLE: { file: 'b.xlsx', sheet: 'แผนพัฒนา', cell: 'F2', field: 'owner', found: 'สม*********ัตน์' },
  W_PRIVATE_VALUE_ELSEWHERE: { file: 'content/km/story.md', line: 12, field: 'body', found: 'ขอบคุณ(ซ่อนข้อมูลส่วนบุคคล)ที่ช่วย', detail: { privateAt: 'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell L4' } },
  W_KM_NAME_PERSONAL: { file: 'content/km/081xxxxx78.md', line: 1 },
  E_PLAN_TOPIC_EMPTY: { file: 'b.xlsx', sheet: 'แผนพัฒนา', cell: 'B3', field: 'topic' },
  W_PROGRESS_INVALID: { file: 'b.xlsx', sheet: 'แผนพัฒนา', cell: 'H2', field: 'progress', found: 'ครึ่งทาง', expected: { th: 'ยังไม่เริ่ม / กำลังดำเนินการ / เสร็จแล้ว', en: 'not started, in progress or done (ยังไม่เริ่ม / กำลังดำเนินการ / เสร็จแล้ว)' } },
  E_DUPLICATE_ID: {
    ...at, cell: 'A3', field: 'id', found: '6001001',
    detail: { otherTh: 'ไฟล์ b.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A9', otherEn: 'b.xlsx, sheet ทะเบียนกลุ่ม, cell A9', ...differences([{ field: 'members', here: '25', there: '27' }], ['phone']) },
  },
  E_GROUP_NOT_IN_REGISTRY: { file: 'b.xlsx', sheet: 'ข้อมูลการตรวจ', cell: 'B2', field: 'groupId', found: '600103', detail: didYouMean([{ id: '6001003', file: 'registry/r.xlsx', row: 5 }]) },
  W_AUDIT_DUPLICATE: { file: 'a.xlsx', sheet: 'ข้อมูลการตรวจ', cell: 'B2', field: 'groupId', found: '6001001', detail: { fiscalYear: 2567, date: '2024-06-28', keptDate: '2024-07-01', keptFile: 'batch.ods' } },
  W_NAME_MISMATCH: { file: 'a.xlsx', sheet: 'ข้อมูลการตรวจ', cell: 'B3', field: 'groupName', found: 'กลุ่มหนองปลิงใหม่', detail: { registered: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง' } },
  E_LINK_SKIPPED: { file: 'audits/2567', found: '/mnt/usb/audits/2567' },
  W_SPECIAL_FILE: { file: 'audits/pipe', detail: { kindTh: 'ท่อส่งข้อมูล (named pipe)', kindEn: 'a named pipe (FIFO)' } },
  W_TEXT_NOT_TABLE: { file: 'registry/notes.txt' },
  // personal data and KM articles
  W_PERSONAL_DATA_MASKED: { file: 'audits/2567/6001001.xlsx', sheet: 'แผนพัฒนา', cell: 'E3', field: 'activity', found: 'ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21', detail: { kindTh: 'หมายเลขโทรศัพท์', kindEn: 'a phone number' } },
  W_PRIVATE_VALUE_MASKED: { ...at, cell: 'B5', field: 'name', found: 'นา*********ดี', detail: { privateTh: 'ประธานกลุ่ม', privateEn: 'chair', privateCell: 'N5' } },
  E_ID_PERSONAL_DATA: { ...at, cell: 'A5', field: 'id', found: '081xxxxx78', detail: { kindTh: 'หมายเลขโทรศัพท์', kindEn: 'a phone number' } },
  E_KM_NO_FRONT_MATTER: { file: 'content/km/a.md', line: 1 },
  E_KM_FRONT_MATTER_OPEN: { file: 'content/km/a.md', line: 1 },
  E_KM_FRONT_MATTER_LINE: { file: 'content/km/a.md', line: 4, found: 'ผู้เขียน นางสาวกมลวรรณ' },
  E_KM_FIELD_MISSING: { file: 'content/km/a.md', line: 1, field: 'title', expected: { th: 'title: "ชื่อเรื่อง"', en: 'title: "…"' } },
  E_KM_DATE_INVALID: { file: 'content/km/a.md', line: 6, field: 'articleDate', found: '30/02/2567' },
  E_KM_SLUG_DUPLICATE: { file: 'content/km/A.md', line: 1, detail: { slug: 'a', other: 'content/km/a.md' } },
  E_KM_FILE_TOO_LARGE: { file: 'content/km/a.md', found: '5.0 MB', detail: { limit: '1.0 MB' } },
  W_KM_IMAGE_DROPPED: { file: 'content/km/a.md', line: 14, field: 'body', found: 'https://tracker.example/p.gif', detail: { reasonTh: 'อยู่บนเว็บไซต์อื่น ซึ่งจะรู้ได้ว่าใครเปิดอ่านบทความ', reasonEn: 'is on another host, which would learn of every reader' } },
  E_KM_TOO_LONG: { file: 'content/km/a.md', line: 2, field: 'title', found: '5,242,880', detail: { limit: '200' } },
  E_KM_TOO_MANY_TAGS: { file: 'content/km/a.md', line: 6, field: 'tags', found: '21', detail: { limit: 20 } },
  W_ROWS_REPEATED: { file: 'registry/r.csv', sheet: '', cell: 'A3', field: 'id', found: '6001001', detail: { other: 'registry/r.xlsx', count: 2 } },
  W_FILE_COPY: { file: 'registry/r.csv', detail: { other: 'registry/r.xlsx', count: 164 } },
  W_KM_LANG_UNKNOWN: { file: 'content/km/a.en.md', line: 7, field: 'lang', found: 'english' },
  W_KM_INDICATOR_UNKNOWN: { file: 'content/km/a.md', line: 8, field: 'indicators', found: 'X9', expected: { th: 'G1, F1', en: 'G1, F1' }, detail: { criteria: 'omsap-2567' } },
  E_OVERDUE_ABOVE_LOANS: { file: 'b.xlsx', sheet: 'งบการเงิน', cell: 'B9', field: 'overdue', found: '900,000', expected: { th: '≤ 800,000', en: '≤ 800,000' }, detail: { whole: 'loans_outstanding', wholeValue: '800,000' } },
  E_SAVERS_ABOVE_MEMBERS: { file: 'b.xlsx', sheet: 'งบการเงิน', cell: 'B4', field: 'regular_savers', found: '105', detail: { whole: 'members_end', wholeValue: '104' } },
  E_CRITERIA_NO_HEADER: { ...crit, expected: { th: 'รหัส | มิติ', en: 'รหัส | มิติ' } },
  E_CRITERIA_MISSING_COLUMN: { ...crit, row: 12, detail: { column: 'คะแนนเต็ม' } },
  E_CRITERIA_SETTING: { ...crit, cell: 'B3', found: 'แปดสิบ', detail: { reason: 'number', setting: 'ระดับ 1 ดี เมื่อคะแนนตั้งแต่' } },
  E_CRITERIA_DIMENSION: { ...crit, cell: 'B14', found: 'X', expected: { th: 'G, M, B, F, S', en: 'G, M, B, F, S' }, detail: { reason: 'notListed', code: 'G2' } },
  E_CRITERIA_NO_ID: { ...crit, detail: { label: 'รหัสชุดเกณฑ์' } },
  W_CRITERIA_DEFAULT_SETTING: { ...crit, detail: { setting: 'ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่', value: 60 } },
  E_CRITERIA_CODE: { ...crit, cell: 'A14', found: 'ก2' },
  E_CRITERIA_DUPLICATE: { ...crit, cell: 'A14', found: 'G1' },
  E_CRITERIA_MEASURE: { ...crit, cell: 'E23', found: 'ratio:overdue/loans', detail: { reason: 'notRatio' } },
  E_CRITERIA_POINTS: { ...crit, cell: 'F14', found: 'แปด', detail: { code: 'G2' } },
  E_CRITERIA_BANDS: { ...crit, cell: 'G23', found: 'น้อยกว่า 5%:10', detail: { reason: 'unreadable', part: 'น้อยกว่า 5%:10' } },
  W_CRITERIA_PERCENT_SIGN: { ...crit, cell: 'G17', detail: { value: '90' } },
  E_CRITERIA_RED_FLAG: { ...crit, cell: 'H23', found: 'มาก', detail: { reason: 'unreadable' } },
  E_CRITERIA_EMPTY: crit,
  E_CRITERIA_TOTAL: { ...crit, cell: 'F5', detail: { total: '1095', criteria: 'omsap-2567' } },
  E_CRITERIA_OUTWEIGHS: { ...crit, cell: 'F9', found: '60', detail: { code: 'B1', dimension: 'B', rest: '12', criteria: 'omsap-2567' } },
  E_CRITERIA_INVALID: { ...crit, detail: { problems: 'levels.good expected number' } },
};

const WORDING: Record<IssueCode, [th: string, en: string]> = {
  E_CSV_DECIMAL_AMBIGUOUS: [
    'ไฟล์ registry/ทะเบียน.csv ช่อง H2: ไฟล์ CSV นี้คั่นช่องด้วยอัฒภาค (;) และตัวเลข "110.590" อ่านได้สองแบบ คือ 110590 (ถ้าเครื่องหมายนั้นคั่นหลักพัน) หรือ 110.59 (ถ้าเป็นจุดทศนิยม) ไม่มีช่องอื่นในไฟล์ที่บอกได้ว่าใช้แบบใด จึงไม่ได้อ่านไฟล์นี้ — ต้องบันทึกเป็นไฟล์ .xlsx หรือเป็น CSV ที่คั่นช่องด้วยจุลภาค (,)',
    'registry/ทะเบียน.csv, cell H2: this CSV is separated by semicolons (;) and the number "110.590" reads two ways: 110590 (if the mark separates thousands) or 110.59 (if it is the decimal mark); no other cell of the file tells which, so the file was not read — expected the file saved as .xlsx, or as a CSV separated by commas (,)',
  ],
  E_CSV_DECIMAL_MIXED: [
    'ไฟล์ registry/ทะเบียน.csv ช่อง H3: ตัวเลข "1.234,50" เขียนแบบจุด (.) คั่นหลักพันและจุลภาค (,) เป็นทศนิยม แต่ช่อง H5 "2,000.75" เขียนแบบจุลภาคคั่นหลักพันและจุดเป็นทศนิยม จึงบอกไม่ได้ว่าตัวเลขในไฟล์นี้มีค่าเท่าใด ไม่ได้อ่านไฟล์นี้ — ต้องเขียนตัวเลขแบบเดียวกันทั้งไฟล์ หรือบันทึกเป็นไฟล์ .xlsx',
    'registry/ทะเบียน.csv, cell H3: the number "1.234,50" is written with a dot for thousands and a comma for decimals, but cell H5 "2,000.75" with a comma for thousands and a dot for decimals, so what the file\'s numbers are is unclear and it was not read — expected numbers written one way throughout the file, or the file saved as .xlsx',
  ],
  E_CSV_UNRECOGNISED: [
    'ไฟล์ audits/x.csv: ไม่รู้จักหัวตารางของไฟล์ CSV นี้ (พบ a, b) — ต้องมีคอลัมน์ รหัสกลุ่ม, ชื่อกลุ่ม',
    'audits/x.csv: the CSV header row is not recognised (found a, b) — expected the columns รหัสกลุ่ม, ชื่อกลุ่ม',
  ],
  E_DATE_INVALID: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง E12: วันที่จัดตั้ง "31/2/2559" ไม่มีอยู่จริง — ต้องเป็นวันที่ เช่น 28/6/2559',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell E12: founded date "31/2/2559" does not exist — expected a date such as 28/6/2559',
  ],
  E_DATE_UNREADABLE: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง E12: วันที่จัดตั้ง "ปีที่แล้ว" อ่านเป็นวันที่ไม่ได้ — ต้องเป็นวันที่ เช่น 28/6/2559',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell E12: founded date "ปีที่แล้ว" is not a date — expected a date such as 28/6/2559',
  ],
  E_DUPLICATE_ID: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A3: รหัสกลุ่ม "6001001" ซ้ำกับไฟล์ b.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A9 แต่ข้อมูลต่างกัน (จำนวนสมาชิก "25" กับ "27"; ข้อมูลส่วนบุคคล โทรศัพท์ (ไม่แสดงค่า)) ทั้งสองแถวจึงไม่ได้นำไปใช้ — ต้องไม่ซ้ำกันในทะเบียน ให้เหลือแถวที่ถูกต้องเพียงแถวเดียว',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell A3: group id "6001001" is also used at b.xlsx, sheet ทะเบียนกลุ่ม, cell A9 with different values (members "25" vs "27"; private phone (not shown)), so both rows are left out — expected ids to be unique in the registry; keep the one correct row',
  ],
  E_FILE_COMPRESSION: [
    'ไฟล์ registry/bomb.xlsx: ไฟล์บีบอัดผิดปกติ: ส่วน xl/worksheets/sheet1.xml ขยายได้ 9000 เท่า อาจเป็นไฟล์อันตราย จึงไม่ได้อ่าน — ต้องเป็นไฟล์ที่บันทึกจากโปรแกรมตารางคำนวณตามปกติ',
    'registry/bomb.xlsx: abnormal compression: part xl/worksheets/sheet1.xml expands 9000 times, which may be a hostile file, so it was not read — expected a workbook saved normally by a spreadsheet program',
  ],
  E_FILE_CORRUPT: [
    'ไฟล์ registry/cut.xlsx: อ่านไฟล์ไม่ได้ ไฟล์อาจเสียหายหรือคัดลอกมาไม่ครบ — ต้องเป็นไฟล์ที่เปิดได้ ให้เปิดในโปรแกรมตารางคำนวณแล้วบันทึกใหม่',
    'registry/cut.xlsx: the file cannot be read; it may be damaged or incompletely copied — expected a workbook that opens; open it in a spreadsheet program and save it again',
  ],
  E_FILE_EMPTY: [
    'ไฟล์ registry/empty.xlsx: ไฟล์ว่างเปล่า (0 ไบต์) — ต้องเป็นไฟล์ที่บันทึกจากโปรแกรมตารางคำนวณ ให้บันทึกไฟล์ใหม่อีกครั้ง',
    'registry/empty.xlsx: the file is empty (0 bytes) — expected a workbook saved by a spreadsheet program; save it again',
  ],
  E_FILE_ENCRYPTED: [
    'ไฟล์ registry/locked.xlsx: ไฟล์ตั้งรหัสผ่านไว้ จึงอ่านไม่ได้ — ต้องเป็นไฟล์ที่ไม่มีรหัสผ่าน ให้เอารหัสผ่านออกแล้วบันทึกใหม่',
    'registry/locked.xlsx: the file is password-protected, so it cannot be read — expected a file without a password; remove the password and save it again',
  ],
  E_FILE_NOT_WORKBOOK: [
    'ไฟล์ registry/notes.xlsx: ชื่อไฟล์ลงท้ายด้วย .xlsx แต่เนื้อในเป็นข้อความธรรมดา — ต้องเป็นไฟล์ .xlsx ที่บันทึกจากโปรแกรมตารางคำนวณจริง',
    'registry/notes.xlsx: the name ends in .xlsx but the content is plain text — expected a real .xlsx file saved by a spreadsheet program',
  ],
  E_FILE_TOO_LARGE: [
    'ไฟล์ registry/big.xlsx: ไฟล์ใหญ่เกินไป (3.3 GB) — ต้องไม่เกิน 200.0 MB ให้แบ่งเป็นหลายไฟล์',
    'registry/big.xlsx: the file is too large (3.3 GB) — expected at most 200.0 MB; split it into several files',
  ],
  E_FILE_UNRECOGNISED: [
    'ไฟล์ audits/x.xlsx: ไม่รู้จักรูปแบบของไฟล์นี้ พบแผ่นงาน "Sheet1" — ต้องมีแผ่นงาน ทะเบียนกลุ่ม',
    'audits/x.xlsx: the workbook is not recognised: sheets found "Sheet1" — expected a sheet ทะเบียนกลุ่ม',
  ],
  E_FISCAL_YEAR_INVALID: [
    'ไฟล์ b.xlsx แผ่นงาน ข้อมูลการตรวจ ช่อง B5: ปีงบประมาณ "1999" ไม่ถูกต้อง — ต้องเป็นปีงบประมาณ พ.ศ. เช่น 2567',
    'b.xlsx, sheet ข้อมูลการตรวจ, cell B5: fiscal year "1999" is not valid — expected a fiscal year in BE such as 2567',
  ],
  E_FISCAL_YEAR_MISMATCH: [
    'ไฟล์ b.xlsx แผ่นงาน ข้อมูลการตรวจ ช่อง B5: ปีงบประมาณ 2560 ไม่ตรงกับวันที่ตรวจ 28 มิถุนายน 2567 (ปีงบประมาณ 2567) — ต้องเป็นปีงบประมาณ 2567 หรือ 2566',
    'b.xlsx, sheet ข้อมูลการตรวจ, cell B5: fiscal year 2560 does not match the audit date 28 June 2024 (fiscal year 2567) — expected fiscal year 2567 or 2566',
  ],
  E_FORMULA_ERROR: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง F2: จำนวนสมาชิกเป็นสูตรที่คำนวณได้ค่าผิดพลาด "#DIV/0!" — ต้องแก้สูตรให้ได้ค่าที่ถูกต้อง',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell F2: members is a formula whose result is the error "#DIV/0!" — fix the formula so it gives a value',
  ],
  E_FORMULA_NO_VALUE: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง F2: จำนวนสมาชิกเป็นสูตร "=SUM(F3:F9)" ที่ไม่มีค่าคำนวณเก็บไว้ — ต้องเปิดไฟล์ในโปรแกรมตารางคำนวณให้คำนวณแล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell F2: members is a formula "=SUM(F3:F9)" with no calculated value saved — open the file in a spreadsheet program so it calculates and save it again, or type the value instead',
  ],
  E_GROUP_NOT_IN_REGISTRY: [
    'ไฟล์ b.xlsx แผ่นงาน ข้อมูลการตรวจ ช่อง B2: รหัสกลุ่ม "600103" ไม่มีในทะเบียนกลุ่ม ผลการตรวจนี้จึงไม่ได้เผยแพร่ — ต้องเป็นรหัสของกลุ่มที่อยู่ในทะเบียน หรือหมายถึง 6001003 (ไฟล์ registry/r.xlsx แถว 5)?',
    'b.xlsx, sheet ข้อมูลการตรวจ, cell B2: group id "600103" is not in the registry, so this audit is not published — expected the id of a registered group; did you mean 6001003 (registry/r.xlsx, row 5)?',
  ],
  E_HEADER_NOT_FOUND: [
    'ไฟล์ a.xlsx แผ่นงาน ทะเบียนกลุ่ม: ไม่พบแถวหัวตารางใน 10 แถวแรก (ขาด ชื่อกลุ่ม) — ต้องมีหัวคอลัมน์ รหัสกลุ่ม, ชื่อกลุ่ม',
    'a.xlsx, sheet ทะเบียนกลุ่ม: no header row in the first 10 rows (missing name) — expected the columns รหัสกลุ่ม, ชื่อกลุ่ม',
  ],
  E_ID_INVALID: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A3: รหัสกลุ่ม "60 01" ไม่ถูกต้อง — ต้องเป็นตัวเลข ตัวอักษรอังกฤษ หรือขีด (-) ยาว 3–32 ตัว เช่น 6001001',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell A3: group id "60 01" is not valid — expected 3–32 characters of 0-9, A-Z, a-z or -, such as 6001001',
  ],
  E_LABEL_MISSING: [
    'ไฟล์ b.xlsx แผ่นงาน ข้อมูลการตรวจ: ไม่พบรายการ วันที่ตรวจ — ต้องมีแถวที่ช่องแรกเขียนว่า "วันที่ตรวจ" และกรอกค่าไว้ช่องถัดไป',
    'b.xlsx, sheet ข้อมูลการตรวจ: the item audit date is missing — expected a row labelled "วันที่ตรวจ" with its value in the next cell',
  ],
  E_NUMBER_INVALID: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง J5: เงินสัจจะสะสม "สองพัน" ไม่ถูกต้อง — ต้องเป็นตัวเลข',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell J5: savings "สองพัน" is not valid — expected a number',
  ],
  E_NUMBER_RANGE: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง L5: ละติจูด "45" อยู่นอกช่วงที่ใช้ได้ — ต้องเป็นละติจูดในประเทศไทย ระหว่าง 5 ถึง 21',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell L5: latitude "45" is out of range — expected a latitude in Thailand, from 5 to 21',
  ],
  E_PLACE_UNKNOWN: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง F4: อำเภอ "เมืองนครสวรร" ไม่พบในรายชื่ออำเภอของทางราชการในจังหวัดนครสวรรค์ — ต้องเป็นชื่ออำเภอ เช่น เมืองนครสวรรค์',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell F4: district "เมืองนครสวรร" is not an official district name in Nakhon Sawan — expected a district name such as Mueang Nakhon Sawan',
  ],
  E_PLAN_TOPIC_EMPTY: [
    'ไฟล์ b.xlsx แผ่นงาน แผนพัฒนา ช่อง B3: แถวแผนพัฒนานี้ไม่ได้ระบุตัวชี้วัดหรือประเด็น จึงไม่ได้นำไปใช้ — ต้องกรอกรหัสตัวชี้วัด เช่น F1 หรือประเด็นที่จะพัฒนา',
    'b.xlsx, sheet แผนพัฒนา, cell B3: this development-plan row names no indicator or issue, so it is not used — expected an indicator code such as F1 or the issue to develop',
  ],
  E_READ_FAILED: [
    'ไฟล์ a.xlsx: เกิดข้อผิดพลาดภายในระหว่างอ่านไฟล์นี้ (boom) ไฟล์อื่นยังอ่านต่อตามปกติ — โปรดแจ้งผู้ดูแลระบบพร้อมไฟล์นี้',
    'a.xlsx: an internal error occurred while reading this file (boom); the other files were read as usual — please report it with this file',
  ],
  E_REQUIRED_EMPTY: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง B3: ชื่อกลุ่มว่างอยู่ — ต้องกรอกชื่อกลุ่ม',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell B3: group name is empty — it is required',
  ],
  E_SHEET_MISSING: [
    'ไฟล์ b.xlsx: สมุดตรวจสุขภาพไม่มีแผ่นงาน งบการเงิน — ต้องมีครบทั้ง ข้อมูลการตรวจ, งบการเงิน, ตัวชี้วัด, แผนพัฒนา',
    'b.xlsx: the audit book has no sheet งบการเงิน — expected all of ข้อมูลการตรวจ, งบการเงิน, ตัวชี้วัด, แผนพัฒนา',
  ],
  E_SHEET_TOO_LONG: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A100011: แผ่นงานมีมากกว่า 100,010 แถว แถวที่ 100011–200001 จึงไม่ได้อ่าน — ต้องแบ่งเป็นหลายไฟล์ ไฟล์ละไม่เกิน 100,010 แถว',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell A100011: the sheet has more than 100,010 rows, so rows 100011–200001 were not read — split it into files of at most 100,010 rows',
  ],
  E_STATUS_INVALID: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง K3: สถานะ "พักไว้" ไม่ถูกต้อง — ต้องเป็น ดำเนินการ, ไม่ดำเนินการ หรือ ยุบเลิก',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell K3: status "พักไว้" is not valid — expected ดำเนินการ (active), ไม่ดำเนินการ (inactive) or ยุบเลิก (dissolved)',
  ],
  E_YESNO_INVALID: [
    'ไฟล์ b.xlsx แผ่นงาน ตัวชี้วัด ช่อง C4: ตัวชี้วัด G3 "บางครั้ง" อ่านเป็นคำตอบ มี/ไม่มี ไม่ได้ — ต้องเป็นมี/ไม่มี (หรือ ใช่/ไม่ใช่, ผ่าน/ไม่ผ่าน, /, x)',
    'b.xlsx, sheet ตัวชี้วัด, cell C4: indicator G3 "บางครั้ง" is not a yes/no answer — expected yes or no (or ใช่/ไม่ใช่, ผ่าน/ไม่ผ่าน, /, x)',
  ],
  W_ANSWER_MISSING: [
    'ไฟล์ b.xlsx แผ่นงาน ตัวชี้วัด ช่อง C4: ไม่ได้ตอบตัวชี้วัด G3 — ต้องตอบเป็นมี/ไม่มี ถ้าไม่ตอบ ตัวชี้วัดนี้จะได้ 0 คะแนน',
    'b.xlsx, sheet ตัวชี้วัด, cell C4: indicator G3 is not answered — expected yes or no (มี/ไม่มี); unanswered, it scores 0',
  ],
  W_AUDIT_DUPLICATE: [
    'ไฟล์ a.xlsx แผ่นงาน ข้อมูลการตรวจ ช่อง B2: กลุ่ม "6001001" มีผลการตรวจปีงบประมาณ 2567 มากกว่าหนึ่งครั้ง ผลนี้ (ตรวจ 28 มิถุนายน 2567) ไม่ได้ใช้ เพราะใช้ผลที่ตรวจวันที่ 1 กรกฎาคม 2567 ในไฟล์ batch.ods — ต้องมีผลการตรวจกลุ่มละหนึ่งครั้งต่อปีงบประมาณ',
    'a.xlsx, sheet ข้อมูลการตรวจ, cell B2: group "6001001" has more than one audit in fiscal year 2567; this one (dated 28 June 2024) is not used, the audit of 1 July 2024 in batch.ods is — expected one audit per group per fiscal year',
  ],
  W_COLUMN_MISSING: [
    'ไฟล์ b.ods แผ่นงาน ผลการตรวจ: ไม่มีคอลัมน์ ตัวชี้วัด G3 จึงถือว่าทุกแถวไม่ได้กรอกข้อนี้ — ควรมีคอลัมน์ "G3"',
    'b.ods, sheet ผลการตรวจ: there is no column indicator G3, so every row is taken as not answering it — expected a column "G3"',
  ],
  W_CRITERIA_IGNORED: [
    'ไฟล์ criteria/b.xlsx แผ่นงาน เกณฑ์: ใช้เกณฑ์จากไฟล์แรกในโฟลเดอร์ criteria เท่านั้น ไฟล์เกณฑ์นี้จึงไม่ได้ใช้ (ใช้เกณฑ์ omsap-2567) — ต้องมีไฟล์เกณฑ์เพียงไฟล์เดียวใน data/criteria/',
    'criteria/b.xlsx, sheet เกณฑ์: criteria are taken only from the first workbook in the criteria folder, so this one is not used (the criteria omsap-2567 are) — expected one criteria workbook, in data/criteria/',
  ],
  W_DUPLICATE_COLUMN: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง F2: คอลัมน์ ชื่อกลุ่ม ซ้ำ ใช้คอลัมน์แรกที่ช่อง B2 — ต้องมีคอลัมน์นี้เพียงคอลัมน์เดียว',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell F2: the column group name appears twice; the first one, at B2, is used — expected it once',
  ],
  W_DUPLICATE_LABEL: [
    'ไฟล์ b.xlsx แผ่นงาน งบการเงิน ช่อง A14: รายการ เงินสดในมือ ซ้ำ ใช้ค่าแรกที่ช่อง B10 — ต้องมีรายการนี้เพียงครั้งเดียว',
    'b.xlsx, sheet งบการเงิน, cell A14: the item cash on hand appears twice; the first, at B10, is used — expected it once',
  ],
  W_FORMULA_TEXT: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง B2: ชื่อกลุ่ม "=HYPERLINK("http://x","y")" ขึ้นต้นเหมือนสูตร จึงเก็บไว้เป็นข้อความ — ต้องเป็นข้อความธรรมดาที่ไม่ขึ้นต้นด้วย = + - หรือ @',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell B2: group name "=HYPERLINK("http://x","y")" starts like a formula, so it is kept as text — expected plain text that does not start with = + - or @',
  ],
  W_INDICATOR_COMPUTED: [
    'ไฟล์ b.xlsx แผ่นงาน ตัวชี้วัด ช่อง A12: ตัวชี้วัด F1 คำนวณจากงบการเงิน คำตอบที่กรอกไว้จึงไม่ได้นำไปใช้ — ต้องกรอกเฉพาะตัวชี้วัด G1, G2',
    'b.xlsx, sheet ตัวชี้วัด, cell A12: indicator F1 is computed from the financial position, so the answer written here is not used — expected answers only for G1, G2',
  ],
  W_INDICATOR_DUPLICATE: [
    'ไฟล์ b.xlsx แผ่นงาน ตัวชี้วัด ช่อง A12: ตัวชี้วัด G1 ตอบซ้ำ ใช้คำตอบแรกที่ช่อง C2 — ต้องตอบตัวชี้วัดละหนึ่งครั้ง',
    'b.xlsx, sheet ตัวชี้วัด, cell A12: indicator G1 is answered twice; the first answer, at C2, is used — expected one answer each',
  ],
  W_INDICATOR_UNKNOWN: [
    'ไฟล์ b.xlsx แผ่นงาน ตัวชี้วัด ช่อง A12: รหัสตัวชี้วัด "Z9" ไม่อยู่ในเกณฑ์ omsap-2567 จึงไม่ได้นำไปใช้ — ต้องเป็นรหัส G1, G2',
    'b.xlsx, sheet ตัวชี้วัด, cell A12: the indicator code "Z9" is not in the criteria omsap-2567, so it is not used — expected one of G1, G2',
  ],
  W_NAME_MISMATCH: [
    'ไฟล์ a.xlsx แผ่นงาน ข้อมูลการตรวจ ช่อง B3: ชื่อกลุ่ม "กลุ่มหนองปลิงใหม่" ไม่ตรงกับทะเบียน ("กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง") — ต้องตรงกับชื่อในทะเบียนกลุ่ม',
    'a.xlsx, sheet ข้อมูลการตรวจ, cell B3: group name "กลุ่มหนองปลิงใหม่" does not match the registry ("กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง") — expected the registered name',
  ],
  W_NO_ROWS: [
    'ไฟล์ a.xlsx แผ่นงาน ทะเบียนกลุ่ม: มีหัวตารางแต่ไม่มีแถวข้อมูล — ต้องมีอย่างน้อยหนึ่งแถวใต้หัวตาราง',
    'a.xlsx, sheet ทะเบียนกลุ่ม: there is a header row but no data rows — expected at least one row below the header',
  ],
  W_NOT_DATA_FILE: [
    'ไฟล์ registry/photo.jpg: ไม่ใช่ไฟล์ข้อมูล จึงไม่ได้อ่าน — ไฟล์ข้อมูลต้องเป็นไฟล์ .xlsx .xlsm .xls .ods หรือ .csv',
    'registry/photo.jpg: not a data file, so it was not read — data files must be .xlsx, .xlsm, .xls, .ods or .csv files',
  ],
  W_PROGRESS_INVALID: [
    'ไฟล์ b.xlsx แผ่นงาน แผนพัฒนา ช่อง H2: ความคืบหน้า "ครึ่งทาง" อ่านไม่ได้ จึงไม่แสดงความคืบหน้าของแถวนี้ (แถวแผนยังใช้ตามปกติ) — ต้องเป็น ยังไม่เริ่ม / กำลังดำเนินการ / เสร็จแล้ว',
    'b.xlsx, sheet แผนพัฒนา, cell H2: progress "ครึ่งทาง" cannot be read, so this row\'s progress is not shown (the plan row itself is used) — expected not started, in progress or done (ยังไม่เริ่ม / กำลังดำเนินการ / เสร็จแล้ว)',
  ],
  W_OWNER_NOT_ROLE: [
    'ไฟล์ b.xlsx แผ่นงาน แผนพัฒนา ช่อง F2: ผู้รับผิดชอบ "สม*********ัตน์" ไม่ใช่ตำแหน่งในรายชื่อตำแหน่ง อาจเป็นชื่อบุคคล จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "(ซ่อนข้อมูลส่วนบุคคล)" — ต้องเป็นตำแหน่งหรือคณะ เช่น ประธาน เหรัญญิก คณะกรรมการเงินกู้ (จังหวัดเพิ่มตำแหน่งได้ในโฟลเดอร์ data/roles/)',
    'b.xlsx, sheet แผนพัฒนา, cell F2: the person responsible "สม*********ัตน์" is not a role on the list of roles and may be a person\'s name, so it is hidden before publishing: the site shows "(ซ่อนข้อมูลส่วนบุคคล)" (personal data hidden) — expected a role or a committee such as ประธาน (chair), เหรัญญิก (treasurer) or คณะกรรมการเงินกู้ (loan committee); a province adds roles in data/roles/',
  ],
  W_PRIVATE_VALUE_ELSEWHERE: [
    'ไฟล์ content/km/story.md บรรทัด 12: เนื้อหา "ขอบคุณ(ซ่อนข้อมูลส่วนบุคคล)ที่ช่วย" มีข้อมูลส่วนบุคคลที่อ่านจาก registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell L4 จึงปิดส่วนนั้นไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "(ซ่อนข้อมูลส่วนบุคคล)" — ข้อความที่เผยแพร่ต้องไม่มีชื่อบุคคลหรือข้อมูลติดต่อ',
    'content/km/story.md, line 12: text "ขอบคุณ(ซ่อนข้อมูลส่วนบุคคล)ที่ช่วย" holds personal data read at registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell L4, so that part is hidden before publishing: the site shows "(ซ่อนข้อมูลส่วนบุคคล)" (personal data hidden) — published text must hold no person\'s name or contact',
  ],
  W_KM_NAME_PERSONAL: [
    'ไฟล์ content/km/081xxxxx78.md บรรทัด 1: ชื่อไฟล์บทความมีหมายเลขโทรศัพท์หรือเลขประจำตัวประชาชน ซึ่งจะกลายเป็นที่อยู่ของหน้าเว็บ จึงตั้งที่อยู่ใหม่ให้ — ให้เปลี่ยนชื่อไฟล์เป็นคำที่บอกเรื่อง เช่น registry-first.md',
    'content/km/081xxxxx78.md, line 1: the article\'s file name holds a phone number or national id, which would become the page\'s address, so it is given another address — rename the file after its subject, such as registry-first.md',
  ],
  W_SHEET_IGNORED: [
    'ไฟล์ a.xlsx แผ่นงาน สรุป: แผ่นงานนี้ไม่อยู่ในแบบฟอร์มทะเบียนกลุ่ม จึงไม่ได้อ่าน — แผ่นงานที่อ่านคือ ทะเบียนกลุ่ม',
    'a.xlsx, sheet สรุป: this sheet is not part of the registry layout and was not read — the sheets read are ทะเบียนกลุ่ม',
  ],
  W_SHEET_MISSING: [
    'ไฟล์ b.xlsx: สมุดตรวจสุขภาพไม่มีแผ่นงาน แผนพัฒนา จึงไม่มีแผนพัฒนา — ควรมีแผ่นงานนี้แม้ยังไม่มีแผน',
    'b.xlsx: the audit book has no sheet แผนพัฒนา, so there is no development plan — the sheet should be there even when empty',
  ],
  W_SHEET_RENAMED: [
    'ไฟล์ a.xlsx แผ่นงาน Sheet1: ชื่อแผ่นงานไม่ตรงแบบฟอร์ม แต่หัวตารางตรงกับทะเบียนกลุ่ม จึงอ่านเป็นทะเบียนกลุ่ม — ต้องตั้งชื่อแผ่นงานว่า ทะเบียนกลุ่ม',
    'a.xlsx, sheet Sheet1: the sheet name is not the template\'s, but its headers match the registry, so it was read as one — expected the sheet to be named ทะเบียนกลุ่ม',
  ],
  W_UNKNOWN_COLUMN: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง N2: คอลัมน์ "หมายเหตุภายใน" ไม่อยู่ในแบบฟอร์ม จึงไม่ได้นำไปใช้ — คอลัมน์ที่ใช้ได้คือ รหัสกลุ่ม, ชื่อกลุ่ม',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell N2: the column "หมายเหตุภายใน" is not in the template, so it is not used — the columns used are รหัสกลุ่ม, ชื่อกลุ่ม',
  ],
  W_UNKNOWN_LABEL: [
    'ไฟล์ b.xlsx แผ่นงาน งบการเงิน ช่อง A14: รายการ "หนี้สูญ" ไม่อยู่ในแบบฟอร์ม จึงไม่ได้นำไปใช้ — รายการที่ใช้ได้คือ สมาชิกต้นปี, …',
    'b.xlsx, sheet งบการเงิน, cell A14: the item "หนี้สูญ" is not in the template, so it is not used — the items used are สมาชิกต้นปี, …',
  ],
  W_VALUE_MISSING: [
    'ไฟล์ b.xlsx แผ่นงาน งบการเงิน ช่อง B13: ไม่ได้กรอกสวัสดิการที่จ่าย — ตัวชี้วัดที่ใช้ค่านี้จะถือว่าไม่มีข้อมูลและได้ 0 คะแนน',
    'b.xlsx, sheet งบการเงิน, cell B13: welfare paid is not filled in — indicators that use it count as missing and score 0',
  ],
  E_OVERDUE_ABOVE_LOANS: [
    'ไฟล์ b.xlsx แผ่นงาน งบการเงิน ช่อง B9: ลูกหนี้ค้างชำระ 900,000 มากกว่าลูกหนี้เงินกู้คงเหลือ 800,000 — ลูกหนี้ค้างชำระต้องไม่เกินลูกหนี้เงินกู้คงเหลือ',
    'b.xlsx, sheet งบการเงิน, cell B9: overdue loans 900,000 is more than loans outstanding 800,000 — overdue loans cannot exceed loans outstanding',
  ],
  E_SAVERS_ABOVE_MEMBERS: [
    'ไฟล์ b.xlsx แผ่นงาน งบการเงิน ช่อง B4: สมาชิกที่ส่งสัจจะครบทุกเดือน 105 มากกว่าสมาชิกสิ้นปี 104 — สมาชิกที่ส่งสัจจะครบทุกเดือนต้องไม่เกินสมาชิกสิ้นปี',
    'b.xlsx, sheet งบการเงิน, cell B4: members who saved every month 105 is more than members at end of year 104 — members who saved every month cannot exceed members at end of year',
  ],
  E_CRITERIA_NO_HEADER: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์: ไม่พบแถวหัวตาราง — ต้องมีแถวหัวตาราง รหัส | มิติ',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์: no header row found — expected a header row รหัส | มิติ',
  ],
  E_CRITERIA_MISSING_COLUMN: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ แถว 12: ไม่พบคอลัมน์ "คะแนนเต็ม" — ต้องมีคอลัมน์ตามแม่แบบเกณฑ์',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, row 12: column "คะแนนเต็ม" is missing — expected the columns of the criteria template',
  ],
  E_CRITERIA_SETTING: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง B3: ระดับ 1 ดี เมื่อคะแนนตั้งแต่ "แปดสิบ" ไม่ใช่ตัวเลข — ต้องเป็นตัวเลข เช่น 80',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell B3: ระดับ 1 ดี เมื่อคะแนนตั้งแต่ "แปดสิบ" is not a number — expected a number such as 80',
  ],
  E_CRITERIA_DIMENSION: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง B14: มิติ "X" ของ G2 ไม่อยู่ในรายการมิติ — ต้องเป็น G, M, B, F, S',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell B14: dimension "X" of G2 is not among the dimensions — expected one of G, M, B, F, S',
  ],
  E_CRITERIA_NO_ID: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์: ไม่มีรหัสชุดเกณฑ์ — ต้องมีแถว "รหัสชุดเกณฑ์" และรหัส เช่น nsw-2567 เพราะทุกคะแนนต้องบอกว่าใช้เกณฑ์ชุดใด',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์: the criteria set has no id — expected a row "รหัสชุดเกณฑ์" with an id such as nsw-2567: every score says which criteria it used',
  ],
  W_CRITERIA_DEFAULT_SETTING: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์: ไม่ได้กำหนด "ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่" จึงใช้ค่าของเกณฑ์ชุดเริ่มต้น 60 — ควรกำหนดค่านี้ในแผ่นงานเกณฑ์',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์: "ระดับ 2 ปานกลาง เมื่อคะแนนตั้งแต่" is not set, so the default set\'s 60 is used — expected it in the criteria sheet',
  ],
  E_CRITERIA_CODE: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง A14: รหัสตัวชี้วัด "ก2" ไม่ถูกรูปแบบ — ต้องเป็นอักษรตัวใหญ่ 1 ตัวตามด้วยตัวเลข เช่น F1',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell A14: indicator code "ก2" is not valid — expected a capital letter and digits, such as F1',
  ],
  E_CRITERIA_DUPLICATE: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง A14: รหัสตัวชี้วัด "G1" ซ้ำ — แต่ละรหัสต้องมีแถวเดียว',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell A14: indicator code "G1" is listed twice — expected one row per code',
  ],
  E_CRITERIA_MEASURE: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง E23: วิธีวัด "ratio:overdue/loans" ไม่ใช่อัตราส่วนของช่องข้อมูลการเงิน — ต้องเป็น answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell E23: measure "ratio:overdue/loans" is not a ratio of financial fields — expected answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
  ],
  E_CRITERIA_POINTS: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง F14: คะแนนเต็มของ G2 "แปด" ไม่ใช่ตัวเลขที่มากกว่า 0 — ต้องเป็นตัวเลข เช่น 5',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell F14: full points of G2 "แปด" is not a number above 0 — expected a number such as 5',
  ],
  E_CRITERIA_BANDS: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง G23: เกณฑ์คะแนน "น้อยกว่า 5%:10" อ่านไม่ได้ — ต้องเขียน เช่น ">=90%:6; >=75%:3" / "70%-90%:6; 50%-<70%:3"',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell G23: scoring rule "น้อยกว่า 5%:10" cannot be read — expected rules such as ">=90%:6; >=75%:3" / "70%-90%:6; 50%-<70%:3"',
  ],
  W_CRITERIA_PERCENT_SIGN: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง G17: ค่า 90 ไม่มีเครื่องหมาย % จึงอ่านเป็นสัดส่วน 90 เท่า — ถ้าหมายถึงร้อยละ 90 ให้เขียน 90%',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell G17: the value 90 has no % sign, so it is read as 90 times — write 90% if you mean 90 percent',
  ],
  E_CRITERIA_RED_FLAG: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง H23: ธงแดง "มาก" อ่านไม่ได้ — ต้องเป็น no หรือ >20%',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell H23: red flag "มาก" cannot be read — expected no or >20%',
  ],
  E_CRITERIA_EMPTY: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์: ไม่มีแถวตัวชี้วัด — ต้องมีตัวชี้วัดอย่างน้อย 1 แถวใต้หัวตาราง',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์: there are no indicator rows — expected at least one indicator row under the header',
  ],
  E_CRITERIA_TOTAL: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง F5: คะแนนเต็มรวม 1095 ไม่ใช่ 100 จึงไม่ได้ใช้เกณฑ์นี้ ใช้เกณฑ์ชุดเริ่มต้น omsap-2567 แทน — คะแนนเต็มของทุกตัวชี้วัดต้องรวมได้ 100',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell F5: full points add up to 1095, not 100, so these criteria are not used (the default criteria omsap-2567 are) — expected the full points of all indicators to add up to 100',
  ],
  E_CRITERIA_OUTWEIGHS: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง F9: B1 ได้คะแนนเต็ม "60" มากกว่าตัวชี้วัดอื่นทั้งหมดในมิติ B รวมกัน (12) ตัวชี้วัดเดียวจึงตัดสินทั้งมิติ ไม่ได้ใช้เกณฑ์นี้ ใช้เกณฑ์ชุดเริ่มต้น omsap-2567 แทน — คะแนนเต็มของตัวชี้วัดหนึ่งต้องไม่เกินคะแนนรวมของตัวชี้วัดอื่นในมิติเดียวกัน',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell F9: B1 gives "60" full points, more than all the other indicators of dimension B together (12), so one indicator decides the whole dimension and these criteria are not used (the default criteria omsap-2567 are) — expected an indicator\'s full points no higher than the other indicators of its dimension together',
  ],
  E_CRITERIA_INVALID: [
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์: เกณฑ์ไม่ถูกต้อง (levels.good expected number) — ต้องเป็นตารางเกณฑ์ตามแม่แบบ',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์: the criteria are not valid (levels.good expected number) — expected a criteria table as in the template',
  ],
  E_ID_PERSONAL_DATA: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง A5: รหัสกลุ่ม "081xxxxx78" เป็นหมายเลขโทรศัพท์ ไม่ใช่รหัสกลุ่ม จึงไม่ได้นำไปใช้ — ต้องเป็นรหัสกลุ่ม เช่น 6001001',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell A5: group id "081xxxxx78" is a phone number, not a group id, so it is not used — expected a group id such as 6001001',
  ],
  E_KM_DATE_INVALID: [
    'ไฟล์ content/km/a.md บรรทัด 6: วันที่ของบทความ "30/02/2567" ไม่ถูกต้องหรือไม่มีอยู่จริง บทความจึงไม่ได้เผยแพร่ — ต้องเป็นวันที่ พ.ศ. หรือ ค.ศ. เช่น 2567-07-15 หรือ 15/7/2567',
    'content/km/a.md, line 6: article date "30/02/2567" is not a date that exists, so the article is not published — expected a BE or CE date such as 2567-07-15 or 15/7/2567',
  ],
  E_KM_FIELD_MISSING: [
    'ไฟล์ content/km/a.md บรรทัด 1: ส่วนหัวของบทความไม่มีชื่อเรื่อง บทความจึงไม่ได้เผยแพร่ — ต้องมีบรรทัด title: "ชื่อเรื่อง"',
    'content/km/a.md, line 1: the article\'s front matter has no title, so it is not published — expected a line title: "…"',
  ],
  E_KM_FRONT_MATTER_LINE: [
    'ไฟล์ content/km/a.md บรรทัด 4: อ่านบรรทัดนี้ของส่วนหัวไม่ได้ "ผู้เขียน นางสาวกมลวรรณ" บทความจึงไม่ได้เผยแพร่ — ต้องเป็น ชื่อ: ค่า เช่น title: "…" หรือรายการที่ขึ้นต้นด้วย -',
    'content/km/a.md, line 4: this front-matter line cannot be read "ผู้เขียน นางสาวกมลวรรณ", so the article is not published — expected key: value such as title: "…", or a list item starting with -',
  ],
  E_KM_FRONT_MATTER_OPEN: [
    'ไฟล์ content/km/a.md บรรทัด 1: ส่วนหัวของบทความไม่มีบรรทัดปิด --- จึงไม่ได้เผยแพร่ — ต้องปิดส่วนหัวด้วยบรรทัดที่มีเพียง ---',
    'content/km/a.md, line 1: the article\'s front matter is never closed, so it is not published — expected a line holding only --- after it',
  ],
  E_KM_NO_FRONT_MATTER: [
    'ไฟล์ content/km/a.md บรรทัด 1: บทความไม่มีส่วนหัว (front matter) จึงไม่ได้เผยแพร่ — ต้องขึ้นต้นไฟล์ด้วยบรรทัด --- ตามด้วย title: และ date: แล้วปิดด้วยบรรทัด ---',
    'content/km/a.md, line 1: the article has no front matter, so it is not published — expected the file to start with a line ---, then title: and date:, closed by a line ---',
  ],
  W_KM_IMAGE_DROPPED: [
    'ไฟล์ content/km/a.md บรรทัด 14: รูปภาพ "https://tracker.example/p.gif" อยู่บนเว็บไซต์อื่น ซึ่งจะรู้ได้ว่าใครเปิดอ่านบทความ จึงไม่แสดงในบทความ — รูปภาพต้องเป็นไฟล์ .png .jpg .gif .webp หรือ .avif ในโฟลเดอร์ content/km/ อ้างด้วยชื่อไฟล์ เช่น ![คำอธิบายภาพ](ภาพ.jpg)',
    'content/km/a.md, line 14: the picture "https://tracker.example/p.gif" is on another host, which would learn of every reader, so it is not shown in the article — expected a .png, .jpg, .gif, .webp or .avif file in content/km/, named by its file name such as ![what it shows](picture.jpg)',
  ],
  E_KM_FILE_TOO_LARGE: [
    'ไฟล์ content/km/a.md: ไฟล์บทความใหญ่เกินไป (5.0 MB) จึงไม่ได้อ่านและไม่ได้เผยแพร่ — ไฟล์บทความต้องไม่เกิน 1.0 MB รูปภาพให้บันทึกเป็นไฟล์แยกใน content/km/',
    'content/km/a.md: the article file is too large (5.0 MB), so it was not read nor published — expected an article file of at most 1.0 MB; keep pictures as files of their own in content/km/',
  ],
  E_KM_TOO_LONG: [
    'ไฟล์ content/km/a.md บรรทัด 2: ชื่อเรื่องยาวเกินไป: 5,242,880 ตัวอักษร บทความจึงไม่ได้เผยแพร่ — ต้องไม่เกิน 200 ตัวอักษร',
    'content/km/a.md, line 2: title too long: 5,242,880 characters, so the article is not published — expected at most 200 characters',
  ],
  E_KM_TOO_MANY_TAGS: [
    'ไฟล์ content/km/a.md บรรทัด 6: บทความมีหัวข้อ 21 รายการ บทความจึงไม่ได้เผยแพร่ — ต้องมีไม่เกิน 20 รายการ',
    'content/km/a.md, line 6: the article has 21 tags, so it is not published — expected at most 20',
  ],
  E_KM_SLUG_DUPLICATE: [
    'ไฟล์ content/km/A.md บรรทัด 1: ชื่อไฟล์ให้ที่อยู่หน้าเว็บ /km/a/ ซ้ำกับไฟล์ content/km/a.md บทความนี้จึงไม่ได้เผยแพร่ — ต้องตั้งชื่อไฟล์บทความไม่ให้ซ้ำกัน',
    'content/km/A.md, line 1: the file name gives the page address /km/a/, as content/km/a.md does, so this article is not published — expected article file names that differ',
  ],
  E_LINK_SKIPPED: [
    'ไฟล์ audits/2567: เป็นลิงก์ (ทางลัด) ที่ชี้ไปยัง "/mnt/usb/audits/2567" จึงไม่ได้เปิดตาม สิ่งที่ลิงก์ชี้ไปจึงไม่ได้อ่าน — ต้องคัดลอกไฟล์หรือโฟลเดอร์ตัวจริงมาไว้ใน data/ แทนลิงก์',
    'audits/2567: a link (shortcut) to "/mnt/usb/audits/2567", so it was not followed and what it points to was not read — copy the real file or folder into data/ instead of the link',
  ],
  W_PERSONAL_DATA_MASKED: [
    'ไฟล์ audits/2567/6001001.xlsx แผ่นงาน แผนพัฒนา ช่อง E3: กิจกรรม "ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21" มีหมายเลขโทรศัพท์ จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "(ซ่อนข้อมูลส่วนบุคคล)" — ข้อความที่เผยแพร่ต้องไม่มีเบอร์โทรศัพท์หรือเลขประจำตัวประชาชน ให้ลบออกจากต้นฉบับ',
    'audits/2567/6001001.xlsx, sheet แผนพัฒนา, cell E3: activity "ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21" holds a phone number, so it is hidden before publishing: the site shows "(ซ่อนข้อมูลส่วนบุคคล)" (personal data hidden) — published text must hold no phone number or national id; remove it from the source',
  ],
  W_PRIVATE_VALUE_MASKED: [
    'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง B5: ชื่อกลุ่ม "นา*********ดี" ตรงกับประธานกลุ่มที่ช่อง N5 ซึ่งเป็นข้อมูลส่วนบุคคล จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "(ซ่อนข้อมูลส่วนบุคคล)" — ต้องกรอกชื่อกลุ่ม ไม่ใช่ชื่อบุคคลหรือข้อมูลติดต่อ',
    'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell B5: group name "นา*********ดี" is the same as the chair in cell N5, which is personal data, so it is hidden before publishing: the site shows "(ซ่อนข้อมูลส่วนบุคคล)" — expected the group name, not a person\'s name or contact',
  ],
  W_SPECIAL_FILE: [
    'ไฟล์ audits/pipe: ไม่ใช่ไฟล์ธรรมดา แต่เป็นท่อส่งข้อมูล (named pipe) จึงไม่ได้เปิด — ไฟล์ข้อมูลต้องเป็นไฟล์ .xlsx .xlsm .xls .ods หรือ .csv',
    'audits/pipe: not a regular file but a named pipe (FIFO), so it was not opened — data files must be .xlsx, .xlsm, .xls, .ods or .csv files',
  ],
  W_TEXT_NOT_TABLE: [
    'ไฟล์ registry/notes.txt: ไฟล์ข้อความนี้ไม่ใช่ตารางทะเบียนหรือผลการตรวจรวม จึงไม่ได้ใช้ — ไฟล์ .txt จะอ่านเมื่อเป็นตารางที่บันทึกจาก Excel แบบ "Unicode Text" (คั่นด้วยแท็บ) หรือแบบ CSV และมีแถวหัวตารางตามแม่แบบ',
    'registry/notes.txt: this text file is not a registry or batch table, so it is not used — a .txt file is read when it is a table saved by Excel as "Unicode Text" (tab-separated) or as CSV, with the template\'s header row',
  ],
  W_KM_LANG_UNKNOWN: [
    'ไฟล์ content/km/a.en.md บรรทัด 7: ภาษาของบทความ "english" ไม่รู้จัก จึงถือว่าเป็นภาษาไทย — ต้องเป็น th (ภาษาไทย) หรือ en (ภาษาอังกฤษ ฉบับภาษาอังกฤษของบทความที่ชื่อไฟล์เดียวกัน)',
    'content/km/a.en.md, line 7: article language "english" is not known, so the article is taken as Thai — expected th (Thai) or en (English, the English version of the article of the same file name)',
  ],
  W_KM_INDICATOR_UNKNOWN: [
    'ไฟล์ content/km/a.md บรรทัด 8: รหัสตัวชี้วัดของบทความ "X9" ไม่มีในเกณฑ์ omsap-2567 จึงไม่ได้เชื่อมบทความกับรหัสนี้ — ต้องเป็นรหัสตัวชี้วัดของเกณฑ์ที่ใช้ ได้แก่ G1, F1',
    'content/km/a.md, line 8: article indicator code "X9" is not in the criteria omsap-2567, so the article is not linked to it — expected a code of the criteria in use: G1, F1',
  ],
  W_FILE_COPY: [
    'ไฟล์ registry/r.csv: ไฟล์นี้เป็นสำเนาของ registry/r.xlsx: ข้อมูลทั้ง 164 รายการซ้ำกันทุกค่าที่เผยแพร่ จึงไม่ได้ใช้ซ้ำ (ใช้จาก registry/r.xlsx) — ให้ลบหรือย้ายไฟล์สำเนานี้ออกจากโฟลเดอร์ data',
    'registry/r.csv: this file is a copy of registry/r.xlsx: all 164 of its records repeat it in every published value, so it is not used again (the data comes from registry/r.xlsx) — remove this copy from the data folder',
  ],
  W_ROWS_REPEATED: [
    'ไฟล์ registry/r.csv ช่อง A3: 2 แถวในไฟล์นี้ (แถวแรกคือ รหัสกลุ่ม "6001001") ซ้ำกับแถวใน registry/r.xlsx ทุกค่าที่เผยแพร่ จึงใช้เพียงครั้งเดียว — ข้อมูลแต่ละรายการควรอยู่ในไฟล์เดียว',
    'registry/r.csv, cell A3: 2 row(s) of this file (the first: group id "6001001") repeat rows of registry/r.xlsx in every published value, so each is used once — expected each record in one file only',
  ],
};

/** Codes whose sentence depends on a detail (`reason`): the other forms, pinned too. */
const VARIANTS: [IssueCode, Parameters<typeof makeIssue>[1], string, string][] = [
  [
    'E_CRITERIA_SETTING',
    { ...crit, detail: { reason: 'order', fair: '90', good: '80' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์: เกณฑ์ระดับปานกลาง 90 สูงกว่าระดับดี 80 — ต้องไม่สูงกว่าเกณฑ์ระดับดี',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์: the fair threshold 90 is above the good threshold 80 — expected it no higher than the good threshold',
  ],
  [
    'E_CRITERIA_DIMENSION',
    { ...crit, cell: 'B6', found: 'Q', expected: { th: 'G, M, B, F, S', en: 'G, M, B, F, S' }, detail: { reason: 'unknown' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง B6: มิติ "Q" ไม่รู้จัก — ต้องเป็น G, M, B, F, S',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell B6: dimension "Q" is not known — expected one of G, M, B, F, S',
  ],
  [
    'E_CRITERIA_DIMENSION',
    { ...crit, cell: 'B7', found: 'G', detail: { reason: 'twice' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง B7: มิติ "G" ซ้ำ — ต้องมีแถวละหนึ่งมิติ',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell B7: dimension "G" is listed twice — expected one row per dimension',
  ],
  [
    'E_CRITERIA_MEASURE',
    { ...crit, cell: 'E13', found: 'answer:maybe', detail: { reason: 'answerType', arg: 'maybe' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง E13: วิธีวัด "answer:maybe" ไม่รู้จักชนิดคำตอบ "maybe" — ต้องเป็น answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell E13: measure "answer:maybe" has an unknown answer type "maybe" — expected answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
  ],
  [
    'E_CRITERIA_MEASURE',
    { ...crit, cell: 'E13', found: 'positive:wealth', detail: { reason: 'field', arg: 'wealth' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง E13: วิธีวัด "positive:wealth" อ้างช่องข้อมูลการเงิน "wealth" ที่ไม่มี — ต้องเป็น answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell E13: measure "positive:wealth" names an unknown financial field "wealth" — expected answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
  ],
  [
    'E_CRITERIA_MEASURE',
    { ...crit, cell: 'E13', found: 'guess', detail: { reason: 'unknown' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง E13: วิธีวัด "guess" ไม่รู้จัก — ต้องเป็น answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell E13: measure "guess" is not recognised — expected answer:yesno | answer:count | answer:percent | ratio:<fields>/<fields> | positive:<field> | positive+answer:<field>',
  ],
  [
    'E_CRITERIA_BANDS',
    { ...crit, cell: 'G13', found: '>=1:5', detail: { reason: 'yesNo', code: 'G1' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง G13: G1 เป็นตัวชี้วัดแบบใช่/ไม่ใช่ แต่มีเกณฑ์คะแนน ">=1:5" — ต้องเว้นว่าง: ใช่ได้คะแนนเต็ม ไม่ใช่ได้ 0',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell G13: G1 is a yes/no indicator but has scoring rules ">=1:5" — expected empty: yes scores full points, no scores 0',
  ],
  [
    'E_CRITERIA_BANDS',
    { ...crit, cell: 'G14', detail: { reason: 'empty', code: 'G2' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง G14: G2 ไม่มีเกณฑ์คะแนน — ต้องเขียน เช่น ">=90%:6; >=75%:3" / "70%-90%:6; 50%-<70%:3"',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell G14: G2 has no scoring rules — expected rules such as ">=90%:6; >=75%:3" / "70%-90%:6; 50%-<70%:3"',
  ],
  [
    'E_CRITERIA_BANDS',
    { ...crit, cell: 'G14', detail: { reason: 'over', code: 'G2', points: '9', max: '8' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง G14: G2 ให้ 9 คะแนน เกินคะแนนเต็ม 8 — คะแนนในเกณฑ์ต้องไม่เกินคะแนนเต็ม',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell G14: G2 gives 9 points, more than its full 8 — expected points no higher than the full points',
  ],
  [
    'E_CRITERIA_RED_FLAG',
    { ...crit, cell: 'H23', detail: { reason: 'misfit', code: 'F1' } },
    'ไฟล์ criteria/นครสวรรค์.xlsx แผ่นงาน เกณฑ์ ช่อง H23: ธงแดงของ F1 ไม่เข้ากับวิธีวัด — ตัวชี้วัดแบบใช่/ไม่ใช่ใช้ "no" ตัวชี้วัดแบบตัวเลขใช้ ">ค่า"',
    'criteria/นครสวรรค์.xlsx, sheet เกณฑ์, cell H23: the red flag of F1 does not fit its measure — expected "no" for a yes/no indicator and ">value" for a numeric one',
  ],
];

describe('issue messages', () => {
  it('personal data and KM articles, word for word', () => {
    const masked = makeIssue('W_PERSONAL_DATA_MASKED', CASES.W_PERSONAL_DATA_MASKED);
    expect(masked.th).toBe(
      'ไฟล์ audits/2567/6001001.xlsx แผ่นงาน แผนพัฒนา ช่อง E3: กิจกรรม "ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21" มีหมายเลขโทรศัพท์ จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "(ซ่อนข้อมูลส่วนบุคคล)" — ข้อความที่เผยแพร่ต้องไม่มีเบอร์โทรศัพท์หรือเลขประจำตัวประชาชน ให้ลบออกจากต้นฉบับ',
    );
    expect(masked.en).toBe(
      'audits/2567/6001001.xlsx, sheet แผนพัฒนา, cell E3: activity "ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21" holds a phone number, so it is hidden before publishing: the site shows "(ซ่อนข้อมูลส่วนบุคคล)" (personal data hidden) — published text must hold no phone number or national id; remove it from the source',
    );
    const same = makeIssue('W_PRIVATE_VALUE_MASKED', CASES.W_PRIVATE_VALUE_MASKED);
    expect(same.th).toBe(
      'ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง B5: ชื่อกลุ่ม "นา*********ดี" ตรงกับประธานกลุ่มที่ช่อง N5 ซึ่งเป็นข้อมูลส่วนบุคคล จึงปิดไว้ก่อนเผยแพร่ เว็บไซต์แสดงเป็น "(ซ่อนข้อมูลส่วนบุคคล)" — ต้องกรอกชื่อกลุ่ม ไม่ใช่ชื่อบุคคลหรือข้อมูลติดต่อ',
    );
    expect(same.en).toBe(
      'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell B5: group name "นา*********ดี" is the same as the chair in cell N5, which is personal data, so it is hidden before publishing: the site shows "(ซ่อนข้อมูลส่วนบุคคล)" — expected the group name, not a person\'s name or contact',
    );
    expect(makeIssue('E_ID_PERSONAL_DATA', CASES.E_ID_PERSONAL_DATA).en).toBe(
      'registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell A5: group id "081xxxxx78" is a phone number, not a group id, so it is not used — expected a group id such as 6001001',
    );
    const date = makeIssue('E_KM_DATE_INVALID', CASES.E_KM_DATE_INVALID);
    expect(date.th).toBe('ไฟล์ content/km/a.md บรรทัด 6: วันที่ของบทความ "30/02/2567" ไม่ถูกต้องหรือไม่มีอยู่จริง บทความจึงไม่ได้เผยแพร่ — ต้องเป็นวันที่ พ.ศ. หรือ ค.ศ. เช่น 2567-07-15 หรือ 15/7/2567');
    expect(date.en).toBe('content/km/a.md, line 6: article date "30/02/2567" is not a date that exists, so the article is not published — expected a BE or CE date such as 2567-07-15 or 15/7/2567');
    expect(date).toMatchObject({ severity: 'error', file: 'content/km/a.md', line: 6, field: 'articleDate' });
    expect(makeIssue('E_KM_FIELD_MISSING', CASES.E_KM_FIELD_MISSING).th).toBe(
      'ไฟล์ content/km/a.md บรรทัด 1: ส่วนหัวของบทความไม่มีชื่อเรื่อง บทความจึงไม่ได้เผยแพร่ — ต้องมีบรรทัด title: "ชื่อเรื่อง"',
    );
    expect(makeIssue('E_KM_FRONT_MATTER_LINE', CASES.E_KM_FRONT_MATTER_LINE).en).toBe(
      'content/km/a.md, line 4: this front-matter line cannot be read "ผู้เขียน นางสาวกมลวรรณ", so the article is not published — expected key: value such as title: "…", or a list item starting with -',
    );
  });

  it('the example of DESIGN §6, word for word', () => {
    const i = makeIssue('E_DATE_INVALID', CASES.E_DATE_INVALID);
    expect(i.th).toBe('ไฟล์ registry/ทะเบียน.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง E12: วันที่จัดตั้ง "31/2/2559" ไม่มีอยู่จริง — ต้องเป็นวันที่ เช่น 28/6/2559');
    expect(i.en).toBe('registry/ทะเบียน.xlsx, sheet ทะเบียนกลุ่ม, cell E12: founded date "31/2/2559" does not exist — expected a date such as 28/6/2559');
    expect(i).toMatchObject({ severity: 'error', code: 'E_DATE_INVALID', sheet: 'ทะเบียนกลุ่ม', cell: 'E12', field: 'founded', found: '31/2/2559' });
  });

  it('values in sentences are the reader\'s: dates in the Buddhist Era in Thai, the Common Era in English; statuses in words (issue 12)', () => {
    // 2019-03-01 is 1 March 2562 BE (2019 + 543); 2020-01-15 is 15 January 2563 BE.
    expect(differences([{ field: 'founded', here: '2019-03-01', there: '2020-01-15' }], [])).toEqual({
      diffTh: 'วันที่จัดตั้ง "1 มีนาคม 2562" กับ "15 มกราคม 2563"',
      diffEn: 'founded date "1 March 2019" vs "15 January 2020"',
    });
    expect(differences([{ field: 'status', here: 'active', there: 'dissolved' }], [])).toEqual({
      diffTh: 'สถานะ "ดำเนินการ" กับ "ยุบเลิก"',
      diffEn: 'status "active" vs "dissolved"',
    });
  });

  it('every code has a case and a wording here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(Object.keys(WORDING).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it.each(Object.keys(MESSAGES) as IssueCode[])('%s', (code) => {
    const i = makeIssue(code, CASES[code]);
    expect(IssueSchema.parse(i)).toEqual(i);
    expect(i.severity).toBe(code.startsWith('E_') ? 'error' : 'warning');
    expect([i.th, i.en]).toEqual(WORDING[code]);
  });

  it.each(VARIANTS)('%s, another form', (code, input, th, en) => {
    const i = makeIssue(code, input);
    expect([i.th, i.en]).toEqual([th, en]);
  });
});
