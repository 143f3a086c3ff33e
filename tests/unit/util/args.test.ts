/** Command lines read strictly (src/util/args.ts): an unknown flag, a missing value or a stray word names the flags. */
import { describe, expect, it } from 'vitest';
import { readArgs, UsageError } from '../../../src/util/args';

const OPTIONS = { out: { type: 'string', default: 'dist' }, strict: { type: 'boolean' } } as const;

describe('readArgs', () => {
  it('reads flags, values and defaults', () => {
    expect(readArgs(['--out', 'x', '--strict'], OPTIONS)).toEqual({ out: 'x', strict: true });
    expect(readArgs(['--out=y'], OPTIONS)).toEqual({ out: 'y' });
    expect(readArgs([], OPTIONS)).toEqual({ out: 'dist' });
  });

  it('refuses a misspelt flag, naming the valid ones in Thai and English', () => {
    expect(() => readArgs(['--stict'], OPTIONS)).toThrow(UsageError);
    expect(() => readArgs(['--stict'], OPTIONS)).toThrow(
      "อ่านคำสั่งไม่ได้ (Unknown option '--stict') — ตัวเลือกที่ใช้ได้: --out, --strict / cannot read the command line (Unknown option '--stict') — the options are: --out, --strict",
    );
  });

  it('refuses a flag without its value and a stray word', () => {
    expect(() => readArgs(['--out'], OPTIONS)).toThrow(/^อ่านคำสั่งไม่ได้ \(Option '--out <value>' argument missing\)/);
    expect(() => readArgs(['dist2'], OPTIONS)).toThrow(UsageError);
  });
});
