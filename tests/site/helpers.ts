/** Helpers for build tests: run the real build CLI in a child process, hash folder trees, read a built site. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * npm run build, as a child process (Astro and Pagefind keep state; a fresh process per build is honest). Builds
 * may run at once: each has its own output, state and Astro caches (src/publish/astro-child.ts). Call it from a
 * beforeAll hook, never inside a test: how long a build takes depends on the machine.
 */
export function runBuild(args: string[], env: Record<string, string> = {}): Promise<Run> {
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

/** Every file of the built site as text, Pagefind's gzip fragments decompressed. */
export function siteTexts(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const p = join(e.parentPath, e.name);
    let buf = readFileSync(p);
    if (/\.pf_(fragment|index|meta|filter)$/.test(e.name)) buf = gunzipSync(buf);
    out.push([relative(dir, p), buf.toString('utf8')]);
  }
  return out;
}

/** One problem of reports/data-quality.json, as the privacy tests read it. */
export interface ReportIssue {
  code: string;
  file: string;
  sheet?: string;
  cell?: string;
  line?: number;
  found?: string;
  th: string;
  en: string;
}

/** The data-quality report a build or check wrote into `dir`. */
export function qualityReport(dir: string): { files: { path: string }[]; issues: ReportIssue[] } {
  return JSON.parse(readFileSync(join(dir, 'data-quality.json'), 'utf8'));
}
