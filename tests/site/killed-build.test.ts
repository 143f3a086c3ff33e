/**
 * A killed build (issue 10, item 8): SIGKILL on the build the user started stops every process it started (the
 * relaunched build, the ingest child and its worker threads, the Astro child and its helpers) — none keeps
 * running or writes reports/ or .omsap/dataset.json — and the next build removes the temp folder it left. Killed
 * while ingesting, the build was started without a heap limit (it had relaunched itself); killed while Astro
 * renders, it was started as `npm run build` starts it (one process).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processAlive } from '../../src/publish/stale-temps';
import { sampleData } from '../scale/helpers';
import { type Run, runBuild } from './helpers';

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

/** The build as `npm run build` starts it (package.json: node with a heap limit, one process), without npm. */
const NPM_BUILD = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { build: string } }).scripts.build.split(' ').slice(1);
/** The build started without a heap limit: it runs itself again with one, and that process watches this one. */
const RELAUNCHING = ['--import', 'tsx', 'scripts/build.ts'];

/** The build CLI started with `command` (node's arguments up to the script), its output collected. */
function startBuild(command: string[], args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [...command, ...args], { env: { ...process.env, OMSAP_FAIL_AT: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

function layout() {
  const base = mkdtempSync(join(tmpdir(), 'omsap-killed-'));
  const paths = { dist: join(base, 'dist'), state: join(base, 'state'), reports: join(base, 'reports') };
  return { base, ...paths, args: (data: string) => ['--data', data, '--out', paths.dist, '--state', paths.state, '--reports', paths.reports] };
}

interface Killed {
  /** Command lines of the processes the build had started when it was killed. */
  names: string[];
  /** Those still running after the hang guard (none expected). */
  survivors: string[];
  files: { report: boolean; dataset: boolean; dist: boolean };
  left: string[];
}

/**
 * SIGKILL the build as a user would, with nothing left to chance: the whole tree is first frozen (SIGSTOP, again until
 * no new process appears: a stopped process starts none), so the list of what it had started is complete; then the
 * build is killed and the others go on, to notice it and end. Waiting for them to end is a hang guard, not a time
 * limit on behaviour; once none is alive, nothing of the build can write any more, so no wait after it is needed.
 */
async function killAndWatch(child: ChildProcess): Promise<{ names: string[]; survivors: string[] }> {
  const stop = (p: number) => {
    try {
      process.kill(p, 'SIGSTOP');
    } catch {
      /* ended meanwhile */
    }
  };
  stop(child.pid!);
  let tree: number[] = [];
  for (let seen = -1; seen !== tree.length; ) {
    seen = tree.length;
    tree = descendants(child.pid!);
    tree.forEach(stop);
  }
  const names = tree.map(cmdline);
  child.kill('SIGKILL');
  for (const p of tree) {
    try {
      process.kill(p, 'SIGCONT');
    } catch {
      /* ended meanwhile */
    }
  }
  await until(() => tree.every((p) => !processAlive(p)), 120_000, 'the build\'s processes to end').catch(() => {});
  return { names, survivors: tree.filter(processAlive).map((p) => `${p} ${cmdline(p)}`) };
}

let inIngest: Killed;
let inAstro: Killed;
let next: Run;
let afterNext: string[];
let distAfterNext: string[];

// Every build runs here (vitest.config.ts: builds in hooks; the waits are hang guards only).
beforeAll(async () => {
  const data = await sampleData(SAMPLE);
  const a = layout();
  {
    const { child, output } = startBuild(RELAUNCHING, a.args(data));
    await until(() => output().includes('[1/7]'), 600_000, 'the ingest to start');
    const k = await killAndWatch(child);
    inIngest = { ...k, files: { report: existsSync(join(a.reports, 'data-quality.json')), dataset: existsSync(join(a.state, 'dataset.json')), dist: existsSync(a.dist) }, left: readdirSync(a.base) };
  }
  const b = layout();
  {
    const { child, output } = startBuild(NPM_BUILD, b.args(data));
    await until(() => output().includes('[4/7]'), 900_000, 'the ingest to finish');
    await until(() => descendants(child.pid!).some((p) => cmdline(p).includes('src/publish/astro-child.ts')), 300_000, 'Astro to start');
    // Astro writes the pages into .dist-tmp-<pid> beside dist/ after some seconds of bundling.
    await until(() => readdirSync(b.base).some((n) => /^\.dist-tmp-\d+$/.test(n)), 300_000, 'pages in the temp folder');
    const k = await killAndWatch(child);
    inAstro = { ...k, files: { report: existsSync(join(b.reports, 'data-quality.json')), dataset: existsSync(join(b.state, 'dataset.json')), dist: existsSync(b.dist) }, left: readdirSync(b.base) };
  }
  next = await runBuild(b.args(data));
  afterNext = readdirSync(b.base);
  distAfterNext = existsSync(b.dist) ? readdirSync(b.dist) : [];
});

describe('a killed build', () => {
  it('killed while ingesting: the ingest child and its workers stop and write nothing', () => {
    expect(inIngest.names.some((n) => n.includes('src/publish/prepare-child.ts'))).toBe(true);
    expect(inIngest.survivors).toEqual([]);
    expect(inIngest.files).toEqual({ report: false, dataset: false, dist: false });
  });

  it('killed while Astro renders: every child stops, leaving its temp folder', () => {
    expect(inAstro.names.some((n) => n.includes('src/publish/astro-child.ts'))).toBe(true);
    expect(inAstro.survivors).toEqual([]);
    expect(inAstro.files.dist).toBe(false);
    expect(inAstro.left.filter((n) => /^\.dist-tmp-\d+$/.test(n))).toHaveLength(1);
  });

  it('the next build removes what the killed build left, and publishes', () => {
    expect(next.code, next.stderr).toBe(0);
    const left = inAstro.left.filter((n) => n.startsWith('.dist-tmp-'));
    expect(next.stdout).toContain(`removed what killed builds left: ${left.sort().join(', ')}`);
    expect(afterNext.filter((n) => n.startsWith('.dist-'))).toEqual([]);
    expect(distAfterNext).toContain('index.html');
  });
});
