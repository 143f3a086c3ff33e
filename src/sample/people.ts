/**
 * Invented private values (chair, phone, national id, address, auditors). They exist so the privacy
 * scanner can be proved on realistic input: none of them may ever reach the published site.
 */
import type { Rng } from './prng';
import { isValidNationalId as validIdDigits } from '../lib/privacy/recognise';

const MALE = [
  'สมชาย', 'สมศักดิ์', 'บุญมี', 'ประเสริฐ', 'วิชัย', 'สมพงษ์', 'ทองดี', 'มานพ', 'สุรชัย', 'ชาญ', 'ประยุทธ', 'สมบัติ',
  'บุญเลิศ', 'ไพบูลย์', 'สำราญ', 'อำนาจ', 'เกษม', 'ณรงค์', 'สุวิทย์', 'ธนากร', 'วีระ', 'จำลอง', 'สุเทพ', 'คำรณ',
] as const;
const FEMALE = [
  'สมศรี', 'บุญเรือน', 'มาลี', 'สุดา', 'ประไพ', 'วันเพ็ญ', 'จันทร์เพ็ญ', 'ทองใบ', 'สมใจ', 'นงลักษณ์', 'บังอร', 'ละเอียด',
  'อรุณี', 'สายสุนีย์', 'กาญจนา', 'ลำดวน', 'ประนอม', 'สุนันทา', 'ยุพิน', 'รัตนา', 'พิมพ์ใจ', 'วิไล', 'เพ็ญศรี', 'สำเนียง',
] as const;
const SURNAME = [
  'ใจดี', 'รักษ์ไทย', 'ทองคำ', 'สุขสวัสดิ์', 'ศรีสุข', 'บุญมา', 'แก้วมณี', 'พึ่งบุญ', 'อินทร์แก้ว', 'เพชรรัตน์', 'มีสุข',
  'ชัยมงคล', 'จันทร์หอม', 'พรหมมา', 'สมบูรณ์', 'ทองอยู่', 'ปานทอง', 'คงสวัสดิ์', 'เกิดผล', 'นาคสุข', 'ศรีเมือง', 'ดวงแก้ว',
  'บุญประเสริฐ', 'วงศ์สวัสดิ์', 'รุ่งเรือง', 'มั่นคง', 'อ่อนศรี', 'ภู่ทอง', 'กล้าหาญ', 'หอมจันทร์',
] as const;

/**
 * Names the pools could make that occur in content/km ("นายธนากร แก้วมณี" is inside the author "นายธนากร
 * แก้วมณีวงศ์"): the privacy gate would rightly refuse a site where an invented chair's name shows in an article,
 * so the generator never makes them (tests/sample/people-km.test.ts checks every name it can make).
 */
const RESERVED = new Set(['นายธนากร แก้วมณี']);

/** An invented person: นาย/นาง/นางสาว + first name + surname. */
export function personName(rng: Rng): string {
  const title = rng.weighted([['นาย', 45], ['นาง', 40], ['นางสาว', 15]] as const);
  const first = title === 'นาย' ? rng.pick(MALE) : rng.pick(FEMALE);
  const surname = rng.pick(SURNAME);
  const name = `${title}${first} ${surname}`;
  // A reserved name takes the next surname (no extra draw: every other name of a seed stays as it was).
  return RESERVED.has(name) ? `${title}${first} ${SURNAME[(SURNAME.indexOf(surname) + 1) % SURNAME.length]}` : name;
}

/** Every name personName can make. */
export function allPersonNames(): string[] {
  return (['นาย', 'นาง', 'นางสาว'] as const)
    .flatMap((t) => (t === 'นาย' ? MALE : FEMALE).flatMap((f) => SURNAME.map((s) => `${t}${f} ${s}`)))
    .filter((n) => !RESERVED.has(n));
}

/** An invented mobile number: mostly 08X-XXX-XXXX, some 06/09 prefixes and some written without dashes. */
export function phoneNumber(rng: Rng): string {
  const prefix = rng.weighted([['08', 70], ['09', 20], ['06', 10]] as const);
  const d = (n: number) => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  const a = `${prefix}${rng.int(1, 9)}`;
  const b = d(3);
  const c = d(4);
  return rng.chance(0.8) ? `${a}-${b}-${c}` : `${a}${b}${c}`;
}

/** True for 13 digits (dashes and spaces ignored) with a valid check digit, by the privacy recogniser's one rule. */
export function isValidNationalId(id: string): boolean {
  return validIdDigits(id.replace(/[-\s]/g, ''));
}

/** The check digit that makes 12 digits a valid national id: the one digit the recogniser's rule accepts. */
export function nationalIdCheckDigit(first12: string): number {
  return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((c) => validIdDigits(`${first12}${c}`))!;
}

/** An invented 13-digit national id with a valid check digit; first digit 1 or 3 (born in/after or before 1984). */
export function nationalId(rng: Rng, dashed = false): string {
  let s = String(rng.pick([1, 3, 3, 3]));
  for (let i = 0; i < 11; i++) s += String(rng.int(0, 9));
  const id = s + String(nationalIdCheckDigit(s));
  return dashed ? `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}` : id;
}

/** An invented house address in the group's village. */
export function address(rng: Rng, moo: number, subdistrict: string, district: string, province: string): string {
  return `${rng.int(1, 250)} หมู่ ${moo} ต.${subdistrict} อ.${district} จ.${province}`;
}
