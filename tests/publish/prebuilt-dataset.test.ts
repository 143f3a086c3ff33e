/**
 * A hand-edited dataset given to the build (--dataset, issue 17 item 7): its ids and fields are checked before Astro
 * runs, the error names the field, and the state folder (.omsap/) is left as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree, runBuild, type Run } from '../site/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-prebuilt-'));
const state = join(base, 'state');
let run: Run;
let before: Map<string, string>;
let after: Map<string, string>;

beforeAll(async () => {
  const d = JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8'));
  d.groups[0].id = '../../../etc/x';
  const bad = join(base, 'edited.json');
  writeFileSync(bad, JSON.stringify(d));
  mkdirSync(state);
  writeFileSync(join(state, 'dataset.json'), '{"the": "last good dataset"}\n');
  before = hashTree(state);
  run = await runBuild(['--dataset', bad, '--out', join(base, 'dist'), '--state', state, '--reports', join(base, 'reports')]);
  after = hashTree(state);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('a prebuilt dataset with a path in a group id', () => {
  it('fails at the dataset step, naming the field and what it holds, before Astro', () => {
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('phase "dataset"');
    expect(run.stderr).toContain('groups[0].id "../../../etc/x": Invalid string: must match pattern /^[0-9A-Za-z-]{3,32}$/');
    expect(run.stdout).not.toContain('[5/7]');
  });

  it('leaves the state folder as it was', () => {
    expect([...before.keys()]).toEqual(['dataset.json']);
    expect(diffTrees(before, after)).toEqual([]);
  });
});
