/**
 * Reliability (DESIGN §9): same input → byte-identical dist; a failed build leaves the previous dist
 * byte-identical; data/ and content/ are never written. Builds run once per scenario, from the bundled
 * sample data through the real pipeline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { th } from '../../src/lib/i18n/th';
import { en } from '../../src/lib/i18n/en';
import { USUAL_PREFIX } from '../../src/lib/search/names';
import { wholeFile } from '../../src/ingest/whole-cache';
import { diffTrees, hashTree, runBuild, type Run } from './helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-build-'));
const distA = join(base, 'a', 'dist');
const distB = join(base, 'b', 'dist');
const common = (n: string) => ['--state', join(base, n, 'state'), '--reports', join(base, n, 'reports')];
let first: Run;
let second: Run;
let strict: Run;
/** The half-written whole-result entry of a dead build, in the strict build's cache (the build's own default place). */
let deadTemp: string;
let inputBefore: Map<string, string>;
let inputAfter: Map<string, string>;
/** A build that must fail, with the tree of distA before and after it. */
interface Failed {
  run: Run;
  before: Map<string, string>;
  after: Map<string, string>;
  leftovers: string[];
}
const failedAt = new Map<string, Failed>();
const corrupt: Run[] = [];
let corruptBefore: Map<string, string>;
let corruptAfter: Map<string, string>;
const PHASES = ['astro', 'pagefind', 'gate', 'swap'];

const inputs = (): Map<string, string> => {
  const out = new Map<string, string>();
  for (const dir of ['data', 'content']) for (const [k, v] of hashTree(dir)) out.set(`${dir}/${k}`, v);
  return out;
};

// Every build runs here, one after the other, so no test's time limit counts a build (vitest.config.ts).
beforeAll(async () => {
  inputBefore = inputs();
  first = await runBuild(['--out', distA, ...common('a')]);
  second = await runBuild(['--out', distB, ...common('b')]);
  inputAfter = inputs();
  const dead = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
  deadTemp = `${wholeFile(join(base, 's', 'state', 'cache'))}.${dead}.tmp`;
  mkdirSync(dirname(deadTemp), { recursive: true });
  writeFileSync(deadTemp, 'half of a sealed result');
  strict = await runBuild(['--strict', '--out', join(base, 's', 'dist'), ...common('s')]);
  for (const phase of PHASES) {
    const before = hashTree(distA);
    const run = await runBuild(['--out', distA, ...common('a')], { OMSAP_FAIL_AT: phase });
    const leftovers = readdirSync(join(base, 'a')).filter((n) => n.startsWith('.dist-tmp-'));
    failedAt.set(phase, { run, before, after: hashTree(distA), leftovers });
  }
  corruptBefore = hashTree(distA);
  const bad = join(base, 'corrupt.json');
  writeFileSync(bad, '{"schemaVersion": 2, "groups": [');
  corrupt.push(await runBuild(['--dataset', bad, '--out', distA, ...common('a')]));
  writeFileSync(bad, JSON.stringify({ schemaVersion: 2, criteria: 'omsap-2567', groups: 'no' }));
  corrupt.push(await runBuild(['--dataset', bad, '--out', distA, ...common('a')]));
  corruptAfter = hashTree(distA);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('build', () => {
  it('builds the sample data, printing a line per phase and a summary', () => {
    expect(first.code, first.stderr).toBe(0);
    for (const phase of ['[1/7]', '[2/7]', '[3/7]', '[4/7]', '[5/7]', '[6/7]', '[7/7]']) expect(first.stdout).toContain(phase);
    expect(first.stdout).toMatch(/ไฟล์ \d+: ใช้ทั้งหมด \d+ · ใช้บางส่วน \d+ · ไม่ได้ใช้ \d+ · ข้ามไป \d+ \/ files \d+: used \d+ · partly used \d+ · rejected \d+ · skipped \d+/);
    expect(first.stdout).toMatch(/pages written: \d+/);
    expect(first.stdout).toContain('data-quality.html');
    // The first problems, root causes first: the registry's planted bad date before the audits' problems.
    const registryLine = first.stdout.indexOf('✗ ไฟล์ registry/ทะเบียนกลุ่ม-นครสวรรค์.xlsx แผ่นงาน ทะเบียนกลุ่ม ช่อง H99: วันที่จัดตั้ง "31/2/2559" ไม่มีอยู่จริง');
    expect(registryLine).toBeGreaterThan(0);
    expect(registryLine).toBeLessThan(first.stdout.indexOf('✗ ไฟล์ audits/2567/6001071.xlsx'));
    expect(first.stdout).toContain('registry/ทะเบียนกลุ่ม-นครสวรรค์.xlsx, sheet ทะเบียนกลุ่ม, cell H99: founded date "31/2/2559" does not exist');
  });

  it('same input → byte-identical dist (every file hashed)', () => {
    expect(second.code, second.stderr).toBe(0);
    const a = hashTree(distA);
    const b = hashTree(distB);
    expect(a.size).toBeGreaterThan(100);
    expect(diffTrees(a, b)).toEqual([]);
  });

  it('words stay apart on every page: an indicator code and its name, an icon and its word, a line and its note', () => {
    // Astro drops the space between two expressions inside an expression block ({a} {b} → "G2จำนวน…"), so the built
    // pages, not the templates, are what this reads.
    const glued = [
      /<a [^>]*>[A-Z][0-9]{1,2}(?=[\u0E00-\u0E7FA-Za-z])/, // "F1หนี้ค้างชำระ…", "F1Overdue loans…"
      /aria-hidden="true">[^<\s]{1,2}<\/span>(?=[\u0E00-\u0E7FA-Za-z])/, // "✔ได้คะแนนเต็ม", "=same"
      /<\/(strong|a)><span[^>]*>(?=[^\s<])/, // "แก้ได้ 1ข้อมูลนี้…", a lesson's title and its office
    ];
    const found: string[] = [];
    for (const [file] of hashTree(distB)) {
      if (!file.endsWith('.html')) continue;
      const html = readFileSync(join(distB, file), 'utf8');
      for (const re of glued) {
        const m = re.exec(html);
        if (m) found.push(`${file}: ${html.slice(Math.max(0, m.index - 60), m.index + 60)}`);
      }
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('no page has a style attribute or an inline script: the Content-Security-Policy would refuse them', () => {
    // A map legend's swatch once carried style="background:…": the browser dropped it, and the legend lost its colours.
    const found: string[] = [];
    for (const [file] of hashTree(distB)) {
      if (!file.endsWith('.html')) continue;
      const html = readFileSync(join(distB, file), 'utf8');
      const m = /\sstyle="|<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/.exec(html);
      if (m) found.push(`${file}: ${html.slice(Math.max(0, m.index - 60), m.index + 60)}`);
    }
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('client scripts carry no word catalogue: pages hand them their words (the search script stays small)', () => {
    // A bundler follows imports: one import of a module that imports the catalogue ships all of it (140 KB, and its
    // example phone number, which the privacy gate refuses). Every sentence of both catalogues is looked for.
    const sentences = new Set<string>();
    const collect = (v: unknown): void => {
      // The search script knows a group name's usual start (to suggest names without it); that is no sentence.
      if (typeof v === 'string' && v.length >= 12 && !USUAL_PREFIX.includes(v)) sentences.add(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
    };
    collect(th);
    collect(en);
    expect(sentences.size).toBeGreaterThan(500);
    const scripts = readdirSync(join(distB, '_assets')).filter((n) => n.endsWith('.js'));
    const search = scripts.filter((n) => n.startsWith('SearchPage'));
    expect(search).toHaveLength(1);
    expect(readFileSync(join(distB, '_assets', search[0]!)).length).toBeLessThan(20_000);
    const found = scripts.flatMap((n) => {
      const js = readFileSync(join(distB, '_assets', n), 'utf8');
      return [...sentences].filter((w) => js.includes(w)).map((w) => `${n}: ${w}`);
    });
    expect(found.slice(0, 5)).toEqual([]);
  });

  it('never writes into data/ or content/', () => {
    expect(inputAfter.size).toBeGreaterThan(0);
    expect(diffTrees(inputBefore, inputAfter)).toEqual([]);
  });

  it('removes the cache entry a killed build was writing', () => {
    expect(existsSync(deadTemp)).toBe(false);
    expect(strict.stdout).toContain(deadTemp.split('/').pop());
  });

  it('--strict exits 1 on data errors (the sample data has planted ones) and still builds the site', () => {
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict');
    expect(readdirSync(join(base, 's', 'dist'))).toContain('index.html');
  });

  it.each(PHASES)('a failure at %s leaves the previous dist byte-identical', (phase) => {
    const { run, before, after, leftovers } = failedAt.get(phase)!;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`phase "${phase}"`);
    expect(before.size).toBeGreaterThan(100);
    expect(diffTrees(before, after)).toEqual([]);
    expect(leftovers).toEqual([]);
  });

  it('a corrupt dataset fails before any page, leaving dist untouched', () => {
    const [truncated, wrongShape] = corrupt;
    expect(truncated!.code).toBe(2);
    expect(truncated!.stderr).toMatch(/phase "ingest"|JSON/);
    expect(wrongShape!.code).toBe(2);
    expect(wrongShape!.stderr).toContain('DatasetSchema');
    expect(diffTrees(corruptBefore, corruptAfter)).toEqual([]);
  });
});
