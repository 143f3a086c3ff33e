import { describe, expect, it } from 'vitest';
import { isValidNationalId } from '../../src/lib/privacy/recognise';
import { PrivateValueSet, scanForPersonalData, scanPiecesForPersonalData, WINDOW } from '../../src/lib/privacy/scan';

/** Appends the check digit worked by hand from DESIGN §8's rule: (11 − Σ dᵢ×(14−i) mod 11) mod 10. */
function withCheck(first12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return first12 + String((11 - (sum % 11)) % 10);
}
const THAI = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const kinds = (text: string, values: string[] = []) => scanForPersonalData(text, values).map((h) => h.kind);
/** Only the private-value hits (a phone-shaped value is also the phone pattern's business). */
const privateKinds = (text: string, values: string[]) => kinds(text, values).filter((k) => k === 'private-value');

describe('national ids', () => {
  it('checks the digit as worked by hand', () => {
    // 1-1037-00123-45-?: Σ = 1×13+1×12+0×11+3×10+7×9+0×8+0×7+1×6+2×5+3×4+4×3+5×2 = 168; 168 mod 11 = 3; 11−3 = 8
    expect(withCheck('110370012345')).toBe('1103700123458');
    expect(isValidNationalId('1103700123458')).toBe(true);
    expect(isValidNationalId('1103700123459')).toBe(false);
    // 3-1005-01234-56-?: Σ = 39+12+0+0+45+0+7+12+15+16+15+12 = 173; 173 mod 11 = 8; 11−8 = 3
    expect(withCheck('310050123456')).toBe('3100501234563');
  });
  it('finds an id written plain, with dashes, with spaces, and in Thai digits', () => {
    expect(kinds('เลข 1103700123458 ครับ')).toEqual(['national-id']);
    expect(kinds('เลข 1-1037-00123-45-8')).toEqual(['national-id']);
    expect(kinds('เลข 1 1037 00123 45 8')).toEqual(['national-id']);
    expect(kinds(`เลข ${THAI('1-1037-00123-45-8')}`)).toEqual(['national-id']);
    expect(kinds(`<td>${THAI('3100501234563')}</td>`)).toEqual(['national-id']);
  });
  it('ignores 13 digits that fail the checksum (a group id) and longer numbers', () => {
    expect(kinds('/groups/6007000000011/')).toEqual([]);
    expect(isValidNationalId('6007000000011')).toBe(false);
    expect(kinds('1103700123458 7')).toEqual(['national-id']);
    expect(kinds('11037001234580')).toEqual([]);
    expect(kinds('0.1103700123458')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['mobile 0X-XXXX-XXXX', 'โทร 08-1234-5678'],
    ['mobile 0XX-XXX-XXXX', 'โทร 081-234-5678'],
    ['mobile plain', 'โทร 0812345678'],
    ['mobile spaced', 'โทร 081 234 5678'],
    ['landline Bangkok', 'โทร 02-123-4567'],
    ['landline province 0XX-XXX-XXX', 'โทร 056-123-456'],
    ['landline plain', 'โทร 056123456'],
    ['international', 'โทร +66 81 234 5678'],
    ['international dashed', 'tel:+66-81-234-5678'],
    ['Thai digits', `โทร ${THAI('081-234-5678')}`],
    ['Thai digits plain', `โทร ${THAI('0812345678')}`],
  ])('%s', (_name, text) => {
    expect(kinds(text)).toEqual(['phone']);
  });
  it('ignores money, dates, years, codes and scores', () => {
    for (const text of [
      '1,000,000 บาท', '1000000', '12,345,678.00', '2024-06-28', '28/6/2567', 'ปีงบประมาณ 2567', 'รหัส 6010-0002',
      'คะแนน 97.0', '0.0512345678', 'G2 12 ครั้ง', 'ตำบล 601001', 'id 6001001', '#0b0c0c', 'v1.0812345678',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });
});

describe('private values', () => {
  it('finds every private value of length ≥ 4, ignoring shorter ones', () => {
    const values = ['นายสมชาย ใจดี', 'นาย', '12/3'];
    expect(kinds('<p>ประธาน นายสมชาย ใจดี</p>', values)).toEqual(['private-value']);
    expect(kinds('<p>นาย</p>', values)).toEqual([]);
  });
  it('matches across blank runs, Thai digits and case', () => {
    expect(kinds('นายสมชาย   ใจดี', ['นายสมชาย ใจดี'])).toEqual(['private-value']);
    expect(kinds(`บ้านเลขที่ ${THAI('99/12')} หมู่ 4`, ['99/12 หมู่ 4'])).toEqual(['private-value']);
    expect(kinds('Somchai JAIDEE', ['somchai jaidee'])).toEqual(['private-value']);
  });
  it('does not match a private value inside a longer number or Latin word (coincidences in published JSON)', () => {
    const phone = ['0912345653'];
    // The national run's false hit: the digits of a phone inside a ratio or an amount of data/omsap.json.
    expect(privateKinds('{"overdueRatio":0.09123456534,"savings":10912345653}', phone)).toEqual([]);
    expect(privateKinds('{"overdueRatio":0.0912345653}', phone)).toEqual([]);
    expect(privateKinds('{"a":0912345653.5,"b":0912345653,120}', phone)).toEqual([]);
    expect(privateKinds('id abc1234x', ['abc1234'])).toEqual([]);
    expect(privateKinds('xabc1234 id', ['abc1234'])).toEqual([]);
  });
  it('still matches a private value on its own, next to punctuation, Thai text or markup', () => {
    const phone = ['0912345653'];
    expect(privateKinds('{"note":"0912345653"}', phone)).toEqual(['private-value']);
    expect(privateKinds('โทร.0912345653 ค่ะ', phone)).toEqual(['private-value']);
    expect(privateKinds('โทร0912345653ค่ะ', phone)).toEqual(['private-value']);
    expect(privateKinds('<td>0912345653</td>', phone)).toEqual(['private-value']);
    expect(privateKinds('ยอด 5. 0912345653', phone)).toEqual(['private-value']);
    expect(privateKinds('(abc1234)', ['abc1234'])).toEqual(['private-value']);
    // Thai has no spaces between words: a name inside a sentence is still found.
    expect(privateKinds('ประธานนายสมชาย ใจดีกล่าวว่า', ['นายสมชาย ใจดี'])).toEqual(['private-value']);
  });
  it('reports line and column, and masks the value', () => {
    const [hit] = scanForPersonalData('a\nbb นายสมชาย ใจดี', ['นายสมชาย ใจดี']);
    expect(hit).toMatchObject({ kind: 'private-value', line: 2, column: 4 });
    expect(hit!.masked).not.toContain('สมชาย');
  });
  // Its speed at national scale shows in npm run bench's whole build; a test never times it (DESIGN §12).
  it('scales: a prepared set of 100,000 values scans a 100 KB text, finding the one value in it', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `นางสาวทดสอบ${i} นามสกุล`);
    const set = new PrivateValueSet(values);
    const text = 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองกระทุ่ม '.repeat(2500);
    expect(scanForPersonalData(text, set)).toEqual([]);
    expect(scanForPersonalData(text + ' นางสาวทดสอบ99999 นามสกุล', set).map((h) => h.kind)).toEqual(['private-value']);
  });
});

describe('a text longer than one reading window (a national omsap.json is one line of hundreds of MB)', () => {
  it('finds a number across the window edge once, and one after it, at their own columns', () => {
    // Line 1: filler; line 2: the first number starts 4 characters before the window's edge, the second in the next.
    const line1 = 'x'.repeat(99) + '\n';
    const edge = WINDOW - line1.length - 4;
    const text = line1 + 'a'.repeat(edge) + ' 0812345678 ' + 'b'.repeat(1000) + ' สมชาย เพชรรัตน์ ' + 'c'.repeat(10);
    const hits = scanForPersonalData(text, ['สมชาย เพชรรัตน์']);
    expect(hits.map((h) => [h.kind, h.line, h.column])).toEqual([
      ['phone', 2, edge + 2], // edge a's and a space before it
      ['private-value', 2, edge + 1014], // edge a's, a space, 10 digits, a space, 1000 b's, a space: column edge + 1014
    ]);
  });

  it('finds the same hits at the same places when the text arrives in pieces of any size (a large file read in parts)', () => {
    // Three windows and a half, lines of varied length, numbers and a name on both sides of each window edge.
    const line = (i: number) => `${'ก'.repeat(37 + (i % 50))} 08${String(10000000 + i * 7919).slice(-8)} ${i % 3 === 0 ? 'สมชาย เพชรรัตน์' : 'x'}\n`;
    let text = '';
    for (let i = 0; text.length < 3.5 * WINDOW; i++) text += line(i);
    const set = new PrivateValueSet(['สมชาย เพชรรัตน์']);
    const whole = scanForPersonalData(text, set);
    const lines = text.split('\n');
    expect(whole).toHaveLength(lines.length - 1 + Math.ceil((lines.length - 1) / 3)); // a phone a line, a name every third
    for (const h of whole) expect(lines[h.line - 1]!.slice(h.column - 1).startsWith(h.kind === 'phone' ? '08' : 'สมชาย')).toBe(true);
    for (const size of [1, 4093, WINDOW + 4096]) {
      const pieces = size === 1 ? [text.slice(0, 10), text.slice(10)] : Array.from({ length: Math.ceil(text.length / size) }, (_, k) => text.slice(k * size, (k + 1) * size));
      expect(scanPiecesForPersonalData(pieces, set)).toEqual(whole);
    }
  });
});
