/**
 * `npm run build` without a terminal (CI, a log file; issue 21 item 6): inside its long phases it prints plain
 * milestone lines, files read and pages rendered at each quarter, never a line per file or page and never a
 * carriage return or terminal escape. One build of a small data folder: a registry of 8 groups and 7 audit books.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type Run } from '../site/helpers';
import { bookXlsx, registryRow, registryXlsx } from '../ingest/helpers';

const base = mkdtempSync(join(tmpdir(), 'omsap-progress-'));
let run: Run;

beforeAll(async () => {
  const data = join(base, 'data');
  mkdirSync(join(data, 'registry'), { recursive: true });
  mkdirSync(join(data, 'audits', '2567'), { recursive: true });
  const ids = Array.from({ length: 8 }, (_, i) => `600100${i + 1}`);
  writeFileSync(join(data, 'registry', 'ทะเบียน.xlsx'), registryXlsx(ids.map((id) => registryRow(id))));
  for (const id of ids.slice(0, 7)) writeFileSync(join(data, 'audits', '2567', `${id}.xlsx`), bookXlsx(id));
  run = await runBuild(['--data', data, '--out', join(base, 'dist'), '--state', join(base, 'state'), '--reports', join(base, 'reports')]);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

/** The English half of each progress line of one kind, without its time left (which depends on the machine). */
const progressLines = (what: string) =>
  run.stdout
    .split('\n')
    .filter((l) => l.includes(` / ${what} `))
    .map((l) => l.split(' / ')[1]!.split(' · ')[0]!);

describe('build progress without a terminal', () => {
  it('files read: 8 data files, a line at each quarter (2, 4, 6 and 8 of 8), indented under the ingest step', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(progressLines('files read')).toEqual(['files read 2/8 (25%)', 'files read 4/8 (50%)', 'files read 6/8 (75%)', 'files read 8/8 (100%)']);
    expect(run.stdout).toMatch(/\[1\/7\][^\n]*\n {6}อ่านไฟล์ 2\/8 \(25%\)/);
  });

  it('pages rendered: four lines, at 25, 50, 75 and 100 %, between the KM step and the pages step', () => {
    const pages = progressLines('pages and files rendered');
    expect(pages.map((l) => /\((\d+)%\)$/.exec(l)?.[1])).toEqual(['25', '50', '75', '100']);
    const total = /\/(\d[\d,]*) \(100%\)$/.exec(pages[3]!)![1];
    expect(pages[3]).toBe(`pages and files rendered ${total}/${total} (100%)`);
    const at = (s: string) => run.stdout.indexOf(s);
    expect(at('[4/7]')).toBeLessThan(at('pages and files rendered'));
    expect(at('(100%) / pages and files rendered')).toBeLessThan(at('[5/7]'));
  });

  it('nothing rewritten in place: no carriage return, no terminal escape, and few lines in all', () => {
    expect(run.stdout).not.toMatch(/[\r\x1b]/);
    expect(run.stdout.split('\n').length).toBeLessThan(60);
  });
});
