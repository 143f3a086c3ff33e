/**
 * Progress inside a long phase (issue 21 item 6): on a terminal, one line rewritten in place ("อ่านไฟล์ 620/2,480
 * (25%) · เหลือราว 40 วินาที"); without one (CI, a log file), a plain line at each quarter, so a log shows life
 * without thousands of lines. A phase that runs in a child process (the build's ingest and Astro render, a bench
 * phase) sends ProgressMessages, and its parent draws them with progressRouter.
 */
import { consoleText, type Words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';

const TH = formatter('th');

/** What a long phase counts: files read, books written, pages rendered, group pages written (console.progress words). */
export type ProgressKind = 'files' | 'books' | 'pages' | 'groupPages';

/** Sent by a child process (IPC) as its phase advances. */
export interface ProgressMessage {
  type: 'progress';
  what: ProgressKind;
  done: number;
  total: number;
}

export const isProgressMessage = (m: unknown): m is ProgressMessage =>
  typeof m === 'object' && m !== null && (m as { type?: unknown }).type === 'progress';

/** Seconds left at the rate so far, or null: nothing done yet, all done, or under a second gone (too early to tell). */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | null {
  return done > 0 && done < total && elapsedMs >= 1000 ? Math.round(((total - done) * elapsedMs) / done / 1000) : null;
}

/** The time left in words: seconds under a minute and a half, whole minutes above. */
const leftWords = (w: Words, seconds: number) =>
  w.console.progress.left(seconds < 90 ? w.console.progress.seconds(String(seconds)) : w.console.progress.minutes(TH.int(Math.round(seconds / 60))));

/** The line for `done` of `total` after `elapsedMs`: the time left once a second has passed and something is done. */
export function progressText(what: (w: Words) => string, done: number, total: number, elapsedMs: number): string {
  const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
  const left = secondsLeft(done, total, elapsedMs);
  return consoleText((w) => w.console.progress.line(what(w), TH.int(done), TH.int(total), String(pct), left === null ? '' : leftWords(w, left)));
}

export interface ProgressOut {
  /** A terminal: rewrite one line. */
  tty: boolean;
  write: (text: string) => void;
  now: () => number;
  /** Put before each line (the build indents a phase's lines under its step). */
  indent?: string;
}

/** The process's standard output: a terminal when it is one. */
export const stdoutProgress = (indent = ''): ProgressOut => ({ tty: Boolean(process.stdout.isTTY), write: (t) => process.stdout.write(t), now: () => Date.now(), indent });

/** A reporter: call it with the number done so far and the total (ingest's onProgress shape). */
export function progress(what: (w: Words) => string, out: ProgressOut = stdoutProgress()): (done: number, total: number) => void {
  const start = out.now();
  const indent = out.indent ?? '';
  let lastDraw = -Infinity;
  let quarter = 0;
  let ended = false;
  return (done, total) => {
    if (ended) return;
    const t = out.now();
    if (done >= total) ended = true;
    if (out.tty) {
      if (done < total && t - lastDraw < 100) return;
      lastDraw = t;
      out.write(`\r${indent}${progressText(what, done, total, t - start)}\x1b[K${done >= total ? '\n' : ''}`);
      return;
    }
    const q = total > 0 ? Math.floor((done * 4) / total) : 4;
    if (q > quarter) {
      quarter = q;
      out.write(`${indent}${progressText(what, done, total, t - start)}\n`);
    }
  };
}

/** One reporter per kind (files, pages …) for the messages of a child process; each starts its clock at its first message. */
export function progressRouter(out: ProgressOut): (m: ProgressMessage) => void {
  const reporters = new Map<ProgressKind, (done: number, total: number) => void>();
  return (m) => {
    let r = reporters.get(m.what);
    if (!r) reporters.set(m.what, (r = progress((w) => w.console.progress[m.what], out)));
    r(m.done, m.total);
  };
}

/** A child process's reporter: its progress goes to the parent over IPC (nothing when there is no IPC channel). */
export function sendProgress(what: ProgressKind): (done: number, total: number) => void {
  return (done, total) => {
    // A channel closed under us (the parent gone) is no error here: parent-watch ends this process.
    if (process.send && process.connected) process.send({ type: 'progress', what, done, total } satisfies ProgressMessage, () => {});
  };
}
