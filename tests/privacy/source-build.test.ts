/**
 * Privacy at the source, end to end through the build CLI on a copy of the bundled data (DESIGN §8, issue 10):
 * personal numbers typed into published cells and a KM article are masked, the site is built, nothing of them
 * reaches dist/, and the report (and `npm run check`, which must agree) names file and cell or line. Private
 * columns holding placeholders or place names, or an extra column of village names, no longer stop the build.
 * A private value typed into another row is masked at ingest too, naming both cells (issue 17).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualityReport, runBuild, siteTexts, type Run } from '../site/helpers';

const REGISTRY = 'registry/ทะเบียนกลุ่ม-นครสวรรค์.xlsx';
const root = mkdtempSync(join(tmpdir(), 'omsap-source-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Case {
  data: string;
  content: string;
  dist: string;
  reports: string;
}

/** A fresh copy of the bundled data/ and content/ to spoil. */
function copyInputs(name: string): Case {
  const base = join(root, name);
  cpSync('data', join(base, 'data'), { recursive: true });
  cpSync('content', join(base, 'content'), { recursive: true });
  return { data: join(base, 'data'), content: join(base, 'content'), dist: join(base, 'dist'), reports: join(base, 'reports') };
}

/** Writes values into cells of one sheet of a workbook of the copy ({ D3: 'x' }). */
function setCells(c: Case, file: string, sheet: string, cells: Record<string, string | number>): void {
  const path = join(c.data, file);
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const ws = wb.Sheets[sheet]!;
  for (const [at, v] of Object.entries(cells)) XLSX.utils.sheet_add_aoa(ws, [[v]], { origin: at });
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

/** Runs the build CLI on a case (from a beforeAll hook: a build's time is the machine's, not the test's). */
function build(c: Case): Promise<Run> {
  return runBuild(['--data', c.data, '--content', c.content, '--out', c.dist, '--state', join(c.dist, '..', 'state'), '--reports', c.reports]);
}

const report = qualityReport;

/** npm run check on the same copy; its report must list the same issues as the build's. */
function check(c: Case): Promise<{ code: number; reports: string }> {
  const reports = join(c.dist, '..', 'check-reports');
  const args = ['--data', c.data, '--content', c.content, '--reports', reports, '--state', join(c.dist, '..', 'state')];
  return new Promise((done) =>
    execFile(process.execPath, ['--import', 'tsx', 'scripts/check.ts', ...args], { maxBuffer: 64 << 20 }, (err) =>
      done({ code: err ? Number(err.code) : 0, reports }),
    ),
  );
}


/** The bundled sample's own errors (its planted faults, README): none is about privacy. */
const BASELINE_ERRORS = 2;

const numbers = copyInputs('numbers');
const columns = copyInputs('columns');
const gate = copyInputs('gate');
const runs: Record<string, Run> = {};
const checks: Record<string, { code: number; reports: string }> = {};
let chair = '';

beforeAll(async () => {
  // The issue's first case: a number typed into a plan, a village cell and a KM article.
  setCells(numbers, REGISTRY, 'ทะเบียนกลุ่ม', { D3: 'Tel.0891234567' }); // village of 6001001
  setCells(numbers, 'audits/2567/6001001.xlsx', 'แผนพัฒนา', { A2: 1, B2: 'F1', E2: 'ติดต่อพัฒนากรตำบล โทร.089-765-4321', F2: 'คณะกรรมการเงินกู้' });
  // Lines: 1 ---, 2–5 front matter, 6 ---, 7 blank, 8 text, 9 blank, 10 the number
  writeFileSync(
    join(numbers.content, 'km', 'contact.md'),
    '---\ntitle: "ติดต่อทีมส่งเสริม"\nauthor: "ทีมอำเภอ"\ndate: "2567-08-01"\ntags: ["ติดต่อ"]\n---\n\nสอบถามเรื่องการตรวจสุขภาพ\n\nโทร.081-999-8888 ในเวลาราชการ\n',
  );
  runs.numbers = await build(numbers);
  checks.numbers = await check(numbers);

  // Private columns: the issue's three cases in one copy (different rows), built once. Each alone stopped the build
  // at the gate (exit 2); all three passing means each alone passes (more values only make the gate look for more).
  setCells(columns, REGISTRY, 'ทะเบียนกลุ่ม', { M3: 'ไม่มี', L4: 'นครสวรรค์' }); // phone of 6001001, chair of 6001002
  const path = join(columns.data, REGISTRY);
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const ws = wb.Sheets['ทะเบียนกลุ่ม']!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
  // Column P: the header in row 2, then each row's village (column D) again.
  XLSX.utils.sheet_add_aoa(ws, rows.slice(1).map((r, k) => [k === 0 ? 'ชื่อหมู่บ้าน' : (r[3] ?? '')]), { origin: 'P2' });
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
  runs.columns = await build(columns);
  checks.columns = await check(columns);

  // L4 is the chair of 6001002 (row 4); D3 the village of 6001001: not the same row, but ingest masks it anyway
  // (the gate, still the last line, is tested with planted values in gate-build.test.ts).
  const registry = XLSX.read(readFileSync(join(gate.data, REGISTRY)), { type: 'buffer' }).Sheets['ทะเบียนกลุ่ม']!;
  chair = XLSX.utils.sheet_to_json<unknown[]>(registry, { header: 1 })[3]![11] as string;
  setCells(gate, REGISTRY, 'ทะเบียนกลุ่ม', { D3: chair });
  runs.gate = await build(gate);
});

describe("the issue's first case: numbers typed into a plan, a village cell and a KM article", () => {
  it('builds the site (exit 0)', () => {
    expect(runs.numbers!.code, runs.numbers!.stderr).toBe(0);
  });

  it('none of the numbers is anywhere in dist/, Pagefind fragments included', () => {
    const texts = siteTexts(numbers.dist);
    expect(texts.length).toBeGreaterThan(300);
    for (const [file, text] of texts) {
      for (const n of ['089-765-4321', '0897654321', '0891234567', '081-999-8888', '0819998888']) expect(text.includes(n), `${n} in ${file}`).toBe(false);
    }
  });

  it('publishes each value masked', () => {
    const dataset = JSON.parse(readFileSync(join(numbers.dist, 'data', 'omsap.json'), 'utf8'));
    const g = dataset.groups.find((x: { id: string }) => x.id === '6001001');
    expect(g.village).toBe('Tel.(ซ่อนข้อมูลส่วนบุคคล)');
    const plan = g.audits.find((a: { fiscalYear: number }) => a.fiscalYear === 2567).plan;
    expect(plan[0].activity).toBe('ติดต่อพัฒนากรตำบล โทร.(ซ่อนข้อมูลส่วนบุคคล)');
    expect(readFileSync(join(numbers.dist, 'km', 'contact', 'index.html'), 'utf8')).toContain('โทร.(ซ่อนข้อมูลส่วนบุคคล) ในเวลาราชการ');
  });

  it('the report names file and cell (KM: file and line), with the number masked; check agrees', () => {
    const masked = report(numbers.reports).issues.filter((i) => i.code === 'W_PERSONAL_DATA_MASKED');
    expect(masked.map((i) => [i.file, i.sheet, i.cell, i.line, i.found]).sort()).toEqual([
      ['audits/2567/6001001.xlsx', 'แผนพัฒนา', 'E2', undefined, 'ติดต่อพัฒนากรตำบล โทร.089-xxx-xx21'],
      ['content/km/contact.md', undefined, undefined, 10, 'โทร.081-xxx-xx88 ในเวลาราชการ'],
      [REGISTRY, 'ทะเบียนกลุ่ม', 'D3', undefined, 'Tel.089xxxxx67'],
    ]);
    expect(checks.numbers!.code).toBe(1); // the sample's planted errors
    expect(report(checks.numbers!.reports).issues).toEqual(report(numbers.reports).issues);
  });
});

describe('private columns without false alarms', () => {
  it('"ไม่มี" in a phone cell, "นครสวรรค์" in a chair cell and an extra column ชื่อหมู่บ้าน: the site is built (exit 0)', () => {
    expect(runs.columns!.code, runs.columns!.stderr).toBe(0);
  });

  it('publishes the groups whose rows hold them', () => {
    for (const id of ['6001001', '6001002']) expect(readFileSync(join(columns.dist, 'groups', id, 'index.html'), 'utf8')).toContain('นครสวรรค์');
  });

  it('reports only the unknown column, no privacy problem; check agrees', () => {
    const issues = report(columns.reports).issues;
    expect(issues.filter((i) => i.code === 'W_UNKNOWN_COLUMN').map((i) => [i.file, i.cell, i.found])).toEqual([[REGISTRY, 'P2', 'ชื่อหมู่บ้าน']]);
    expect(issues.filter((i) => i.code.includes('PRIVATE') || i.code.includes('PERSONAL'))).toEqual([]);
    expect(issues.filter((i) => i.code.startsWith('E_'))).toHaveLength(BASELINE_ERRORS);
    expect(report(checks.columns!.reports).issues).toEqual(issues);
  });
});

describe('a private value typed elsewhere never reaches the gate (issue 17)', () => {
  it("another row's chair typed as a village is masked at ingest, naming both cells; the site is built (exit 0)", () => {
    const run = runs.gate!;
    expect(chair).toMatch(/^นา/); // a name from the registry's chair column
    expect(run.code, run.stderr).toBe(0);
    const dataset = JSON.parse(readFileSync(join(gate.dist, 'data', 'omsap.json'), 'utf8'));
    expect(dataset.groups.find((x: { id: string }) => x.id === '6001001').village).toBe('(ซ่อนข้อมูลส่วนบุคคล)');
    const masked = report(gate.reports).issues.filter((i) => i.code === 'W_PRIVATE_VALUE_ELSEWHERE');
    expect(masked.map((i) => [i.file, i.sheet, i.cell, i.found])).toEqual([[REGISTRY, 'ทะเบียนกลุ่ม', 'D3', '(ซ่อนข้อมูลส่วนบุคคล)']]);
    expect(masked[0]!.en).toContain('read at registry/ทะเบียนกลุ่ม-นครสวรรค์.xlsx, sheet ทะเบียนกลุ่ม, cell L4');
    expect(run.stdout + run.stderr).not.toContain(chair);
  });
});
