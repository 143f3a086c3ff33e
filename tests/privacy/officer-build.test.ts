/**
 * Issue 17, items 1–4, tried as an officer would: every example of the issue typed into a copy of the bundled data
 * and content, built once with the real CLI (and checked once with `npm run check`). Each gives a masked value or a
 * report line, the site is published (exit 0), and neither the site, the report nor the console quotes a private
 * value. Cells: registry columns D village, I members, J savings, L chair, O address; the 2567 book of 6001001 has an
 * empty plan sheet (header in row 1) and a cover of label | value rows.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualityReport, runBuild, siteTexts, type Run } from '../site/helpers';

const REGISTRY = 'registry/ทะเบียนกลุ่ม-นครสวรรค์.xlsx';
const BOOK = 'audits/2567/6001001.xlsx';
const MASK = '(ซ่อนข้อมูลส่วนบุคคล)';
const CHAIR = 'สมชาย เพชรรัตน์';
const root = mkdtempSync(join(tmpdir(), 'omsap-officer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const data = join(root, 'data');
const content = join(root, 'content');
const dist = join(root, 'dist');
const reports = join(root, 'reports');
cpSync('data', data, { recursive: true });
cpSync('content', content, { recursive: true });

function editBook(file: string, edit: (wb: XLSX.WorkBook) => void): void {
  const path = join(data, file);
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  edit(wb);
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}
const setCells = (ws: XLSX.WorkSheet, cells: Record<string, string | number>) => {
  for (const [at, v] of Object.entries(cells)) XLSX.utils.sheet_add_aoa(ws, [[v]], { origin: at });
};


const report = qualityReport;

/** Everything an officer types in this copy that must never be published or quoted, as typed. */
const TYPED = [
  CHAIR, 'เพชรรัตน์', 'O81-234-5602', '0812345602', '081/234/5603', '081--234--5604', '0812345605', '66812345606',
  '812345610', '1103700123458', '0812345612', '0812345613', '0812345614', '0812345615', '0898765416', '081-234-\n5617', '0812345618',
  '081\\-234\\-5619', '%30%38%31%32%33%34%35%36%32%30', '0812345621',
];

let run: Run;
let check: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  editBook(REGISTRY, (wb) =>
    setCells(wb.Sheets['ทะเบียนกลุ่ม']!, {
      L3: CHAIR, // the chair of 6001001, without a title
      O3: 'บ้านโคกปลิง', // its address: the group's own village
      I4: 812345610, // members of 6001002: a phone typed as a number (its 0 lost)
      J5: 1103700123458, // savings of 6001003: a national id
      D6: CHAIR, // the village of 6001004: the chair of another row
    }),
  );
  editBook(BOOK, (wb) => {
    setCells(wb.Sheets['แผนพัฒนา']!, {
      A2: 1, B2: 'F1', E2: 'โทร O81-234-5602', F2: CHAIR,
      A3: 2, B3: 'F2', C3: 'ติดต่อ 081/234/5603', D3: 'ติดต่อ 081--234--5604', F3: `ประธาน ${CHAIR}`,
      A4: 3, B4: 'F3', E4: 'ยอด 1,234,567.89 บาท ปีงบประมาณ 2567 กลุ่ม 6001001 วันที่ 05/06/2567', F4: 'ประธานและเหรัญญิก',
      A5: 4, B5: 'F4', E5: 'ไลน์ line.me/ti/p/~0812345605 หรือ wa.me/66812345606', F5: 'คณะกรรมการเงินกู้',
    });
    const cover = wb.Sheets['ข้อมูลการตรวจ']!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(cover, { header: 1 }).length;
    setCells(cover, { [`A${rows + 1}`]: 'คณะผู้ตรวจ', [`B${rows + 1}`]: 'นักวิชาการพัฒนาชุมชน' }); // a job title
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['หมายเหตุ']]), 'โทร 0812345612');
  });
  renameSync(join(data, 'audits/2566/6001002.xlsx'), join(data, 'audits/2566/6001002 โทร 0812345613.xlsx'));
  const article = (title: string, body: string) =>
    `---\ntitle: "${title}"\nauthor: "ทีมอำเภอ"\nposition: "นักวิชาการพัฒนาชุมชน"\ndate: "2567-08-01"\n---\n\n${body}\n`;
  writeFileSync(join(content, 'km', '0812345614.md'), article('เรื่องเล่าจากกลุ่ม', 'เนื้อหา'));
  // Lines: 1 ---, 2–5 front matter, 6 ---, 7 blank, then the body from line 8.
  writeFileSync(
    join(content, 'km', 'story.md'),
    article(
      'เรื่องของประธาน',
      [
        `ขอบคุณคุณ${CHAIR} ประธานกลุ่ม`, // 8
        'ติดต่อ 0812345615,0898765416', // 9
        'โทร 081-234-', // 10
        '5617 ได้ทุกวัน', // 11
        'โทร 081-**234**-5618', // 12
        'โทร 081\\-234\\-5619', // 13
        '[โทร](tel:%30%38%31%32%33%34%35%36%32%30)', // 14
        'เบอร์ 081&#8203;234&#8203;5621', // 15
      ].join('\n'),
    ),
  );
  const args = ['--data', data, '--content', content, '--state', join(root, 'state')];
  run = await runBuild([...args, '--out', dist, '--reports', reports]);
  check = await new Promise((done) =>
    execFile(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args, '--reports', join(root, 'check-reports')], { maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code) : 0, stdout, stderr }),
    ),
  );
});

describe('issue 17 as an officer would try it', () => {
  it('publishes the site (exit 0): the gate meets nothing an officer typed', () => {
    expect(run.code, run.stderr).toBe(0);
  });

  it('publishes none of it, in any form, anywhere in dist/ (Pagefind included)', () => {
    const texts = siteTexts(dist);
    expect(texts.length).toBeGreaterThan(300);
    for (const [file, text] of texts) for (const t of TYPED) expect(text.includes(t), `${t} in ${file}`).toBe(false);
  });

  it('a plan owner publishes only roles: a name alone or with a role is masked, roles stay', () => {
    const dataset = JSON.parse(readFileSync(join(dist, 'data', 'omsap.json'), 'utf8'));
    const g = dataset.groups.find((x: { id: string }) => x.id === '6001001');
    const plan = g.audits.find((a: { fiscalYear: number }) => a.fiscalYear === 2567).plan;
    expect(plan.map((p: { owner: string }) => p.owner)).toEqual([MASK, MASK, 'ประธานและเหรัญญิก', 'คณะกรรมการเงินกู้']);
    expect(plan[0].activity).toBe(`โทร ${MASK}`);
    expect(plan[1].cause).toBe(`ติดต่อ ${MASK}`);
    expect(plan[1].approach).toBe(`ติดต่อ ${MASK}`);
    expect(plan[2].activity).toBe('ยอด 1,234,567.89 บาท ปีงบประมาณ 2567 กลุ่ม 6001001 วันที่ 05/06/2567');
    expect(plan[3].activity).toBe(`ไลน์ line.me/ti/p/~${MASK} หรือ wa.me/${MASK}`);
  });

  it("the chair's name is masked in another row's village; the address holding the group's own village is not private", () => {
    const dataset = JSON.parse(readFileSync(join(dist, 'data', 'omsap.json'), 'utf8'));
    const byId = (id: string) => dataset.groups.find((x: { id: string }) => x.id === id);
    expect(byId('6001004').village).toBe(MASK);
    expect(byId('6001001').village).toBe('บ้านโคกปลิง');
  });

  it('a KM story: the chair and every number masked; the job title stays in the author line', () => {
    const html = readFileSync(join(dist, 'km', 'story', 'index.html'), 'utf8');
    expect(html).toContain(`ขอบคุณคุณ${MASK} ประธานกลุ่ม`);
    expect(html).toContain(`ติดต่อ ${MASK},${MASK}`);
    expect(html).toContain('นักวิชาการพัฒนาชุมชน');
    expect(html).not.toContain('081-234'); // the number broken over lines 10–11
  });

  it('a KM file named with a phone number gets an address that says nothing of it', () => {
    const km = readdirSync(join(dist, 'km'));
    expect(km.some((d) => /^a-[0-9a-f]{8}$/.test(d))).toBe(true);
    expect(km.some((d) => d.includes('0812345614'))).toBe(false);
  });

  it('the report names each place with the value masked (owners, numbers, names, file and sheet names)', () => {
    const issues = report(reports).issues;
    // Sorted as text: line 9 after lines 10–15.
    const pick = (code: string) => issues.filter((i) => i.code === code).map((i) => [i.file, i.sheet, i.cell ?? i.line, i.found]).sort();
    // "สมชาย เพชรรัตน์": 15 code points, ⌊15/5⌋ = 3 kept at each end; with "ประธาน ": 22, 4 kept at each end.
    expect(pick('W_OWNER_NOT_ROLE')).toEqual([
      [BOOK, 'แผนพัฒนา', 'F2', 'สมช*********ตน์'],
      [BOOK, 'แผนพัฒนา', 'F3', 'ประธ**************ัตน์'],
    ]);
    expect(pick('W_PERSONAL_DATA_MASKED')).toEqual([
      [BOOK, 'แผนพัฒนา', 'C3', 'ติดต่อ 081/xxx/xx03'],
      [BOOK, 'แผนพัฒนา', 'D3', 'ติดต่อ 081-xxx-xx04'],
      [BOOK, 'แผนพัฒนา', 'E2', 'โทร 081-xxx-xx02'],
      [BOOK, 'แผนพัฒนา', 'E5', 'ไลน์ line.me/ti/p/~081xxxxx05 หรือ wa.me/668xxxxxx06'],
      ['content/km/story.md', undefined, 10, 'โทร 081-xxx-xx17'],
      ['content/km/story.md', undefined, 12, 'โทร 081-xxx-xx18'],
      ['content/km/story.md', undefined, 13, 'โทร 081-xxx-xx19'],
      ['content/km/story.md', undefined, 14, '[โทร](tel:081xxxxx20)'],
      ['content/km/story.md', undefined, 15, 'เบอร์ 081xxxxx21'],
      ['content/km/story.md', undefined, 9, 'ติดต่อ 081xxxxx15,089xxxxx16'],
    ]);
    expect(pick('W_PRIVATE_VALUE_ELSEWHERE')).toEqual([
      ['content/km/story.md', undefined, 8, `ขอบคุณคุณ${MASK} ประธานกลุ่ม`],
      [REGISTRY, 'ทะเบียนกลุ่ม', 'D6', MASK],
    ]);
    expect(pick('E_NUMBER_RANGE').filter((x) => x[0] === REGISTRY)).toEqual([
      [REGISTRY, 'ทะเบียนกลุ่ม', 'I4', '081xxxxx10'],
      [REGISTRY, 'ทะเบียนกลุ่ม', 'J5', '110xxxxxxxx58'],
    ]);
    expect(pick('W_SHEET_IGNORED')).toContainEqual([BOOK, 'โทร 081xxxxx12', undefined, undefined]);
    expect(pick('W_KM_NAME_PERSONAL')).toEqual([['content/km/081xxxxx14.md', undefined, 1, undefined]]);
    expect(report(reports).files.map((f) => f.path)).toContain('audits/2566/6001002 โทร 081xxxxx13.xlsx');
  });

  it('neither the report (JSON, HTML) nor the console quotes anything typed; npm run check reports the same', () => {
    const quoted = [readFileSync(join(reports, 'data-quality.json'), 'utf8'), readFileSync(join(reports, 'data-quality.html'), 'utf8'), run.stdout, run.stderr, check.stdout, check.stderr];
    quoted.forEach((text, k) => {
      for (const t of TYPED) expect(text.includes(t), `${t} in output ${k}: …${text.slice(Math.max(0, text.indexOf(t) - 200), text.indexOf(t) + 50)}`).toBe(false);
    });
    expect(report(join(root, 'check-reports')).issues).toEqual(report(reports).issues);
  });
});
