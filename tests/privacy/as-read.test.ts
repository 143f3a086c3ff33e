/**
 * Text as a person reads it (src/lib/privacy/as-read.ts), the roles allowlist (roles.ts) and what counts as a private
 * value (private-value.ts): issue 17's forms, then a probe of new ones, each with what it gives. M is the mask.
 */
import { describe, expect, it } from 'vitest';
import { asRead } from '../../src/lib/privacy/as-read';
import { isPrivateValue } from '../../src/lib/privacy/private-value';
import { maskPersonalData, withNumbersHidden } from '../../src/lib/privacy/recognise';
import { RoleList, parseRoleList } from '../../src/lib/privacy/roles';
import { PrivateValueSet, maskPrivateValues, scanForPersonalData } from '../../src/lib/privacy/scan';

const M = '(ซ่อนข้อมูลส่วนบุคคล)';
const masked = (text: string) => maskPersonalData(text).text;

describe('the reading', () => {
  it('maps every character of the reading back to its source span', () => {
    const r = asRead('a&#48;<b>1</b>%32');
    expect(r.text).toBe('a012');
    expect(Array.from(r.from)).toEqual([0, 1, 9, 14]);
    expect(Array.from(r.to)).toEqual([1, 6, 10, 17]);
  });
  it('keeps every span when the reading outgrows the text (a ligature reads as three letters)', () => {
    const r = asRead('\ufb03'.repeat(2000)); // ﬃ: NFKC "ffi"; 6,000 characters read from 2,000
    expect(r.text).toBe('ffi'.repeat(2000));
    expect(r.from.length).toBe(6000);
    expect([r.from[0], r.to[0], r.from[5999], r.to[5999], r.from[3000], r.to[3000]]).toEqual([0, 1, 1999, 2000, 1000, 1001]);
  });
  it('keeps Thai vowel and tone marks, drops other combining marks, reads every script’s digits', () => {
    expect(asRead('ที่ 0\u0332๑٢').text).toBe('ที่ 012');
  });
  it('a blank line and a block element break the text; an inline element joins it', () => {
    expect(asRead('1\n\n2').text).toBe('1\u20292');
    expect(asRead('<td>1</td><td>2</td>').text).toBe('\u20291\u2029\u20292\u2029');
    expect(asRead('<span>1</span><span>2</span>').text).toBe('12');
  });
});

describe('tags as the gate reads them', () => {
  // Tags are read without the regex when they are plain (src/lib/privacy/as-read.ts plainTag); these are the edges
  // where that reading must give way to the regex's own.
  const P = '\u2029'; // a block element's break
  it('a tag may hold up to 2,000 characters after its name; one more and its "<" is text', () => {
    expect(asRead(`<p${' '.repeat(1999)}>a`).text).toBe(`${P}a`);
    // Letters after "<p" are the name's: an unknown tag, dropped without a break.
    expect(asRead(`<p${'x'.repeat(1999)}>a`).text).toBe('a');
    expect(asRead(`<p${' '.repeat(2000)}>a`).text).toBe(`${P}a`);
    expect(asRead(`<p${' '.repeat(2001)}>a`).text.startsWith('<p ')).toBe(true);
  });
  it('a name followed by "_" is no tag (the regex\'s \\b); a name ending in "-" is the name before it', () => {
    // "_" is an emphasis mark, dropped; "<" and ">" stay as text.
    expect(asRead('<a_b>x').text).toBe('<ab>x');
    // "<p->": the name is "p", a block element.
    expect(asRead('a<p->b').text).toBe(`a${P}b`);
    // "<span->" would be the inline "span": no break.
    expect(asRead('a<span->b').text).toBe('ab');
  });
  it('a "<" before the tag\'s ">" ends it: the first "<" is text', () => {
    expect(asRead('a<b c<p>d').text).toBe(`a<b c${P}d`);
  });
  it('upper-case names, closing tags and comments', () => {
    expect(asRead('x<DIV CLASS="a">y</DIV>z<!-- <p> -->w').text).toBe(`x${P}y${P}zw`);
    expect(asRead('</ p>').text).toBe('</ p>');
  });
  it('a reading without spans is the same text, for a third less work', () => {
    for (const t of ['<p class="a">081-234-5678</p>', 'a&#48;<b>1</b>%32', 'O81-234-56O2 ๐๘๑', 'นาย สมชาย\n\nใจดี']) {
      const quick = asRead(t, { spans: false });
      expect(quick.text).toBe(asRead(t).text);
      expect(quick.from.length).toBe(0);
    }
  });
});

describe("issue 17's numbers", () => {
  it.each([
    ['โทร O81-234-5602', `โทร ${M}`], // a letter O for a zero
    ['โทร 081/234/5602', `โทร ${M}`], // slashes
    ['โทร 081--234--5602', `โทร ${M}`], // doubled dashes
    ['0812345602,0898765432', `${M},${M}`], // two numbers joined by a comma
    ['โทร 081-234-\n5602', `โทร ${M}`], // broken over a line
    ['โทร 081-**234**-5602', `โทร ${M}`], // Markdown emphasis inside
    ['โทร 081\\-234\\-5602', `โทร ${M}`], // a backslash inside
    ['[โทร](tel:%30%38%31%32%33%34%35%36%30%32)', `[โทร](tel:${M})`], // percent-encoded tel: link
    ['line.me/ti/p/~0812345678', `line.me/ti/p/~${M}`], // chat-app links
    ['https://wa.me/66812345678', `https://wa.me/${M}`],
    ['<span>081</span><span>2345602</span>', `<span>${M}</span>`], // each part in its own element
  ])('%j → masked', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('probe: 30 new forms that hide a number', () => {
  it.each([
    ['โทร O8l-234-56O2', `โทร ${M}`], // O and l for 0 and 1, twice
    ['โทร 08I 234 5602', `โทร ${M}`], // capital I for 1, spaces
    ['โทร ๐๘๑ ๒๓๔ ๕๖๐๒', `โทร ${M}`], // Thai digits, spaced
    ['โทร ٠٨١-٢٣٤-٥٦٠٢', `โทร ${M}`], // Arabic-Indic digits
    ['โทร ०८१२३४५६०२', `โทร ${M}`], // Devanagari digits
    ['โทร 𝟎𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟎𝟐', `โทร ${M}`], // mathematical bold digits (surrogate pairs)
    ['โทร 0\u20608\u20601\u20602\u20603\u20604\u20605\u20606\u20600\u20602', `โทร ${M}`], // word joiners between digits
    ['โทร \u202d0812345602\u202c', `โทร \u202d${M}\u202c`], // bidi override around it
    ['โทร 081 - 234 - 5602', `โทร ${M}`], // spaced dashes (3 characters)
    ['โทร 081 . 234 . 5602', `โทร ${M}`], // spaced dots
    ['โทร 081 / 234 / 5602', `โทร ${M}`], // spaced slashes
    ['โทร 081_234_5602', `โทร ${M}`], // underscores (Markdown emphasis marks)
    ['โทร `0812345602`', `โทร \`${M}\``], // Markdown code span
    ['โทร ~~081~~2345602', `โทร ~~${M}`], // strike-through inside
    ['โทร 081&ndash;234&ndash;5602', `โทร ${M}`], // named entities
    ['โทร 081&#x2D;234&#45;5602', `โทร ${M}`], // numeric entities, hex and decimal
    ['โทร 081<b>234</b>5602', `โทร ${M}`], // bold element inside
    ['โทร <span>081</span>\n<span>234</span>\n<span>5602</span>', `โทร <span>${M}</span>`], // elements over lines
    ['เลขบัตร 1 1037 00123 45 8', `เลขบัตร ${M}`], // an id, printed groups with spaces
    ['เลขบัตร 1-1037-OO123-45-8', `เลขบัตร ${M}`], // an id with O for 0
    ['เลขบัตร ๑๑๐๓๗๐๐๑๒๓๔๕๘', `เลขบัตร ${M}`], // an id in Thai digits
    ['tel:+66%2081%20234%205602', `tel:${M}`], // percent-encoded spaces, +66
    ['https://api.whatsapp.com/send?phone=66812345602', `https://api.whatsapp.com/send?phone=${M}`], // chat link, query
    ['โทร 0812345602;0898765432', `โทร ${M};${M}`], // two numbers, semicolon
    ['โทร 0812345602/0898765432', `โทร ${M}/${M}`], // two numbers, slash
    ['โทร 0812345602 หรือ 0898765432', `โทร ${M} หรือ ${M}`], // two numbers, a word between
    ['ข้อ 5. 0812345602', `ข้อ 5. ${M}`], // after a list item's number
    ['รหัสไปรษณีย์ 60000 โทร. 056-123-456', `รหัสไปรษณีย์ 60000 โทร. ${M}`], // a landline after a postcode
    ['Tel0812345678', `Tel${M}`], // a contact word glued on
    ['tel:+66-81-234-5602', `tel:${M}`], // international, dashed
  ])('%j → masked', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('probe: ordinary numbers stay as they are (no false positive)', () => {
  it.each([
    'ยอด 1,234,567.89 บาท',
    'ยอดรวม 12,345,678.90 บาท',
    'เงินสัจจะ 1234567 บาท',
    'สมาชิก 118 คน เงิน 1,291,350 บาท',
    'ปีงบประมาณ 2566 2567 2568',
    'ปี 2566/2567',
    'ปีงบ 2566-2567',
    'วันที่ 05/06/2567 12 คน', // a date then a count: 0506256712 is not read as a landline
    'วันที่ 1/10/2566 - 30/9/2567',
    '02/12/2567 10 คน',
    'กลุ่ม 6001001 6001002', // group ids (7 digits)
    'รหัสกลุ่ม 6001001, 6001002, 6001003',
    'ร้อยละ 0.0812345678', // a ratio
    '1.0812345678',
    'คะแนน 08 12 34 56',
    'เวลา 08:12:34',
    'ISBN 978-616-123-456-7',
    'Room 101 lol 2345', // l and o outside a number
    'COVID-19 2567',
    '<td>0</td><td>8</td><td>12</td><td>34</td><td>5602</td>', // table cells do not join
    'hello 2567 world',
    'r=(t+.055)/1.055)**2.4', // sRGB's curve in a minified script: .055 is a fraction (055 105 524 is no landline)
    'Math.pow((v+.055)/1.055,2.4)',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
  it('known limit: an id written with slashes after a single digit reads as a date, and is not masked', () => {
    expect(masked('เลขบัตร 1/1037/00123/45/8')).toBe('เลขบัตร 1/1037/00123/45/8');
  });
});

describe('shown in a report: the middle hidden', () => {
  it('a file or sheet name, and a phone or id typed into a number cell', () => {
    expect(withNumbersHidden('audits/2566/6001002 โทร 0812345613.xlsx')).toBe('audits/2566/6001002 โทร 081xxxxx13.xlsx');
    expect(withNumbersHidden('โทร 089-765-4321')).toBe('โทร 089-xxx-xx21');
    expect(withNumbersHidden('812345610', true)).toBe('081xxxxx10'); // the 0 lost in a number cell
    expect(withNumbersHidden('1103700123458', true)).toBe('110xxxxxxxx58');
    expect(withNumbersHidden('1291350', true)).toBe('1291350');
  });
});

describe('roles (the owner column’s allowlist)', () => {
  const roles = new RoleList(parseRoleList('ตำแหน่ง\n# ของจังหวัดเอง\nอาสาพัฒนา,หมายเหตุ\n"ผู้ประสานงานกลุ่ม"\n'));
  it.each([
    ['ประธาน', true],
    ['รองประธาน', true],
    ['เหรัญญิก', true],
    ['เลขานุการกลุ่ม', true],
    ['ประธานกลุ่ม (ตำแหน่ง)', true],
    ['ประธานและเหรัญญิก', true],
    ['ประธาน/เหรัญญิก', true],
    ['คณะกรรมการเงินกู้', true],
    ['คณะกรรมการอำนวยการ', true],
    ['กรรมการฝ่ายสินเชื่อ', true],
    ['สมาชิกทุกคน', true],
    ['ทุกคน', true],
    ['เจ้าหน้าที่การเงิน', true],
    ['พัฒนากรตำบล', true],
    ['The treasurer and secretary', true],
    ['Loan committee', true],
    ['chair, treasurer', true],
    ['อาสาพัฒนา', true], // the province's own (data/roles/)
    ['ผู้ประสานงานกลุ่ม', true],
    ['สมชาย เพชรรัตน์', false], // a name without a title
    ['ประธาน สมชาย เพชรรัตน์', false], // a role and a name
    ['ประธานสมชาย', false],
    ['ประธาน (นายสมชาย)', false],
    ['นายสมชาย', false],
    ['ป้าแดง', false],
    ['chairs', false],
  ])('%j → %s', (text, role) => {
    expect(roles.isRoleText(text)).toBe(role);
  });
  it('reads a province list: a header, comments and blank lines are not roles; a CSV’s first column is', () => {
    expect(parseRoleList('\uFEFFตำแหน่ง,หมายเหตุ\n\n# x\nอาสาพัฒนา,ใหม่\r\n"ผู้ประสาน"\n')).toEqual(['อาสาพัฒนา', 'ผู้ประสาน']);
  });
});

describe('a private value is one that could name a person', () => {
  const notPlace = () => false;
  it.each([
    ['นายสำราญ อินทร์แก้ว', true],
    ['สมชาย เพชรรัตน์', true],
    ['089-263-9953', true],
    ['นักวิชาการพัฒนาชุมชน', false], // a job title
    ['นักวิชาการพัฒนาชุมชนชำนาญการ, พัฒนากร', false],
    ['ประธานกลุ่ม', false], // a role
    ['สำนักงานพัฒนาชุมชนอำเภอชุมแสง', false], // an organisation
    ['กลุ่มออมทรัพย์เพื่อการผลิตบ้านโคกปลิง', false],
    ['ไม่มี', false], // a placeholder
    ['-', false],
  ])('%j → %s', (value, personal) => {
    expect(isPrivateValue(value, notPlace)).toBe(personal);
  });
});

describe('private values as read', () => {
  const set = new PrivateValueSet(['สมชาย เพชรรัตน์']);
  it('a name split over two <span>s or a line is found by the gate', () => {
    expect(scanForPersonalData('<p><span>สมชาย</span> <span>เพชรรัตน์</span></p>', set).map((h) => [h.kind, h.line, h.column])).toEqual([['private-value', 1, 10]]);
    expect(scanForPersonalData('ขอบคุณ\nสมชาย\nเพชรรัตน์', set).map((h) => [h.line, h.column])).toEqual([[2, 1]]);
  });
  it('is masked in a published text, whatever its spacing', () => {
    expect(maskPrivateValues('ขอบคุณคุณสมชาย  เพชรรัตน์ ประธานกลุ่ม', set)).toEqual({ text: `ขอบคุณคุณ${M} ประธานกลุ่ม`, first: 'สมชายเพชรรัตน์' });
  });
});

describe('npm run check finds what the gate would stop on, before any page exists', () => {
  // The value's key has 14 code points (no blank): ⌊14/5⌋ = 2 kept at each end.
  it('scans the dataset and articles as texts, naming the text, line and where the value was read', async () => {
    const { scanPublishable } = await import('../../src/publish/gate');
    const origins = new Map([['สมชายเพชรรัตน์', 'registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell L3']]);
    const hits = scanPublishable([{ name: 'content/km/a.md', text: 'ก\nขอบคุณ สมชาย  เพชรรัตน์' }, { name: 'omsap.json', text: '{"owner":"ประธาน"}' }], ['สมชาย เพชรรัตน์'], origins);
    expect(hits.map((h) => [h.file, h.line, h.column, h.kind, h.masked, h.from])).toEqual([
      ['content/km/a.md', 2, 8, 'private-value', 'สม**********น์', 'registry/r.xlsx, sheet ทะเบียนกลุ่ม, cell L3'],
    ]);
  });
});
