/**
 * KM articles (src/lib/km/article.ts): front matter read with line numbers; a bad article is left out with an error
 * naming the file and line; personal numbers are masked and reported by line, never quoted.
 */
import { describe, expect, it } from 'vitest';
import { parseKmArticle } from '../../src/lib/km/article';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { articleHtml, renderArticle } from '../../src/site/km';

// Lines: 1 ---, 2 title, 3 author, 4 date, 5 tags, 6 summary, 7 ---, 8 (blank), 9… body
const head = '---\ntitle: "ทดสอบ"\nauthor: "ก"\ndate: "2567-07-15"\ntags: ["ก", "ข"]\nsummary: "ส"\n---\n';
const parse = (text: string) => parseKmArticle(text, 'content/km/x.md', 'x', DEFAULT_CRITERIA);
const codes = (text: string) => parse(text).issues.map((i) => [i.code, i.line]);

describe('KM front matter', () => {
  it('reads BE and CE dates, JSON-style and block lists', () => {
    const a = parse(head + '\nเนื้อหา\n').article!;
    expect(a.date).toBe('2024-07-15'); // 2567 − 543
    expect(a.tags).toEqual(['ก', 'ข']);
    expect(parse(head.replace('2567-07-15', '2024-08-02')).article!.date).toBe('2024-08-02');
    expect(parse(head.replace('2567-07-15', '15/7/2567')).article!.date).toBe('2024-07-15');
    expect(parse(head.replace('tags: ["ก", "ข"]', 'tags:\n  - ก\n  - "ข"')).article!.tags).toEqual(['ก', 'ข']);
    expect(parse(head).issues).toEqual([]);
    expect(parse(head).article!.indicators).toEqual([]);
    expect(parse(head.replace('summary: "ส"', 'indicators: ["f1", "B1"]\nsummary: "ส"')).article!.indicators).toEqual(['F1', 'B1']);
  });
  it('leaves out an article whose date does not exist, naming the date line', () => {
    const r = parse(head.replace('2567-07-15', '30/02/2567'));
    expect(r.article).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.line, i.found])).toEqual([['E_KM_DATE_INVALID', 4, '30/02/2567']]);
    expect(r.issues[0]!.en).toBe(
      'content/km/x.md, line 4: article date "30/02/2567" is not a date that exists, so the article is not published — expected a BE or CE date such as 2567-07-15 or 15/7/2567',
    );
  });
  it('leaves out an article with no title or no date', () => {
    expect(codes(head.replace('title: "ทดสอบ"\n', ''))).toEqual([['E_KM_FIELD_MISSING', 1]]);
    expect(codes(head.replace('title: "ทดสอบ"', 'title: ""'))).toEqual([['E_KM_FIELD_MISSING', 2]]);
    expect(codes(head.replace('date: "2567-07-15"\n', ''))).toEqual([['E_KM_FIELD_MISSING', 1]]);
    expect(parse(head.replace('title: "ทดสอบ"\n', '')).article).toBeUndefined();
  });
  it('reads YAML as YAML: a folded summary, a comment after a value, numbers as written', () => {
    const folded = head.replace('summary: "ส"', 'summary: >\n  บรรทัดแรก\n  บรรทัดที่สอง\ntitle: ทดสอบ # ชื่อชั่วคราว');
    const a = parse(folded).article!;
    expect(parse(folded).issues).toEqual([]);
    expect(a.summary).toBe('บรรทัดแรก บรรทัดที่สอง');
    expect(a.title).toBe('ทดสอบ');
    expect(parse(head.replace('title: "ทดสอบ"', 'title: 2567')).article!.title).toBe('2567');
    expect(parse(head.replace('tags: ["ก", "ข"]', 'tags: [ก, ข] # สองป้าย')).article!.tags).toEqual(['ก', 'ข']);
  });

  it('names the line of an unknown indicator in a block list, and a value that is no text or list', () => {
    const block = head.replace('summary: "ส"', 'indicators:\n  - F1\n  - X9\nsummary: "ส"');
    expect(codes(block)).toEqual([['W_KM_INDICATOR_UNKNOWN', 8]]);
    expect(codes(head.replace('author: "ก"', 'author:\n  name: ก'))).toEqual([['E_KM_FRONT_MATTER_LINE', 4]]);
  });

  it('leaves out an article whose front matter cannot be read, naming the line', () => {
    expect(codes('# ไม่มีส่วนหัว\n')).toEqual([['E_KM_NO_FRONT_MATTER', 1]]);
    expect(codes('---\ntitle: "ก"\n')).toEqual([['E_KM_FRONT_MATTER_OPEN', 1]]);
    expect(codes(head.replace('author: "ก"', 'ผู้เขียน นาย ก'))).toEqual([['E_KM_FRONT_MATTER_LINE', 3]]);
    expect(codes(head.replace('author: "ก"', 'author: "ก'))).toEqual([['E_KM_FRONT_MATTER_LINE', 3]]);
    expect(codes(head.replace('tags: ["ก", "ข"]', 'tags: ["ก", "ข"'))).toEqual([['E_KM_FRONT_MATTER_LINE', 5]]);
    expect(parse(head.replace('author: "ก"', 'author: "ก')).article).toBeUndefined();
  });
});

describe('KM indicators: codes of the criteria in use', () => {
  const withIndicators = (lines: string) => head.replace('summary: "ส"', `${lines}\nsummary: "ส"`);
  it('normalises codes as the criteria write them: upper case, Thai digits, no space; each once, in the order written', () => {
    // "f๑" → F1, " b 1 " → B1, "F1" again is the same code
    const r = parse(withIndicators('indicators: ["f๑", " b 1 ", "F1", "g3"]'));
    expect(r.article!.indicators).toEqual(['F1', 'B1', 'G3']);
    expect(r.issues).toEqual([]);
    expect(parse(withIndicators('indicators: F4')).article!.indicators).toEqual(['F4']);
  });
  it('leaves out a code the criteria do not hold, with a warning naming the file and its line', () => {
    // Lines: 1 ---, 2 title, 3 author, 4 date, 5 tags, 6 indicators:, 7 - F1, 8 - X9, 9 - F10, 10 summary
    const r = parse(withIndicators('indicators:\n  - F1\n  - X9\n  - F10'));
    expect(r.article!.indicators).toEqual(['F1']);
    expect(r.issues.map((i) => [i.code, i.severity, i.file, i.line, i.found])).toEqual([
      ['W_KM_INDICATOR_UNKNOWN', 'warning', 'content/km/x.md', 8, 'X9'],
      ['W_KM_INDICATOR_UNKNOWN', 'warning', 'content/km/x.md', 9, 'F10'],
    ]);
    expect(r.issues[0]!.en).toBe(
      'content/km/x.md, line 8: article indicator code "X9" is not in the criteria omsap-2567, so the article is not linked to it — expected a code of the criteria in use: G1, G2, G3, G4, M1, M2, M3, B1, B2, B3, F1, F2, F3, F4, F5, S1, S2',
    );
    // An inline list names the line of its key (6).
    expect(parse(withIndicators('indicators: [F1, Z1]')).issues.map((i) => [i.line, i.found])).toEqual([[6, 'Z1']]);
  });
  it('checks against the table in use: a province\'s own codes', () => {
    const own = { id: 'nsw-2568', indicators: [{ ...DEFAULT_CRITERIA.indicators[0]!, code: 'K1' }] };
    const r = parseKmArticle(withIndicators('indicators: [K1, F1]'), 'content/km/x.md', 'x', own);
    expect(r.article!.indicators).toEqual(['K1']);
    expect(r.issues[0]!.th).toBe('ไฟล์ content/km/x.md บรรทัด 6: รหัสตัวชี้วัดของบทความ "F1" ไม่มีในเกณฑ์ nsw-2568 จึงไม่ได้เชื่อมบทความกับรหัสนี้ — ต้องเป็นรหัสตัวชี้วัดของเกณฑ์ที่ใช้ ได้แก่ K1');
  });
});

describe('KM personal numbers', () => {
  it('masks a phone in the body and reports its line with the digits hidden', () => {
    const r = parse(head + '\nย่อหน้าแรก\n\nติดต่อ โทร.081-999-8888 ได้ทุกวัน\n');
    expect(r.article!.body).toBe('\nย่อหน้าแรก\n\nติดต่อ โทร.(ซ่อนข้อมูลส่วนบุคคล) ได้ทุกวัน\n');
    expect(r.issues.map((i) => [i.code, i.line, i.field, i.found])).toEqual([['W_PERSONAL_DATA_MASKED', 11, 'body', 'ติดต่อ โทร.081-xxx-xx88 ได้ทุกวัน']]);
    expect(r.masked).toEqual([{ digits: '0819998888', line: 11 }]);
    expect(JSON.stringify(r)).not.toContain('999-8888');
  });
  it('masks a national id in Thai digits and a phone in the front matter', () => {
    const r = parse(head.replace('summary: "ส"', 'summary: "ถามได้ที่ 02-123-4567"') + '\nเลข ๑๑๐๓๗๐๐๑๒๓๔๕๘\n');
    expect(r.article!.summary).toBe('ถามได้ที่ (ซ่อนข้อมูลส่วนบุคคล)');
    expect(r.article!.body).toBe('\nเลข (ซ่อนข้อมูลส่วนบุคคล)\n');
    expect(r.issues.map((i) => [i.code, i.line, i.field])).toEqual([
      ['W_PERSONAL_DATA_MASKED', 6, 'summary'],
      ['W_PERSONAL_DATA_MASKED', 9, 'body'],
    ]);
    expect(r.issues[1]!.th).toContain('มีเลขประจำตัวประชาชน');
  });
});

describe('KM rendering', () => {
  it('renders Markdown with raw HTML off', () => {
    const a = renderArticle(parse(head + '\n<script>alert(1)</script> **ตัวหนา**\n').article!);
    expect(a.html).not.toContain('<script>');
    expect(a.html).toContain('&lt;script&gt;');
    expect(a.html).toContain('<strong>ตัวหนา</strong>');
  });
  it('links every indicator code in the text to its page, in the page\'s language; not inside a link or a code span', () => {
    const html = articleHtml({ body: 'ลด F1 ก่อน แล้วดู **B1** กับ [F1](https://example.org/) และ `F1` ไม่ใช่ F10\n' }, ['B1', 'F1'], (code) => `/en/indicators/${code}/`);
    expect(html).toBe(
      '<p>ลด <a href="/en/indicators/F1/">F1</a> ก่อน แล้วดู <strong><a href="/en/indicators/B1/">B1</a></strong> กับ <a href="https://example.org/">F1</a> และ <code>F1</code> ไม่ใช่ F10</p>\n',
    );
  });
});
