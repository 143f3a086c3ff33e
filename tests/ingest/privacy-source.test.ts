/**
 * Privacy at the source (DESIGN §8): ingest masks personal numbers in every value it publishes and a value equal
 * to a private value of the same record, reporting file, sheet and cell with a masked form; placeholders, place
 * names and short values of private columns are no private values; only headers that name a person or a contact
 * make a column private.
 */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index';
import { looksPersonal } from '../../src/ingest/headers';
import { isPrivateValue } from '../../src/lib/privacy/private-value';
import { dataDir } from './helpers';

function xlsx(sheets: Record<string, unknown[][]>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' });
}

// Row 1 is the header; A id, B name, C village, D moo, E sub-district, F district, G province, H chair, I phone.
const HEADER = ['รหัสกลุ่ม', 'ชื่อกลุ่ม', 'บ้าน', 'หมู่ที่', 'ตำบล', 'อำเภอ', 'จังหวัด', 'ประธานกลุ่ม', 'โทรศัพท์'];
const PLACE = ['ปากน้ำโพ', 'เมืองนครสวรรค์', 'นครสวรรค์'];
const row = (id: string, name: string, village: string, chair: string, phone: string) => [id, name, village, '4', ...PLACE, chair, phone];

describe('masking published values', () => {
  it('masks a phone in the village, a chair typed as the group name, and reports each cell without the value', async () => {
    const data = dataDir({
      'registry/r.xlsx': xlsx({
        ทะเบียนกลุ่ม: [
          HEADER,
          row('6001001', 'กลุ่มออมทรัพย์บ้านโคกปลิง', 'Tel.0891234567', 'นายสำราญ อินทร์แก้ว', '089-263-9953'),
          row('6001002', 'นางสาวสายสุนีย์ พรหมมา', 'บ้านนากระโดน', 'นางสาวสายสุนีย์ พรหมมา', '-'),
        ],
      }),
    });
    const r = await ingest(data);
    const [a, b] = r.registry;
    expect(a!.village).toBe('Tel.(ซ่อนข้อมูลส่วนบุคคล)');
    expect(b!.name).toBe('(ซ่อนข้อมูลส่วนบุคคล)');
    expect(r.issues.map((i) => [i.code, i.file, i.sheet, i.cell, i.found])).toEqual([
      ['W_PERSONAL_DATA_MASKED', 'registry/r.xlsx', 'ทะเบียนกลุ่ม', 'C2', 'Tel.089xxxxx67'],
      // "นางสาวสายสุนีย์ พรหมมา": 6 + 9 + 1 + 6 = 22 code points; ⌊22 / 5⌋ = 4 stay at each end, 14 are hidden
      ['W_PRIVATE_VALUE_MASKED', 'registry/r.xlsx', 'ทะเบียนกลุ่ม', 'B3', 'นางส**************หมมา'],
    ]);
    expect(r.issues[1]!.th).toContain('ตรงกับประธานกลุ่มที่ช่อง H3');
    expect(JSON.stringify(r.issues)).not.toContain('0891234567');
    expect(JSON.stringify(r.issues)).not.toContain('สายสุนีย์');
    // The gate knows where each was read, and never the dist/ side of it.
    expect(r.origins.get('0891234567')).toBe('registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell C2');
    // Keyed as the gate reads values: lower case, no blank (a name split over two <span>s is still found).
    expect(r.origins.get('นางสาวสายสุนีย์พรหมมา')).toBe('registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell H3');
    expect(r.origins.get('089-263-9953')).toBe('registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell I2');
  });

  it('masks a phone in a development-plan activity and rejects a group id that is a phone number', async () => {
    const book = xlsx({
      ข้อมูลการตรวจ: [['รหัสกลุ่ม', '6001001'], ['วันที่ตรวจ', '28/6/2567']],
      งบการเงิน: [['สมาชิกต้นปี', 100]],
      ตัวชี้วัด: [['รหัส', 'ผล'], ['G1', 'มี']],
      แผนพัฒนา: [['ตัวชี้วัด/ประเด็น', 'กิจกรรม'], ['F1', 'ติดต่อพัฒนากรตำบล โทร.089-765-4321']],
    });
    const data = dataDir({
      'registry/r.xlsx': xlsx({ ทะเบียนกลุ่ม: [HEADER, row('6001001', 'กลุ่มหนึ่ง', 'บ้านหนึ่ง', '-', '-'), row('081-234-5678', 'กลุ่มสอง', 'บ้านสอง', '-', '-')] }),
      'audits/2567/6001001.xlsx': book,
    });
    const r = await ingest(data);
    expect(r.audits[0]!.plan[0]!.activity).toBe('ติดต่อพัฒนากรตำบล โทร.(ซ่อนข้อมูลส่วนบุคคล)');
    expect(r.registry.map((g) => g.id)).toEqual(['6001001']);
    const pick = (code: string) => r.issues.filter((i) => i.code === code).map((i) => [i.file, i.sheet, i.cell, i.found]);
    expect(pick('W_PERSONAL_DATA_MASKED')).toEqual([['audits/2567/6001001.xlsx', 'แผนพัฒนา', 'B2', 'ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21']]);
    expect(pick('E_ID_PERSONAL_DATA')).toEqual([['registry/r.xlsx', 'ทะเบียนกลุ่ม', 'A3', '081-xxx-xx78']]);
  });
});

describe('private columns without false alarms', () => {
  it('placeholders, place names and short values in private columns are not private values', async () => {
    const data = dataDir({
      'registry/r.xlsx': xlsx({
        ทะเบียนกลุ่ม: [
          [...HEADER, 'ชื่อหมู่บ้าน', 'Line ID'],
          [...row('6001001', 'กลุ่มหนึ่ง', 'บ้านหนึ่ง', 'นครสวรรค์', 'ไม่มี'), 'บ้านหนึ่ง', 'somchai.j'],
          [...row('6001002', 'กลุ่มสอง', 'บ้านสอง', 'จ.นครสวรรค์', '-'), 'บ้านสอง', 'n/a'],
          [...row('6001003', 'กลุ่มสาม', 'บ้านสาม', 'ไม่ระบุ', 'ไม่ทราบ'), 'บ้านสาม', ''],
          [...row('6001004', 'กลุ่มสี่', 'บ้านสี่', 'นาย', '2567'), 'บ้านสี่', 'N/A'],
          [...row('6001005', 'กลุ่มห้า', 'บ้านห้า', 'ต.ปากน้ำโพ อ.เมืองนครสวรรค์', '–'), 'บ้านห้า', 'ไม่มีไลน์'],
        ],
      }),
    });
    const r = await ingest(data);
    expect(r.registry).toHaveLength(5);
    // Only the Line id is a private value: every other value of a private column is a placeholder, a place or too short.
    expect(r.privateValues).toEqual(['somchai.j']);
    expect(r.issues.map((i) => [i.code, i.cell, i.found])).toEqual([
      ['W_UNKNOWN_COLUMN', 'J1', 'ชื่อหมู่บ้าน'],
      ['W_UNKNOWN_COLUMN', 'K1', 'Line ID'],
    ]);
  });

  it('decides private values by hand-picked cases', () => {
    const place = (s: string) => s === 'นครสวรรค์';
    for (const v of ['-', '–', 'ไม่มี', 'ไม่ระบุ', 'n/a', 'N/A', 'ไม่ทราบ', '', '  ', 'ไม่มีเบอร์', 'นาย', 'ป้า', '2567', '12345678', 'นครสวรรค์']) {
      expect(isPrivateValue(v, place), v).toBe(false);
    }
    for (const v of ['นายสมชาย ใจดี', 'สมชาย', '089-263-9953', '0892639953', '1788933214200', 'somchai.j', '134 หมู่ 15 ต.ปากน้ำโพ']) {
      expect(isPrivateValue(v, place), v).toBe(true);
    }
  });

  it('a header is private only when it names a person or a contact', () => {
    for (const h of ['ชื่อประธาน', 'ชื่อ-สกุล', 'ชื่อ-นามสกุล', 'ชื่อ นามสกุล', 'ชื่อ', 'เบอร์', 'เบอร์โทร', 'มือถือ', 'e-mail', 'Email', 'ไลน์', 'Line ID', 'LINE', 'ผู้ประสานงาน', 'เหรัญญิก', 'ชื่อกรรมการ', 'ที่อยู่ประธาน', 'Contact person']) {
      expect(looksPersonal(h), h).toBe(true);
    }
    for (const h of ['ชื่อหมู่บ้าน', 'ชื่อตำบล', 'ชื่อโครงการ', 'หมายเหตุ', 'จำนวนกรรมการ', 'deadline', 'online', 'baseline', 'ประเภทกลุ่ม']) {
      expect(looksPersonal(h), h).toBe(false);
    }
  });
});
