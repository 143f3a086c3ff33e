/**
 * The privacy gate in a real build (DESIGN §8): a private value, a phone or a national id that reaches any
 * written file fails the build, naming the file, and the previous dist/ stays byte-identical.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, runBuild } from '../site/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-gate-'));
const dist = join(base, 'dist');
const FIXTURE = 'tests/fixtures/site/dataset.json';
const args = (...more: string[]) => ['--out', dist, '--state', join(base, 'state'), ...more];
let before: Map<string, string>;

beforeAll(async () => {
  const r = await runBuild(args('--dataset', FIXTURE));
  expect(r.code, r.stderr).toBe(0);
  before = hashTree(dist);
}, 180_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('privacy gate', () => {
  it('a planted private value fails the build, naming the file; dist is untouched', async () => {
    const planted = join(base, 'private.json');
    // As if the registry's chair column held this text and a page showed it.
    writeFileSync(planted, JSON.stringify(['กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง', 'ab']));
    const r = await runBuild(args('--dataset', FIXTURE, '--private', planted));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phase "gate"');
    expect(r.stderr).toContain('groups/6010-0002/index.html');
    expect(r.stderr).toContain('private-value');
    expect(r.stderr).not.toContain('กลุ่มออมทรัพย์เพื่อการผลิตบ้านเขาทอง');
    expect(diffTrees(before, hashTree(dist))).toEqual([]);
  }, 180_000);

  it('a phone number inside the dataset (a plan note) fails the build in the gate', async () => {
    const d = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    d.groups.find((g: { id: string }) => g.id === '6010-0002').audits[1].plan[0].activity = 'โทรนัดลูกหนี้ที่ 089-123-4567';
    const file = join(base, 'phone.json');
    writeFileSync(file, JSON.stringify(d));
    const r = await runBuild(args('--dataset', file));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/groups\/6010-0002\/index\.html:\d+:\d+ phone/);
    expect(r.stderr).toMatch(/data\/omsap\.json:\d+:\d+ phone/);
    expect(diffTrees(before, hashTree(dist))).toEqual([]);
  }, 180_000);

  it('a field off the allow-list fails before any page is rendered', async () => {
    const d = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    d.groups[0].chair = 'นายสมชาย ใจดี';
    const file = join(base, 'extra-field.json');
    writeFileSync(file, JSON.stringify(d));
    const r = await runBuild(args('--dataset', file));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phase "dataset"');
    expect(r.stderr).toContain('groups[0].chair');
    expect(diffTrees(before, hashTree(dist))).toEqual([]);
  }, 60_000);

  it('a KM article with a national id fails, naming the file and line', async () => {
    const content = join(base, 'content');
    cpSync('content', content, { recursive: true });
    mkdirSync(join(content, 'km'), { recursive: true });
    writeFileSync(
      join(content, 'km', 'leak.md'),
      '---\ntitle: "ทดสอบ"\nauthor: "ก"\ndate: "2567-07-15"\ntags: []\nsummary: "ส"\n---\n\nบรรทัดแรก\n\nผู้ติดต่อ เลข 1-1037-00123-45-8\n',
    );
    const r = await runBuild(args('--dataset', FIXTURE, '--content', content));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phase "km"');
    expect(r.stderr).toMatch(/leak\.md line 11/);
    expect(diffTrees(before, hashTree(dist))).toEqual([]);
  }, 60_000);
});
