/** npm run watch's watcher: one call per burst of changes with the files changed; office lock files are not changes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInputChange, watchInputs } from '../../../src/util/watch-inputs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-watch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('watchInputs', () => {
  it('lock files are not changes', () => {
    expect(isInputChange('audits/2567/~$6001001.xlsx')).toBe(false);
    expect(isInputChange('.~lock.ทะเบียน.xlsx#')).toBe(false);
    expect(isInputChange('audits/2567/6001001.xlsx')).toBe(true);
    expect(isInputChange(null)).toBe(false);
  });

  it('calls back with the file written in a sub-folder', async () => {
    fs.mkdirSync(path.join(dir, 'audits'), { recursive: true });
    const files = await new Promise<string[]>((resolve) => {
      const stop = watchInputs([dir, path.join(dir, 'missing')], (f) => {
        stop();
        resolve(f);
      }, 50);
      fs.writeFileSync(path.join(dir, 'audits', 'a.xlsx'), 'x');
    });
    expect(files).toEqual([path.join(dir, 'audits', 'a.xlsx')]);
  });
});
