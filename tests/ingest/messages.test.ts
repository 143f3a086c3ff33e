import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../src/lib/issues/make-issue';
import { type IssueCode, MESSAGES, didYouMean, differences } from '../../src/lib/issues/messages';
import { IssueSchema } from '../../src/lib/schema/issue';

/**
 * Every message of the catalogue, pinned (Starlight-style): a change of wording shows up here and is
 * reviewed. Each case gives the place and values; the snapshot holds the Thai and English sentences.
 */
const at = { file: 'registry/ทะเบียน.xlsx', sheet: 'ทะเบียนกลุ่ม', cell: 'E12' };
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
  W_OWNER_PERSON: { file: 'b.xlsx', sheet: 'แผนพัฒนา', cell: 'F2', field: 'owner' },
  E_PLAN_TOPIC_EMPTY: { file: 'b.xlsx', sheet: 'แผนพัฒนา', cell: 'B3', field: 'topic' },
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
  W_ROWS_REPEATED: { file: 'registry/r.csv', sheet: '', cell: 'A3', field: 'id', found: '6001001', detail: { other: 'registry/r.xlsx', count: 2 } },
  W_FILE_COPY: { file: 'registry/r.csv', detail: { other: 'registry/r.xlsx', count: 164 } },
};

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

  it('every code has a case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  for (const code of Object.keys(MESSAGES) as IssueCode[]) {
    it(code, () => {
      const i = makeIssue(code, CASES[code]);
      expect(IssueSchema.parse(i)).toEqual(i);
      expect(i.severity).toBe(code.startsWith('E_') ? 'error' : 'warning');
      expect(i.th).not.toMatch(/undefined|\[object|—\s*$/);
      expect(i.en).not.toMatch(/undefined|\[object|—\s*$/);
      expect({ th: i.th, en: i.en }).toMatchSnapshot();
    });
  }
});
