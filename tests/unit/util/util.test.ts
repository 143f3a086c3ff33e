/** The small helpers of src/util: atomic writes, a child's stderr tail and the error of a child that failed. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_FILE, writeFileAtomic } from '../../../src/util/atomic-write';
import { childFailed, tailOf } from '../../../src/util/child';

const dir = mkdtempSync(join(tmpdir(), 'omsap-util-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temp file', () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('on failure throws, keeps what was there and removes its temp file', () => {
    const busy = join(dir, 'busy');
    mkdirSync(join(busy, 'inside'), { recursive: true }); // a folder with something in it cannot be renamed over
    expect(() => writeFileAtomic(busy, 'x')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'busy']);
  });

  it('names its temp files so that the next build can tell whose they were', () => {
    expect(TEMP_FILE.exec('published.json.4242.tmp')?.[1]).toBe('4242');
    expect(TEMP_FILE.test('published.json')).toBe(false);
  });
});

describe('a child process that failed', () => {
  it('keeps only the end of its stderr', () => {
    const stream = new PassThrough();
    const tail = tailOf(stream, 10);
    stream.write('0123456789');
    stream.write('abcdef\n');
    expect(tail()).toBe('789abcdef'); // the last 10 characters are "789abcdef\n", trimmed
  });

  it('says who ended, how, and its stderr, in Thai and English', () => {
    expect(childFailed('Astro', 1, null, 'Error: x').message).toBe('โปรแกรมย่อย Astro หยุดทำงาน (1) / Astro exited with 1:\nError: x');
    expect(childFailed('ingest', null, 'SIGKILL', '').message).toBe('โปรแกรมย่อย ingest หยุดทำงาน (SIGKILL) / ingest exited with SIGKILL:\n');
  });
});

describe('childDone', () => {
  it('resolves on exit code 0 and rejects with the stderr of a child that failed', async () => {
    const { spawn } = await import('node:child_process');
    const { childDone } = await import('../../../src/util/child');
    await expect(childDone(spawn(process.execPath, ['-e', '0'], { stdio: ['ignore', 'ignore', 'pipe'] }), 'ok')).resolves.toBeUndefined();
    const failing = spawn(process.execPath, ['-e', 'console.error("boom"); process.exit(3)'], { stdio: ['ignore', 'ignore', 'pipe'] });
    await expect(childDone(failing, 'x')).rejects.toThrow('โปรแกรมย่อย x หยุดทำงาน (3) / x exited with 3:\nboom');
  });
});
