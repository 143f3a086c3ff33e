/**
 * The site fixture (tests/fixtures/site/dataset.json), which the site, browser and privacy tests build, is what the
 * pipeline's dataset step makes of its records today: regenerated into a temp folder, it is byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const base = mkdtempSync(join(tmpdir(), 'omsap-fixture-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('tests/fixtures/site/dataset.json', () => {
  it('is what tests/fixtures/site/make-dataset.ts writes today (if not: npx tsx tests/fixtures/site/make-dataset.ts)', () => {
    const fresh = join(base, 'dataset.json');
    execFileSync(process.execPath, ['--import', 'tsx', 'tests/fixtures/site/make-dataset.ts', fresh], { stdio: 'pipe' });
    const committed = readFileSync('tests/fixtures/site/dataset.json', 'utf8');
    // Compared as text, so a failure shows the lines that moved.
    expect(readFileSync(fresh, 'utf8')).toBe(committed);
  });
});
