/**
 * Runs a command and measures its wall time, its CPU time and peak memory: the resident set of the whole process
 * tree (node, its worker threads, and children such as the Pagefind binary), sampled from /proc every 200 ms,
 * plus the largest single process's high-water mark (VmHWM; GNU time's %M would miss a child's memory
 * being added to its parent's). CPU time is user + system of the whole tree, as the kernel adds it up for the
 * children this process has waited for (and theirs), or the sum of each process's CPU as sampled when that is more
 * (a child left behind is never waited for): on a busy machine wall time grows, CPU time much less.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  code: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the process tree (MB, sampled). */
  peakTreeMb: number;
  /** Largest VmHWM of any one process in the tree (MB). */
  peakProcessMb: number;
  /** User + system CPU time of the whole tree (ms). */
  cpuMs: number;
  /** The run cut where its output says a step begins (MeasureOptions.stepAfter), each step with its own figures. */
  steps: StepFigure[];
  stdout: string;
  stderr: string;
}

/** Clock ticks per second of /proc's times: USER_HZ, 100 on every Linux. */
const TICKS = 100;

/** Fields of /proc/<pid>/stat from field 3 (state) on: the command name before them may hold spaces. */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU time (ms) of this process's children that have exited and been waited for, with their own children's
 *  (cutime + cstime). Measures run one at a time, so the difference over one is its tree's. */
function childrenCpuMs(): number {
  const f = statFields('self');
  return f ? ((Number(f[13]) + Number(f[14])) * 1000) / TICKS : Number.NaN;
}

/** A process's own CPU time so far (ms): utime + stime, all its threads. */
function ownCpuMs(pid: number): number | undefined {
  const f = statFields(pid);
  return f ? ((Number(f[11]) + Number(f[12])) * 1000) / TICKS : undefined;
}

function status(pid: number): { ppid: number; rssKb: number; hwmKb: number } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const num = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    return { ppid: num('PPid'), rssKb: num('VmRSS'), hwmKb: num('VmHWM') };
  } catch {
    return undefined;
  }
}

/** pids in the tree under root (root included). */
function tree(root: number): Map<number, { rssKb: number; hwmKb: number }> {
  const all = new Map<number, { ppid: number; rssKb: number; hwmKb: number }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const s = status(Number(d));
    if (s) all.set(Number(d), s);
  }
  const out = new Map<number, { rssKb: number; hwmKb: number }>();
  const want = [root];
  while (want.length) {
    const p = want.pop()!;
    const s = all.get(p);
    if (!s || out.has(p)) continue;
    out.set(p, s);
    for (const [q, t] of all) if (t.ppid === p) want.push(q);
  }
  return out;
}

/** One step of a measured run: from the line that began it to the next such line or the end. */
export interface StepFigure {
  step: string;
  wallMs: number;
  /** CPU of the tree over the step, from each process's sampled CPU (a process's last 200 ms before exit are missed). */
  cpuMs: number;
  peakTreeMb: number;
}

/** The steps of one run, as the samples come: each sample counts toward the step under way. */
export class Steps {
  private readonly done: StepFigure[] = [];
  private current: { step: string; atMs: number; cpuMs: number; peakKb: number } | undefined;
  /** A step begins (and the one under way ends) at this time, with the tree's CPU so far. */
  begin(step: string, atMs: number, cpuMs: number): void {
    this.end(atMs, cpuMs);
    this.current = { step, atMs, cpuMs, peakKb: 0 };
  }
  sample(treeKb: number): void {
    if (this.current) this.current.peakKb = Math.max(this.current.peakKb, treeKb);
  }
  /** The step under way ends (the run is over, or the next begins). */
  end(atMs: number, cpuMs: number): void {
    const c = this.current;
    if (c) this.done.push({ step: c.step, wallMs: Math.round(atMs - c.atMs), cpuMs: Math.round(cpuMs - c.cpuMs), peakTreeMb: Math.round(c.peakKb / 1024) });
    this.current = undefined;
  }
  get figures(): StepFigure[] {
    return this.done;
  }
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  echo?: boolean;
  /** Each whole line the command writes to stdout, as it comes (the bench shows the whole build's milestone lines). */
  onLine?: (line: string) => void;
  /** Opens an IPC channel: each message the command sends (a phase's progress, src/util/progress.ts). */
  onMessage?: (m: unknown) => void;
  /** The step a line of stdout begins, if it begins one; `firstStep` is under way from the start. */
  stepAfter?: (line: string) => string | undefined;
  firstStep?: string;
}

export function measure(cmd: string, args: string[], opts: MeasureOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const cpu0 = childrenCpuMs();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe', ...(opts.onMessage ? (['ipc'] as const) : [])] });
    if (opts.onMessage) child.on('message', opts.onMessage);
    let stdout = '';
    let stderr = '';
    let partial = '';
    const steps = new Steps();
    if (opts.firstStep) steps.begin(opts.firstStep, 0, 0);
    let peakTree = 0;
    let peakProc = 0;
    // Each process's CPU as last sampled: a child that its parent leaves behind (a search-index binary outliving a
    // process.exit) is never waited for, so the kernel's count of waited-for children misses it; the samples do not.
    const sampledCpu = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const [pid, s] of tree(child.pid)) {
        sum += s.rssKb;
        peakProc = Math.max(peakProc, s.hwmKb);
        const cpu = ownCpuMs(pid);
        if (cpu !== undefined) sampledCpu.set(pid, cpu);
      }
      peakTree = Math.max(peakTree, sum);
      steps.sample(sum);
    };
    const sampledSum = () => [...sampledCpu.values()].reduce((a, b) => a + b, 0);
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d;
      if (opts.echo) process.stdout.write(d);
      if (opts.onLine || opts.stepAfter) {
        const lines = (partial + d.toString()).split('\n');
        partial = lines.pop()!;
        for (const l of lines) {
          opts.onLine?.(l);
          const step = opts.stepAfter?.(l);
          if (step) {
            sample();
            steps.begin(step, performance.now() - t0, sampledSum());
          }
        }
      }
    });
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d;
      if (opts.echo) process.stderr.write(d);
    });
    const timer = setInterval(sample, 200);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      steps.end(performance.now() - t0, sampledSum());
      resolve({
        code,
        wallMs: Math.round(performance.now() - t0),
        cpuMs: Math.round(Math.max(childrenCpuMs() - cpu0, sampledSum())),
        peakTreeMb: Math.round(peakTree / 1024),
        peakProcessMb: Math.round(peakProc / 1024),
        steps: steps.figures,
        stdout,
        stderr,
      });
    });
  });
}
