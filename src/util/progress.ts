/**
 * Progress inside a long phase (issue 21 item 6): on a terminal, one line rewritten in place ("อ่านไฟล์ 620/2,480
 * (25%) · เหลือราว 40 วินาที"); without one (CI, a log file), a plain line at each quarter, so a log shows life
 * without thousands of lines.
 */
import { consoleText, type Words } from '../lib/i18n/words';
import { formatter } from '../lib/i18n/format';

const TH = formatter('th');

/** The line for `done` of `total` after `elapsedMs`: the time left once a second has passed and something is done. */
export function progressText(what: (w: Words) => string, done: number, total: number, elapsedMs: number): string {
  const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
  const left = done > 0 && done < total && elapsedMs >= 1000 ? Math.round(((total - done) * elapsedMs) / done / 1000) : null;
  return consoleText((w) => w.console.progress.line(what(w), TH.int(done), TH.int(total), String(pct), left === null ? '' : w.console.progress.left(String(left))));
}

export interface ProgressOut {
  /** A terminal: rewrite one line. */
  tty: boolean;
  write: (text: string) => void;
  now: () => number;
}

const stdoutSink = (): ProgressOut => ({ tty: Boolean(process.stdout.isTTY), write: (t) => process.stdout.write(t), now: () => Date.now() });

/** A reporter: call it with the number done so far and the total (ingest's onProgress shape). */
export function progress(what: (w: Words) => string, out: ProgressOut = stdoutSink()): (done: number, total: number) => void {
  const start = out.now();
  let lastDraw = -Infinity;
  let quarter = 0;
  return (done, total) => {
    const t = out.now();
    if (out.tty) {
      if (done < total && t - lastDraw < 100) return;
      lastDraw = t;
      out.write(`\r${progressText(what, done, total, t - start)}\x1b[K${done >= total ? '\n' : ''}`);
      return;
    }
    const q = total > 0 ? Math.floor((done * 4) / total) : 4;
    if (q > quarter) {
      quarter = q;
      out.write(`${progressText(what, done, total, t - start)}\n`);
    }
  };
}
