/** Progress inside long phases (issue 21 item 6): the line's words, a rewritten line on a terminal, quarters without. */
import { describe, expect, it } from 'vitest';
import { progress, progressRouter, progressText, secondsLeft, type ProgressOut } from '../../../src/util/progress';

const files = (w: { console: { progress: { files: string } } }) => w.console.progress.files;

/** A sink that keeps what is written, with a clock the test moves. */
function sink(tty: boolean, indent?: string): { out: ProgressOut; lines: string[]; at: (ms: number) => void } {
  const lines: string[] = [];
  let t = 0;
  return { out: { tty, write: (s) => lines.push(s), now: () => t, ...(indent === undefined ? {} : { indent }) }, lines, at: (ms) => (t = ms) };
}

describe('progress', () => {
  it('says done of total, the percentage and, after a second, the time left', () => {
    // 620 of 2,480 after 10 s: 1,860 left at 62 per second → 30 s.
    expect(progressText(files, 620, 2480, 10_000)).toBe('อ่านไฟล์ 620/2,480 (25%) · เหลือราว 30 วินาที / files read 620/2,480 (25%) · about 30 s left');
    expect(progressText(files, 3, 2480, 500)).toBe('อ่านไฟล์ 3/2,480 (0%) / files read 3/2,480 (0%)');
    expect(progressText(files, 2480, 2480, 40_000)).toBe('อ่านไฟล์ 2,480/2,480 (100%) / files read 2,480/2,480 (100%)');
  });

  it('says a long time left in minutes', () => {
    // Pages: 1,200 of 31,000 after 60 s: 29,800 left at 20 per second → 1,490 s, about 25 minutes (24.8 rounded).
    const pages = (w: { console: { progress: { pages: string } } }) => w.console.progress.pages;
    expect(progressText(pages, 1200, 31_000, 60_000)).toBe('สร้างหน้าเว็บและไฟล์ 1,200/31,000 (3%) · เหลือราว 25 นาที / pages and files rendered 1,200/31,000 (3%) · about 25 min left');
    // 100 of 200 after 89 s: 89 s left, still in seconds; 100 of 200 after 90 s: 90 s, "2 min" (1.5 rounded half up).
    expect(progressText(files, 100, 200, 89_000)).toContain('· about 89 s left');
    expect(progressText(files, 100, 200, 90_000)).toContain('· about 2 min left');
  });

  it('knows no time left before anything is done, before a second has passed, or when all is done', () => {
    expect(secondsLeft(0, 10, 5000)).toBeNull();
    expect(secondsLeft(5, 10, 999)).toBeNull();
    expect(secondsLeft(10, 10, 5000)).toBeNull();
    // 1 of 4 in 2 s: 3 left at 0.5 per second → 6 s.
    expect(secondsLeft(1, 4, 2000)).toBe(6);
  });

  it('without a terminal: one plain line at each quarter, no more', () => {
    const s = sink(false);
    const tick = progress(files, s.out);
    for (let i = 1; i <= 100; i++) {
      s.at(i * 100);
      tick(i, 100);
    }
    expect(s.lines.map((l) => l.split(' / ')[1]!.trim())).toEqual([
      'files read 25/100 (25%) · about 8 s left',
      'files read 50/100 (50%) · about 5 s left',
      'files read 75/100 (75%) · about 3 s left',
      'files read 100/100 (100%)',
    ]);
    expect(s.lines.join('')).not.toMatch(/[\r\x1b]/);
  });

  it('without a terminal, 31,000 pages still make four lines, indented under their step; a repeated end adds none', () => {
    const s = sink(false, '      ');
    const tick = progress(files, s.out);
    for (let i = 0; i <= 31_000; i++) tick(i, 31_000);
    tick(31_000, 31_000);
    expect(s.lines).toHaveLength(4);
    expect(s.lines.every((l) => l.startsWith('      อ่านไฟล์ ') && l.endsWith('\n'))).toBe(true);
  });

  it('on a terminal: one line rewritten in place, at most ten times a second, ended with a newline', () => {
    const s = sink(true, '  ');
    const tick = progress(files, s.out);
    tick(1, 3);
    s.at(50);
    tick(2, 3); // 50 ms after the last draw: skipped
    s.at(100);
    tick(3, 3); // the last is always drawn
    tick(3, 3); // and only once
    expect(s.lines.length).toBe(2);
    expect(s.lines.every((l) => l.startsWith('\r  อ่านไฟล์ ') && l.includes('\x1b[K'))).toBe(true);
    expect(s.lines[1]!.endsWith('\n')).toBe(true);
  });

  it('routes a child process\'s messages to one reporter per kind, each with its own clock and quarters', () => {
    const s = sink(false);
    const route = progressRouter(s.out);
    for (let i = 1; i <= 8; i++) route({ type: 'progress', what: 'files', done: i, total: 8 });
    s.at(10_000);
    // The pages' clock starts at their first message (10 s), so the files' 10 s do not count against them:
    // 2 of 4 pages after 2 more seconds: 2 left at 1 per second → 2 s.
    route({ type: 'progress', what: 'pages', done: 0, total: 4 });
    for (let i = 1; i <= 4; i++) {
      s.at(10_000 + i * 1000);
      route({ type: 'progress', what: 'pages', done: i, total: 4 });
    }
    expect(s.lines.map((l) => l.split(' / ')[1]!.trim())).toEqual([
      'files read 2/8 (25%)',
      'files read 4/8 (50%)',
      'files read 6/8 (75%)',
      'files read 8/8 (100%)',
      'pages and files rendered 1/4 (25%) · about 3 s left',
      'pages and files rendered 2/4 (50%) · about 2 s left',
      'pages and files rendered 3/4 (75%) · about 1 s left',
      'pages and files rendered 4/4 (100%)',
    ]);
  });
});
