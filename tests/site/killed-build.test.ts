/**
 * A killed build (issue 10, item 8): SIGKILL on the build the user started stops every process it started (the
 * relaunched build, the ingest child and its worker threads, the Astro child and its helpers) — none keeps
 * running or writes reports/ or .omsap/dataset.json — and the next build removes the temp folder it left.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processAlive } from '../../src/publish/stale-temps';
import { sampleData } from '../scale/helpers';
import { runBuild } from './helpers';

// ~170 workbooks: ingest takes seconds, so the kill lands while the ingest child is still reading.
const SAMPLE = ['--groups', '120', '--years', '2', '--province', '60', '--layout', 'books', '--seed', 'killed-build'];

/** Every process below `pid`, from /proc (Linux). */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const n of readdirSync('/proc')) {
    if (!/^\d+$/.test(n)) continue;
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      parentOf.set(Number(n), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* ended meanwhile */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf) if (parent === p) {
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The build CLI as a user starts it (it relaunches itself with a heap limit), its output collected. */
function startBuild(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { env: { ...process.env, OMSAP_FAIL_AT: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

/** SIGKILL the build; every process it had started must end within 15 s. Returns their command lines. */
async function killAndWatch(child: ChildProcess): Promise<string[]> {
  const tree = descendants(child.pid!);
  const names = tree.map(cmdline);
  child.kill('SIGKILL');
  await until(() => tree.every((p) => !processAlive(p)), 15_000, `the build's processes to end: ${tree.filter(processAlive).map((p) => `${p} ${cmdline(p)}`).join('; ')}`);
  return names;
}

function layout() {
  const base = mkdtempSync(join(tmpdir(), 'omsap-killed-'));
  const paths = { dist: join(base, 'dist'), state: join(base, 'state'), reports: join(base, 'reports') };
  return { base, ...paths, args: (data: string) => ['--data', data, '--out', paths.dist, '--state', paths.state, '--reports', paths.reports] };
}

describe('a killed build', () => {
  it('killed while ingesting: the ingest child and its workers stop and write nothing', async () => {
    const data = await sampleData(SAMPLE);
    const l = layout();
    {
      const { child, output } = startBuild(l.args(data));
      await until(() => output().includes('[1/7]'), 120_000, 'the ingest to start');
      const names = await killAndWatch(child);
      expect(names.some((n) => n.includes('src/publish/prepare-child.ts'))).toBe(true);
      // Had any process gone on, it would write these within seconds.
      await new Promise((r) => setTimeout(r, 3000));
    }
    expect(existsSync(join(l.reports, 'data-quality.json'))).toBe(false);
    expect(existsSync(join(l.state, 'dataset.json'))).toBe(false);
    expect(existsSync(l.dist)).toBe(false);
  }, 240_000);

  it('killed while Astro renders: every child stops; the next build removes the temp folder it left', async () => {
    const data = await sampleData(SAMPLE);
    const l = layout();
    {
      const { child, output } = startBuild(l.args(data));
      await until(() => output().includes('[4/7]'), 180_000, 'the ingest to finish');
      await until(() => descendants(child.pid!).some((p) => cmdline(p).includes('src/publish/astro-child.ts')), 60_000, 'Astro to start');
      // Astro writes the pages into .dist-tmp-<pid> beside dist/ after a few seconds of bundling.
      await until(() => readdirSync(l.base).some((n) => n.startsWith('.dist-tmp-')), 60_000, 'pages in the temp folder');
      const names = await killAndWatch(child);
      expect(names.some((n) => n.includes('src/publish/astro-child.ts'))).toBe(true);
    }
    const left = readdirSync(l.base).filter((n) => n.startsWith('.dist-tmp-'));
    expect(left).toHaveLength(1);
    expect(existsSync(l.dist)).toBe(false);

    const next = await runBuild(l.args(data));
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toContain(`removed what killed builds left: ${left[0]}`);
    expect(readdirSync(l.base).filter((n) => n.startsWith('.dist-'))).toEqual([]);
    expect(readdirSync(l.dist)).toContain('index.html');
  }, 420_000);
});
