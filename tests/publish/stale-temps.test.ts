/**
 * What killed builds leave (issue 10, item 8): removed by the next build once their process is gone; a site set
 * aside by an interrupted swap is put back; nothing of a running build is touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processAlive, removeStaleTemps } from '../../src/publish/stale-temps';

/** The id of a process that has ended (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

describe('removeStaleTemps', () => {
  it('removes dead builds’ temp folders and files, keeps a live build’s, and names what it removed', () => {
    const base = mkdtempSync(join(tmpdir(), 'omsap-stale-'));
    const dist = join(base, 'dist');
    const state = join(base, 'state');
    const dead = deadPid();
    expect(processAlive(dead)).toBe(false);
    expect(processAlive(process.pid)).toBe(true);
    const made = [`.dist-tmp-${dead}/groups`, `.dist-tmp-${dead}-astro-cache/vite`, `.dist-tmp-${process.pid}`, `.dist-tmp-${process.pid}-astro-cache`, `dist.old-${dead}`];
    for (const d of [dist, state, ...made.map((n) => join(base, n))]) mkdirSync(d, { recursive: true });
    writeFileSync(join(state, `published.json.${dead}.tmp`), '{');
    writeFileSync(join(state, `published.json.${process.pid}.tmp`), '{');
    writeFileSync(join(state, 'published.json'), '{}');
    const removed = removeStaleTemps(dist, [state, join(base, 'no-such-folder')]);
    expect(removed.sort()).toEqual([`.dist-tmp-${dead}`, `.dist-tmp-${dead}-astro-cache`, `dist.old-${dead}`, `published.json.${dead}.tmp`].sort());
    expect(readdirSync(base).sort()).toEqual([`.dist-tmp-${process.pid}`, `.dist-tmp-${process.pid}-astro-cache`, 'dist', 'state']);
    expect(readdirSync(state).sort()).toEqual(['published.json', `published.json.${process.pid}.tmp`]);
  });

  it('a swap killed between its two renames: the previous site is put back as dist', () => {
    const base = mkdtempSync(join(tmpdir(), 'omsap-stale-'));
    const dead = deadPid();
    mkdirSync(join(base, `site.old-${dead}`));
    writeFileSync(join(base, `site.old-${dead}`, 'index.html'), 'previous site');
    expect(removeStaleTemps(join(base, 'site'), [])).toEqual([`site.old-${dead} → site`]);
    expect(existsSync(join(base, 'site', 'index.html'))).toBe(true);
    expect(readdirSync(base)).toEqual(['site']);
  });
});
