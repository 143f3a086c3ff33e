/** Progress inside long phases (issue 21 item 6): the line's words, a rewritten line on a terminal, quarters without. */
import { describe, expect, it } from 'vitest';
import { progress, progressText } from '../../../src/util/progress';

const files = (w: { console: { progress: { files: string } } }) => w.console.progress.files;

describe('progress', () => {
  it('says done of total, the percentage and, after a second, the time left', () => {
    // 620 of 2,480 after 10 s: 1,860 left at 62 per second → 30 s.
    expect(progressText(files, 620, 2480, 10_000)).toBe('อ่านไฟล์ 620/2,480 (25%) · เหลือราว 30 วินาที / files read 620/2,480 (25%) · about 30 s left');
    expect(progressText(files, 3, 2480, 500)).toBe('อ่านไฟล์ 3/2,480 (0%) / files read 3/2,480 (0%)');
    expect(progressText(files, 2480, 2480, 40_000)).toBe('อ่านไฟล์ 2,480/2,480 (100%) / files read 2,480/2,480 (100%)');
  });

  it('without a terminal: one plain line at each quarter, no more', () => {
    const lines: string[] = [];
    let t = 0;
    const tick = progress(files, { tty: false, write: (s) => lines.push(s), now: () => t });
    for (let i = 1; i <= 100; i++) {
      t += 100;
      tick(i, 100);
    }
    expect(lines.map((l) => l.split(' / ')[1]!.trim())).toEqual([
      'files read 25/100 (25%) · about 8 s left',
      'files read 50/100 (50%) · about 5 s left',
      'files read 75/100 (75%) · about 3 s left',
      'files read 100/100 (100%)',
    ]);
  });

  it('on a terminal: one line rewritten in place, at most ten times a second, ended with a newline', () => {
    const out: string[] = [];
    let t = 0;
    const tick = progress(files, { tty: true, write: (s) => out.push(s), now: () => t });
    tick(1, 3);
    t += 50;
    tick(2, 3); // 50 ms after the last draw: skipped
    t += 50;
    tick(3, 3); // the last is always drawn
    expect(out.length).toBe(2);
    expect(out.every((s) => s.startsWith('\r') && s.includes('\x1b[K'))).toBe(true);
    expect(out[1]!.endsWith('\n')).toBe(true);
  });
});
