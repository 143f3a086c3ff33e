/**
 * A cache entry's seal (src/ingest/cache-seal.ts): AES-256-GCM under the entry's key, a fresh random IV each time.
 * One file's bytes under two names share a key, so two seals of the same value must never share an IV.
 */
import { describe, expect, it } from 'vitest';
import { entryKey } from '../../../src/ingest/cache-key';
import { open, seal } from '../../../src/ingest/cache-seal';

const bytes = new TextEncoder().encode('a workbook');
const plain = new TextEncoder().encode('the parsed outcome');

describe('seal', () => {
  it('opens under its own key only', () => {
    const k = entryKey('v1', 'audits/a.xlsx', 'xlsx', bytes);
    const sealed = seal(plain, k);
    expect(Buffer.from(open(sealed, k)!).toString()).toBe('the parsed outcome');
    // Another file's bytes give another key: the entry stays shut.
    expect(open(sealed, entryKey('v1', 'audits/a.xlsx', 'xlsx', new TextEncoder().encode('another workbook')))).toBeUndefined();
  });

  it('gives every seal its own IV, across more seals than IVs are drawn at once (4,096)', () => {
    const k = entryKey('v1', 'audits/a.xlsx', 'xlsx', bytes);
    const ivs = new Set<string>();
    for (let i = 0; i < 5000; i++) {
      const sealed = seal(plain, k);
      ivs.add(sealed.subarray(0, 12).toString('hex'));
      if (i % 1000 === 999) expect(Buffer.from(open(sealed, k)!).toString()).toBe('the parsed outcome');
    }
    expect(ivs.size).toBe(5000);
  });
});
