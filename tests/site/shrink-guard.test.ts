/**
 * Never silently shrink (issue 10, item 4; DESIGN §9): after a publication the state folder keeps its summary;
 * a build whose data falls by more than 10 % and more than 5 groups or audits leaves dist/ (and the dataset) as
 * they were, exits 1 and names what vanished and why, in the console and in the report; --allow-shrink publishes;
 * npm run check says the same; a prebuilt dataset is guarded too; the first build never counts as a shrink.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/lib/changes/summary';
import { DatasetSchema } from '../../src/lib/schema/dataset';
import { type StoredSummary, readPublishedSummary, writePublishedSummary } from '../../src/publish/published-summary';
import { sampleData } from '../scale/helpers';
import { type Run, diffTrees, hashTree, runBuild } from './helpers';

const SAMPLE = ['--groups', '40', '--years', '2', '--province', '60', '--layout', 'books', '--seed', 'shrink-guard'];

const base = mkdtempSync(join(tmpdir(), 'omsap-shrink-'));
const dist = join(base, 'dist');
const state = join(base, 'state');
const reports = join(base, 'reports');
let data: string;

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const report = () => JSON.parse(readFileSync(join(reports, 'data-quality.json'), 'utf8'));
const build = (...more: string[]) => runBuild(['--data', data, '--out', dist, '--state', state, '--reports', reports, ...more]);
const check = () =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--data', data, '--state', state, '--reports', join(base, 'check-reports')], { encoding: 'utf8', timeout: 600_000 });

/** One build and what it left: the dist/ tree, the dataset's and the summary's bytes, the report. */
interface Outcome {
  run: Run;
  dist: Map<string, string>;
  dataset: string;
  summary: string;
  report: ReturnType<typeof report>;
  html: string;
}
async function outcome(run: Promise<Run>): Promise<Outcome> {
  const r = await run;
  return {
    run: r,
    dist: hashTree(dist),
    dataset: sha(join(state, 'dataset.json')),
    summary: readFileSync(join(state, 'published.json'), 'utf8'),
    report: report(),
    html: readFileSync(join(reports, 'data-quality.html'), 'utf8'),
  };
}

let first: Outcome;
let published: { groups: number; audits: number };
let firstDataset: { groups: number; audits: number };
let copyRel: string;
let registryRel: string;
let copied: Outcome;
let copiedCheck: SpawnSyncReturns<string>;
let year: string;
let deleted: Outcome;
let allowed: Outcome;
let allowedSummary: StoredSummary;
let allowedCheck: SpawnSyncReturns<string>;
let prebuilt: Run;
let prebuiltDist: boolean;

/** A stale "Save as CSV" copy beside the registry: every name differs, so every id truly conflicts (a copy that
 *  repeats rows exactly may be read once by the duplicate rules; this one cannot). */
function staleCsvCopy(): string {
  const registry = join(data, 'registry', readdirSync(join(data, 'registry')).find((n) => n.endsWith('.xlsx'))!);
  registryRel = `registry/${registry.split('/').pop()}`;
  const wb = XLSX.read(readFileSync(registry), { type: 'buffer' });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const range = XLSX.utils.decode_range(ws['!ref']!);
  let nameCol = -1;
  for (let r = range.s.r; r <= range.e.r; r++) {
    for (let c = range.s.c; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      if (nameCol < 0 && cell?.v === 'ชื่อกลุ่ม') nameCol = c;
      else if (nameCol === c && cell && typeof cell.v === 'string') cell.v = cell.w = `${cell.v} (ชื่อเดิม)`;
    }
  }
  if (nameCol < 0) throw new Error('no name column in the sample registry');
  const copy = registry.replace(/\.xlsx$/, '.csv');
  writeFileSync(copy, XLSX.utils.sheet_to_csv(ws));
  copyRel = `registry/${copy.split('/').pop()}`;
  return copy;
}

// Every build runs here, one after the other (vitest.config.ts: builds in hooks, tests only look).
beforeAll(async () => {
  data = await sampleData(SAMPLE);
  first = await outcome(build());
  const d = DatasetSchema.parse(JSON.parse(readFileSync(join(state, 'dataset.json'), 'utf8')));
  firstDataset = { groups: d.groups.length, audits: d.groups.reduce((n, g) => n + g.audits.length, 0) };
  const s = readPublishedSummary(state);
  published = s.state === 'ok' ? { groups: Object.keys(s.summary.groups).length, audits: Object.values(s.summary.groups).reduce((n, y) => n + Object.keys(y).length, 0) } : { groups: -1, audits: -1 };

  const copy = staleCsvCopy();
  copied = await outcome(build());
  copiedCheck = check();
  rmSync(copy);

  year = readdirSync(join(data, 'audits')).sort().pop()!;
  const aside = join(base, 'audits-aside');
  renameSync(join(data, 'audits', year), aside);
  deleted = await outcome(build());
  allowed = await outcome(build('--allow-shrink'));
  allowedSummary = readPublishedSummary(state);
  allowedCheck = check();
  cpSync(aside, join(data, 'audits', year), { recursive: true });

  // A prebuilt dataset: the fixture's 13 groups published, then 7 of them (6 fell: more than 10 % and more than 5).
  const fixture = DatasetSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8')));
  const own = join(base, 'prebuilt');
  writePublishedSummary(join(own, 'state'), summarise(fixture));
  const file = join(own, 'shrunk.json');
  writeFileSync(file, JSON.stringify({ ...fixture, groups: fixture.groups.slice(0, 7) }));
  prebuilt = await runBuild(['--dataset', file, '--out', join(own, 'dist'), '--state', join(own, 'state')]);
  prebuiltDist = existsSync(join(own, 'dist'));
});

describe('never silently shrink', () => {
  it('the first build compares nothing, publishes, and keeps the summary of what it published', () => {
    expect(first.run.code, first.run.stderr).toBe(0);
    expect(first.run.stdout).toContain('since the last published build: none yet');
    expect(first.report.changes).toEqual({ previous: null });
    expect(first.html).toContain('ยังไม่เคยเผยแพร่เว็บไซต์จากโฟลเดอร์นี้ จึงไม่มีสิ่งที่จะเทียบ<span class="en">No site has been published from this folder yet: nothing to compare.</span>');
    expect(published).toEqual(firstDataset);
    expect(published.groups).toBeGreaterThan(30);
  });

  it('a stale "Save as CSV" copy of the registry: no swap, exit 1, the copy named as the cause', () => {
    const { run } = copied;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ไม่ได้เผยแพร่: ข้อมูลลดลงเกินร้อยละ 10 และเกิน 5 รายการ เมื่อเทียบกับการเผยแพร่ครั้งก่อน — dist/ เดิมไม่ถูกแตะต้อง');
    expect(run.stderr).toContain('not published: the data fell by more than 10 % and by more than 5 against the last published build; the previous dist/ is unchanged');
    expect(run.stderr).toMatch(new RegExp(`groups ${published.groups} → \\d+ \\(\\d+ vanished, 0 new\\)`));
    expect(run.stderr).toContain(`  ${copyRel} — ไฟล์ใหม่ → ไม่ได้ใช้ / new file → rejected; ข้อผิดพลาดใหม่`);
    expect(run.stderr).toMatch(/new errors: E_DUPLICATE_ID ×\d+/);
    expect(run.stderr).toContain('if the data is meant to shrink: npm run build -- --allow-shrink');
  });

  it('…and nothing was published: dist/, the dataset and the summary are as they were', () => {
    expect(diffTrees(first.dist, copied.dist)).toEqual([]);
    expect(copied.dataset).toBe(first.dataset);
    expect(copied.summary).toBe(first.summary);
  });

  it('…and the report says so, with the files that explain it before the audits that followed them', () => {
    const c = copied.report.changes;
    expect(c.shrink).toEqual({ groups: true, audits: true, stopsBuild: true });
    expect(c.groups.before).toBe(published.groups);
    expect(c.groups.removed.length).toBeGreaterThan(published.groups * 0.9);
    expect(c.files.slice(0, 2).map((f: { file: string }) => f.file).sort()).toEqual([copyRel, registryRel].sort());
    expect(c.files.find((f: { file: string }) => f.file === copyRel)).toMatchObject({ before: null, now: 'rejected' });
    expect(copied.html).toContain('<h2 id="changes">การเปลี่ยนแปลงจากการเผยแพร่ครั้งก่อน<span class="en">Changes since the last published build</span></h2>');
    expect(copied.html).toContain('Not published: groups or audits fell by more than 10 % and by more than 5; the previous site is unchanged. If this is intended, run npm run build -- --allow-shrink.');
    expect(copied.html).toContain(`<span class="file">${copyRel}</span> — ไฟล์ใหม่ → ไม่ได้ใช้`);
  });

  it('…and npm run check finds it too, and exits 1', () => {
    expect(copiedCheck.status).toBe(1);
    expect(copiedCheck.stdout).toContain('npm run build would not publish: the data fell by more than 10 % and by more than 5 against the last published build');
  });

  it('a deleted audits folder (another cause): no swap, exit 1, the folder named', () => {
    const { run } = deleted;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`groups ${published.groups} → ${published.groups} \\(0 vanished, 0 new\\)`));
    expect(run.stderr).toMatch(new RegExp(`audits ${published.audits} → \\d+ \\(\\d+ vanished, 0 new\\)`));
    expect(run.stderr).toMatch(new RegExp(`  audits/${year}/ — ไม่มี \\d+ ไฟล์แล้ว / \\d+ files gone`));
    expect(diffTrees(first.dist, deleted.dist)).toEqual([]);
  });

  it('--allow-shrink publishes, and the summary follows the new site', () => {
    expect(allowed.run.code, allowed.run.stderr).toBe(0);
    expect(allowed.run.stdout).toContain('published anyway (--allow-shrink)');
    expect(diffTrees(first.dist, allowed.dist)).not.toEqual([]);
    expect(allowedSummary.state === 'ok' && Object.values(allowedSummary.summary.groups).every((y) => !(year in y))).toBe(true);
    expect(allowed.report.changes.shrink).toEqual({ groups: false, audits: true, stopsBuild: false });
    // Against the new summary, the same data no longer shrinks: check does not say a build would stop.
    expect(allowedCheck.stdout).not.toContain('would not publish');
    expect(allowedCheck.stdout).toMatch(/เทียบกับการเผยแพร่ครั้งก่อน: กลุ่ม \+0 −0 · ผลการตรวจ \+0 −0 · ระดับเปลี่ยน 0.* \/ since the last published build: groups \+0 −0 · audits \+0 −0 · level changes 0/);
  });

  it('a prebuilt dataset (--dataset) is guarded too', () => {
    expect(prebuilt.code).toBe(1);
    expect(prebuilt.stderr).toContain('groups 13 → 7 (6 vanished, 0 new)');
    expect(prebuilt.stderr).toContain('cause: a prebuilt dataset has no files to name');
    expect(prebuiltDist).toBe(false);
  });
});
