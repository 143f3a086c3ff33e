/**
 * Never silently shrink (issue 10, item 4; DESIGN §9): after a publication the state folder keeps its summary;
 * a build whose data falls by more than 10 % and more than 5 groups or audits leaves dist/ (and the dataset) as
 * they were, exits 1 and names what vanished and why, in the console and in the report; --allow-shrink publishes;
 * npm run check says the same; a prebuilt dataset is guarded too; the first build never counts as a shrink.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/lib/changes/summary';
import { DatasetSchema } from '../../src/lib/schema/dataset';
import { readPublishedSummary, writePublishedSummary } from '../../src/publish/published-summary';
import { sampleData } from '../scale/helpers';
import { diffTrees, hashTree, runBuild } from './helpers';

const SAMPLE = ['--groups', '40', '--years', '2', '--province', '60', '--layout', 'books', '--seed', 'shrink-guard'];

const base = mkdtempSync(join(tmpdir(), 'omsap-shrink-'));
const dist = join(base, 'dist');
const state = join(base, 'state');
const reports = join(base, 'reports');
let data: string;
let published: { groups: number; audits: number };
let distBefore: Map<string, string>;

const build = (...more: string[]) => runBuild(['--data', data, '--out', dist, '--state', state, '--reports', reports, ...more]);
const report = () => JSON.parse(readFileSync(join(reports, 'data-quality.json'), 'utf8'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function check() {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--data', data, '--state', state, '--reports', join(base, 'check-reports')], { encoding: 'utf8', timeout: 120_000 });
}

beforeAll(async () => {
  data = await sampleData(SAMPLE);
  // The first build: nothing to compare with, never a shrink.
  const r = await build();
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('since the last published build: none yet');
  expect(report().changes).toEqual({ previous: null });
  const s = readPublishedSummary(state);
  if (s.state !== 'ok') throw new Error('no published summary after a publication');
  published = { groups: Object.keys(s.summary.groups).length, audits: Object.values(s.summary.groups).reduce((n, y) => n + Object.keys(y).length, 0) };
  distBefore = hashTree(dist);
}, 300_000);

describe('never silently shrink', () => {
  it('the published summary holds the published groups and audits', () => {
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(state, 'dataset.json'), 'utf8')));
    expect(published.groups).toBe(dataset.groups.length);
    expect(published.audits).toBe(dataset.groups.reduce((n, g) => n + g.audits.length, 0));
    expect(published.groups).toBeGreaterThan(30);
  });

  it('a stale "Save as CSV" copy of the registry beside the .xlsx: no swap, exit 1, the copy named as the cause', async () => {
    const registry = join(data, 'registry', readdirSync(join(data, 'registry')).find((n) => n.endsWith('.xlsx'))!);
    const wb = XLSX.read(readFileSync(registry), { type: 'buffer' });
    const ws = wb.Sheets[wb.SheetNames[0]!]!;
    // An older copy: every name differs, so every id truly conflicts (a copy that repeats rows exactly may be
    // read once by the duplicate rules; this one cannot).
    const range = XLSX.utils.decode_range(ws['!ref']!);
    let nameCol = -1;
    for (let r = range.s.r; r <= range.e.r; r++) {
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })];
        if (nameCol < 0 && cell?.v === 'ชื่อกลุ่ม') nameCol = c;
        else if (nameCol === c && cell && typeof cell.v === 'string') cell.v = cell.w = `${cell.v} (ชื่อเดิม)`;
      }
    }
    expect(nameCol).toBeGreaterThanOrEqual(0);
    const copy = registry.replace(/\.xlsx$/, '.csv');
    writeFileSync(copy, XLSX.utils.sheet_to_csv(ws));
    const datasetBefore = sha(join(state, 'dataset.json'));
    const summaryBefore = readFileSync(join(state, 'published.json'), 'utf8');
    try {
      const r = await build();
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('ไม่ได้เผยแพร่: ข้อมูลลดลงเกินร้อยละ 10 และเกิน 5 รายการ เมื่อเทียบกับการเผยแพร่ครั้งก่อน — dist/ เดิมไม่ถูกแตะต้อง');
      expect(r.stderr).toContain('not published: the data fell by more than 10 % and by more than 5 against the last published build; the previous dist/ is unchanged');
      expect(r.stderr).toMatch(new RegExp(`groups ${published.groups} → \\d+ \\(\\d+ vanished, 0 new\\)`));
      const rel = `registry/${copy.split('/').pop()}`;
      expect(r.stderr).toContain(`  ${rel} — ไฟล์ใหม่ → ไม่ได้ใช้ / new file → rejected; ข้อผิดพลาดใหม่`);
      expect(r.stderr).toMatch(/new errors: E_DUPLICATE_ID ×\d+/);
      expect(r.stderr).toContain('if the data is meant to shrink: npm run build -- --allow-shrink');
      // Nothing published: dist, the dataset and the summary are as they were.
      expect(diffTrees(distBefore, hashTree(dist))).toEqual([]);
      expect(sha(join(state, 'dataset.json'))).toBe(datasetBefore);
      expect(readFileSync(join(state, 'published.json'), 'utf8')).toBe(summaryBefore);
      // The report says it too.
      const c = report().changes;
      expect(c.shrink).toEqual({ groups: true, audits: true, stopsBuild: true });
      expect(c.groups.before).toBe(published.groups);
      expect(c.groups.removed.length).toBeGreaterThan(published.groups * 0.9);
      // The two registries explain it, before the audits that only followed them.
      expect(c.files.slice(0, 2).map((f: { file: string }) => f.file).sort()).toEqual([rel, `registry/${registry.split('/').pop()}`].sort());
      expect(c.files.find((f: { file: string }) => f.file === rel)).toMatchObject({ before: null, now: 'rejected' });
      const html = readFileSync(join(reports, 'data-quality.html'), 'utf8');
      expect(html).toContain('<h2 id="changes">การเปลี่ยนแปลงจากการเผยแพร่ครั้งก่อน<span class="en">Changes since the last published build</span></h2>');
      expect(html).toContain('Not published: groups or audits fell by more than 10 % and by more than 5; the previous site is unchanged. If this is intended, run npm run build -- --allow-shrink.');
      expect(html).toContain(`<span class="file">${rel}</span> — ไฟล์ใหม่ → ไม่ได้ใช้`);

      // npm run check finds it too, and exits 1.
      const ck = check();
      expect(ck.status).toBe(1);
      expect(ck.stdout).toContain('npm run build would not publish: the data fell by more than 10 % and by more than 5 against the last published build');
    } finally {
      rmSync(copy);
    }
  }, 300_000);

  it('a deleted audits folder (another cause): no swap, exit 1, the folder named', async () => {
    const year = readdirSync(join(data, 'audits')).sort().pop()!;
    const aside = join(base, 'audits-aside');
    renameSync(join(data, 'audits', year), aside);
    try {
      const r = await build();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`groups ${published.groups} → ${published.groups} \\(0 vanished, 0 new\\)`));
      expect(r.stderr).toMatch(new RegExp(`audits ${published.audits} → \\d+ \\(\\d+ vanished, 0 new\\)`));
      expect(r.stderr).toMatch(new RegExp(`  audits/${year}/ — ไม่มี \\d+ ไฟล์แล้ว / \\d+ files gone`));
      expect(diffTrees(distBefore, hashTree(dist))).toEqual([]);
    } finally {
      renameSync(aside, join(data, 'audits', year));
    }
  }, 300_000);

  it('--allow-shrink publishes, and the summary follows the new site', async () => {
    const year = readdirSync(join(data, 'audits')).sort().pop()!;
    const aside = join(base, 'audits-aside');
    cpSync(join(data, 'audits', year), aside, { recursive: true });
    rmSync(join(data, 'audits', year), { recursive: true });
    try {
      const r = await build('--allow-shrink');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('published anyway (--allow-shrink)');
      expect(diffTrees(distBefore, hashTree(dist))).not.toEqual([]);
      const s = readPublishedSummary(state);
      expect(s.state === 'ok' && Object.values(s.summary.groups).every((y) => !(year in y))).toBe(true);
      expect(report().changes.shrink).toEqual({ groups: false, audits: true, stopsBuild: false });
      // Against the new summary, the same data no longer shrinks: check does not say a build would stop.
      const ck = check();
      expect(ck.stdout).not.toContain('would not publish');
      expect(ck.stdout).toMatch(/since the last published build: กลุ่ม groups \+0 −0 · ผลการตรวจ audits \+0 −0/);
    } finally {
      cpSync(aside, join(data, 'audits', year), { recursive: true });
    }
  }, 300_000);

  it('a prebuilt dataset (--dataset) is guarded too', async () => {
    const fixture = DatasetSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8')));
    const own = join(base, 'prebuilt');
    writePublishedSummary(join(own, 'state'), summarise(fixture));
    // The fixture holds 13 groups; keep 7: 6 fell, more than 10 % and more than 5.
    const shrunk = { ...fixture, groups: fixture.groups.slice(0, 7) };
    const file = join(own, 'shrunk.json');
    writeFileSync(file, JSON.stringify(shrunk));
    const r = await runBuild(['--dataset', file, '--out', join(own, 'dist'), '--state', join(own, 'state')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('groups 13 → 7 (6 vanished, 0 new)');
    expect(r.stderr).toContain('cause: a prebuilt dataset has no files to name');
    expect(existsSync(join(own, 'dist'))).toBe(false);
  }, 120_000);
});
