/** Helpers for build tests: run the real build CLI in a child process, hash folder trees. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const LOCK = join(tmpdir(), 'omsap-site-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Vitest runs test files in parallel; two Astro builds of one project root at once would share .astro/ and
 * Vite's cache. A lock folder serialises builds across workers (a lock left by a dead process is taken over).
 */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {
        /* being created */
      }
      if (owner && !alive(owner)) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** npm run build, as a child process (Astro and Pagefind keep state; a fresh process per build is honest). */
export function runBuild(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return withLock(() => runBuildUnlocked(args, env));
}

function runBuildUnlocked(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((ok) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/build.ts', ...args],
      { env: { ...process.env, OMSAP_FAIL_AT: '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => ok({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** path (relative, forward slashes) → sha256 of every file under dir. */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.set(relative(dir, p).split('\\').join('/'), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
