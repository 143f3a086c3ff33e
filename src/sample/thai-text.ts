/** Thai text the generator writes: Buddhist-Era dates, Thai digits, village names. Pure. */
import type { Rng } from './prng';
import { THAI_MONTHS_LONG as THAI_MONTHS, THAI_MONTHS_SHORT as THAI_MONTHS_ABBR } from '../lib/thai/months';
import { toBE } from '../lib/thai/buddhist-era';

/** ASCII digits → Thai digits ๐–๙. */
export function toThaiDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + d.charCodeAt(0) - 0x30));
}

export interface Ymd { y: number; m: number; d: number }

export function parseIso(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Excel serial (1900 system) of an ISO date: days since 1899-12-30. */
export function excelSerial(isoDate: string): number {
  const { y, m, d } = parseIso(isoDate);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The ways officers write a date as text. */
export type DateTextStyle = 'slash' | 'slash0' | 'dash' | 'abbr' | 'long' | 'thaiDigitsAbbr' | 'twoDigitYear';

/** An ISO date written the way a Thai officer types it, Buddhist Era. */
export function beDateText(isoDate: string, style: DateTextStyle): string {
  const { y, m, d } = parseIso(isoDate);
  const be = toBE(y);
  switch (style) {
    case 'slash':
      return `${d}/${m}/${be}`;
    case 'slash0':
      return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${be}`;
    case 'dash':
      return `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${be}`;
    case 'abbr':
      return `${d} ${THAI_MONTHS_ABBR[m - 1]} ${be}`;
    case 'long':
      return `${d} ${THAI_MONTHS[m - 1]} พ.ศ. ${be}`;
    case 'thaiDigitsAbbr':
      return toThaiDigits(`${d} ${THAI_MONTHS_ABBR[m - 1]} ${be}`);
    case 'twoDigitYear':
      return `${d} ${THAI_MONTHS_ABBR[m - 1]} ${String(be).slice(2)}`;
  }
}

// Village names: บ้าน + a landform or plant word + a second word. Common patterns of central-Thai villages.
const FIRST = [
  'หนอง', 'โคก', 'ดอน', 'ท่า', 'บึง', 'วัง', 'ห้วย', 'ไผ่', 'สระ', 'นา', 'คลอง', 'ทุ่ง', 'เขา', 'หัว', 'โพธิ์', 'ป่า', 'ตะเคียน', 'บ่อ', 'ลำ', 'ไร่',
] as const;
const SECOND = [
  'ไผ่', 'บัว', 'แก', 'ใหญ่', 'น้อย', 'ทอง', 'งาม', 'ยาง', 'กระทุ่ม', 'สะแก', 'จิก', 'เต่า', 'ปลิง', 'ขาม', 'มะขาม', 'ม่วง',
  'ตาล', 'ดู่', 'แดง', 'ขาว', 'หลวง', 'กลาง', 'ตะโก', 'ศาลา', 'ตะแบก', 'กระโดน', 'สำโรง', 'โพธิ์', 'ไทร', 'พยอม', 'เกตุ',
  'มะกอก', 'เสือ', 'ช้าง', 'กวาง', 'หิน', 'ทราย', 'ลาด', 'ยาว', 'สูง', 'ทองหลาง', 'ประดู่', 'สมอ', 'กุ่ม', 'ขนุน', 'มะปราง',
  'ตะกู', 'พลับ', 'จันทร์', 'เจริญ', 'สามัคคี', 'พัฒนา', 'ใหม่', 'เก่า',
] as const;

/** A village name such as บ้านหนองไผ่ or บ้านโคกสะแก (never the same word twice). */
export function villageName(rng: Rng): string {
  for (;;) {
    const a = rng.pick(FIRST);
    const b = rng.pick(SECOND);
    if (a !== b) return `บ้าน${a}${b}`;
  }
}

export const GROUP_NAME_PREFIX = 'กลุ่มออมทรัพย์เพื่อการผลิต';
