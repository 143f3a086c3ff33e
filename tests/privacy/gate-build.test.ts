/**
 * The privacy gate in a real build (DESIGN §8): a private value, a phone or a national id that reaches any
 * written file (Thai pages, English pages under /en/, downloads, the search index) fails the build, naming the file,
 * and the previous dist/ stays byte-identical. (A prebuilt dataset skips ingest, so these values reach the gate; from
 * data/ ingest masks them first: tests/privacy/source-build.test.ts.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, runBuild, type Run } from '../site/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-gate-'));
const dist = join(base, 'dist');
const kmDist = join(base, 'km-dist');
const FIXTURE = 'tests/fixtures/site/dataset.json';
const args = (...more: string[]) => ['--out', dist, '--state', join(base, 'state'), ...more];
let before: Map<string, string>;
let after: Map<string, string>;
const runs: Record<string, Run> = {};

// Every build runs here, so no test's time limit counts a build (vitest.config.ts); each failing build must leave
// dist/ as the first one made it.
beforeAll(async () => {
  const r = await runBuild(args('--dataset', FIXTURE));
  expect(r.code, r.stderr).toBe(0);
  before = hashTree(dist);

  // As if the registry's chair column held this text and a page showed it.
  const planted = join(base, 'private.json');
  writeFileSync(planted, JSON.stringify(['กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง', 'ab']));
  runs.planted = await runBuild(args('--dataset', FIXTURE, '--private', planted));

  // Text only the indicator pages (issue 13) write: F3's "what it measures", in each language.
  const indicatorText = join(base, 'indicator-text.json');
  writeFileSync(indicatorText, JSON.stringify(['เงินสดและเงินฝากธนาคาร เทียบกับเงินสัจจะ', 'Cash and bank deposits against savings']));
  runs.indicator = await runBuild(args('--dataset', FIXTURE, '--private', indicatorText));

  const phone = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  phone.groups.find((g: { id: string }) => g.id === '6010-0002').audits[1].plan[0].activity = 'โทรนัดลูกหนี้ที่ 089-123-4567';
  writeFileSync(join(base, 'phone.json'), JSON.stringify(phone));
  runs.phone = await runBuild(args('--dataset', join(base, 'phone.json')));

  const extra = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  extra.groups[0].chair = 'นายสมชาย ใจดี';
  writeFileSync(join(base, 'extra-field.json'), JSON.stringify(extra));
  runs.extra = await runBuild(args('--dataset', join(base, 'extra-field.json')));

  const content = join(base, 'content');
  cpSync('content', content, { recursive: true });
  mkdirSync(join(content, 'km'), { recursive: true });
  writeFileSync(
    join(content, 'km', 'leak.md'),
    '---\ntitle: "ทดสอบ"\nauthor: "ก"\ndate: "2567-07-15"\ntags: []\nsummary: "ส"\n---\n\nบรรทัดแรก\n\nผู้ติดต่อ เลข 1-1037-00123-45-8\n',
  );
  // This one builds (the id is masked), so into a folder of its own.
  runs.km = await runBuild(['--out', kmDist, '--state', join(base, 'km-state'), '--dataset', FIXTURE, '--content', content]);
  after = hashTree(dist);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('privacy gate', () => {
  it('no failing build changed dist', () => {
    expect(before.size).toBeGreaterThan(13); // the fixture's 13 group pages, at least
    expect(diffTrees(before, after)).toEqual([]);
  });

  it('a planted private value fails the build, naming the file', () => {
    const r = runs.planted!;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phase "gate"');
    // The console names the first 20 finds in path order: the district page comes before the group's.
    expect(r.stderr).toMatch(/ districts\/6010\/index\.html:\d+:\d+ private-value/);
    expect(r.stderr).toContain('private-value');
    expect(r.stderr).not.toContain('กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง');
  });

  it('covers the indicator pages, Thai and English', () => {
    const r = runs.indicator!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ indicators\/F3\/index\.html:\d+:\d+ private-value/);
    expect(r.stderr).toMatch(/ en\/indicators\/F3\/index\.html:\d+:\d+ private-value/);
  });

  it('a phone number inside the dataset (a plan note) fails the build in the gate', () => {
    const r = runs.phone!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/groups\/6010-0002\/index\.html:\d+:\d+ phone/);
    expect(r.stderr).toMatch(/data\/omsap\.json:\d+:\d+ phone/);
    // The English page is scanned too (groups.csv holds no plan, so neither download has it).
    expect(r.stderr).toMatch(/ en\/groups\/6010-0002\/index\.html:\d+:\d+ phone/);
  });

  it('a field off the allow-list fails before any page is rendered', () => {
    const r = runs.extra!;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phase "dataset"');
    expect(r.stderr).toContain('groups[0].chair');
  });

  it('a KM article with a national id is published with the id masked, the console naming the file and line', () => {
    const r = runs.km!;
    expect(r.code, r.stderr).toBe(0);
    // A prebuilt dataset has no report: the article's warning goes to the console.
    expect(r.stdout).toContain('content/km/leak.md, line 11: text "ผู้ติดต่อ เลข 1-10xx-xxxxx-x5-8" holds a national id');
    const page = readFileSync(join(kmDist, 'km', 'leak', 'index.html'), 'utf8');
    expect(page).toContain('ผู้ติดต่อ เลข (ซ่อนข้อมูลส่วนบุคคล)');
    expect(page).not.toContain('00123');
  });
});
