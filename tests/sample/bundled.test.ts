/**
 * The bundled sample in data/: reproducible from its command, read cleanly by ingest (only the planted
 * issues), and the planted-fault list matches what is in the files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineResult } from '../../src/pipeline';
import { parseSampleArgs } from '../../src/sample/options';
import { isValidNationalId } from '../../src/sample/people';
import { PLANTED_FILE, generateAll, runSample, type SampleSummary } from '../../src/sample/write';

const root = path.resolve(__dirname, '../..');
const dataDir = path.join(root, 'data');

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), createHash('sha1').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

let tmp: string;
let summary: SampleSummary;
let pipeline: PipelineResult;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-bundled-'));
  // The bundled preset into a fresh folder (not data/: tests never write there).
  const o = { ...parseSampleArgs(['--preset', 'bundled', '--out', path.join(tmp, 'out')]) };
  summary = await runSample(o, { cwd: root, dataDir });
  pipeline = await runPipeline(dataDir);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('bundled sample', () => {
  it('data/ and a fresh `npm run sample:bundled` both hold what the preset promises (regenerate data/ after changing the generator)', () => {
    for (const dir of [dataDir, path.join(tmp, 'out')]) {
      const names = [...tree(dir).keys()].map((n) => n.split(path.sep).join('/'));
      const inFolder = (folder: string) => names.filter((n) => path.posix.dirname(n) === folder);
      expect(inFolder('.'), dir).toEqual([PLANTED_FILE]);
      expect(inFolder('registry'), dir).toEqual(['registry/ทะเบียนกลุ่ม-นครสวรรค์.xlsx']);
      // 2566: 130 audit books; 2567: 113 books, a copy of one ("(1)", the planted duplicate audit), the two districts'
      // batch workbooks and a lock file left by Excel.
      expect(inFolder('audits/2566'), dir).toHaveLength(130);
      expect(inFolder('audits/2567'), dir).toHaveLength(117);
      expect(inFolder('audits/2567').filter((n) => !/\/\d{7}\.xlsx$/.test(n)).sort(), dir).toEqual([
        'audits/2567/6011008 (1).xlsx',
        'audits/2567/~$6001001.xlsx',
        'audits/2567/ผลการตรวจ-อำเภอตาคลี-2567.xlsx',
        'audits/2567/ผลการตรวจ-อำเภอไพศาลี-2567.xlsx',
      ]);
      expect(names).toHaveLength(1 + 1 + 130 + 117);
    }
  });

  it('has the promised shape', () => {
    expect(summary.groups).toBe(165);
    expect(summary.groupsByDistrict.length).toBe(15);
    expect(summary.workbooks.batches).toBe(2);
    expect(summary.workbooks.registry).toBe(1);
    expect(summary.bytes).toBeLessThan(6_000_000);
  });

  it('reads cleanly: the only issues are the planted ones (and unanswered cells of the incomplete audits)', () => {
    const issues = pipeline.issues;
    const byCode = (code: string) => issues.filter((i) => i.code === code);
    const faults = summary.faults;
    const file = (kind: string) => faults.find((f) => f.kind === kind)!.file;
    expect(byCode('E_DATE_INVALID').map((i) => [i.file, i.found])).toEqual([[file('impossible-date'), '31/2/2559']]);
    expect(byCode('E_GROUP_NOT_IN_REGISTRY').map((i) => i.file)).toEqual([file('orphan-audit')]);
    expect(byCode('W_AUDIT_DUPLICATE').map((i) => i.file)).toEqual([file('duplicate-audit')]);
    expect(byCode('W_NOT_DATA_FILE').map((i) => i.file)).toEqual([PLANTED_FILE]);
    for (const i of byCode('W_ANSWER_MISSING')) expect(summary.incompleteFiles).toContain(i.file);
    const known = new Set(['E_DATE_INVALID', 'E_GROUP_NOT_IN_REGISTRY', 'W_AUDIT_DUPLICATE', 'W_NOT_DATA_FILE', 'W_ANSWER_MISSING']);
    expect(issues.filter((i) => !known.has(i.code))).toEqual([]);
    const lock = pipeline.ingest.files.find((f) => f.path === file('lock-file'));
    expect(lock?.kind).toBe('lock');
    expect(lock?.status).toBe('skipped');
  });

  it('every published level and score is what the generator aimed at', async () => {
    const expected = new Map<string, { level: number | null; score: number | null }>();
    for (const p of await generateAll(parseSampleArgs(['--preset', 'bundled']))) {
      for (const a of p.audits) if (!a.fault) expected.set(`${a.groupId}:${a.fiscalYear}`, a.expected);
    }
    let n = 0;
    for (const g of pipeline.dataset.groups) {
      for (const a of g.audits) {
        const e = expected.get(`${g.id}:${a.fiscalYear}`);
        expect(e, `${g.id} ${a.fiscalYear}`).toBeDefined();
        expect(a.level).toBe(e!.level);
        expect(Math.round((a.score ?? 0) * 10) / 10).toBeCloseTo(e!.score ?? 0, 5);
        n++;
      }
    }
    expect(n).toBe(expected.size);
    const levels = pipeline.dataset.groups.flatMap((g) => g.audits.map((a) => a.level));
    const count = (l: number | null) => levels.filter((x) => x === l).length;
    console.log(`bundled levels (built): 1 ${count(1)}, 2 ${count(2)}, 3 ${count(3)}, incomplete ${count(null)} of ${levels.length}`);
  });

  it('plan follow-through: every status occurs, planned and not, as PLANTED.md counts it and as the generator meant', async () => {
    const ft = pipeline.dataset.followThrough;
    expect(ft.map((f) => [f.fromFiscalYear, f.fiscalYear])).toEqual([[2566, 2567]]);
    const whole = ft[0]!;
    const counted = summary.followThrough[2567]!;
    expect(whole.groups).toBe(counted.groups);
    for (const k of ['planned', 'unplanned'] as const) {
      for (const status of ['fixed', 'better', 'same', 'worse', 'unknown'] as const) expect(whole[k][status], `${k} ${status}`).toBe(counted[k][status]);
    }
    for (const status of ['fixed', 'better', 'same', 'worse'] as const) expect(whole.planned[status], status).toBeGreaterThan(0);
    expect(whole.unplanned.fixed).toBeGreaterThan(0);
    // Most plans help somewhat, not all.
    expect(whole.planned.fixed + whole.planned.better).toBeGreaterThan(whole.planned.issues / 2);
    expect(whole.planned.same + whole.planned.worse).toBeGreaterThan(0);
    // Every topic form the generator writes (code, name, both, a sentence) is read as the code it meant.
    const plans = new Map<string, Set<string>>();
    for (const p of await generateAll(parseSampleArgs(['--preset', 'bundled']))) {
      for (const a of p.audits) if (!a.fault) plans.set(`${a.groupId}:${a.fiscalYear}`, new Set(a.plan.map((r) => r.code)));
    }
    let rows = 0;
    for (const g of pipeline.dataset.groups) {
      for (const a of g.audits) {
        if (!a.followThrough) continue;
        const meant = plans.get(`${g.id}:${a.followThrough.fromFiscalYear}`)!;
        for (const r of a.followThrough.rows) {
          expect(r.planned, `${g.id} ${r.code}`).toBe(meant.has(r.code));
          rows++;
        }
      }
    }
    expect(rows).toBe(whole.planned.issues + whole.unplanned.issues);
  });

  it('private values are read (for the privacy scanner) and are invented: national ids carry valid checksums', () => {
    const priv = pipeline.ingest.privateValues;
    const ids = priv.filter((v) => /^\d{13}$/.test(v.replace(/-/g, '')));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.every(isValidNationalId)).toBe(true);
    expect(priv.some((v) => /^0[689]\d-\d{3}-\d{4}$/.test(v))).toBe(true);
    expect(priv.some((v) => v.startsWith('นางสาว'))).toBe(true);
  });

  it('PLANTED.md lists every planted fault and the files exist', () => {
    const md = fs.readFileSync(path.join(dataDir, PLANTED_FILE), 'utf8');
    expect(summary.faults.map((f) => f.kind).sort()).toEqual(['duplicate-audit', 'impossible-date', 'lock-file', 'orphan-audit']);
    for (const f of summary.faults) {
      expect(md).toContain(f.file);
      expect(fs.existsSync(path.join(dataDir, f.file)), f.file).toBe(true);
    }
    expect(md).toContain('npm run sample -- --preset bundled --out data --force');
  });
});
