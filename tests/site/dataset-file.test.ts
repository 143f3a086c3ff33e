/**
 * The dataset file between the build's steps: written with its SHA-256 (src/util/atomic-write.ts), and read by the
 * pages' process (src/site/data.ts readDatasetFile), which validates it unless its bytes are exactly those the build
 * wrote from the dataset it had validated.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../src/util/atomic-write';
import { readDatasetFile } from '../../src/site/data';

const dir = mkdtempSync(join(tmpdir(), 'omsap-dataset-file-'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('writeChunksAtomic', () => {
  it('returns the SHA-256 of the bytes it wrote: texts as UTF-8, bytes as they are, a lone surrogate as U+FFFD', () => {
    const file = join(dir, 'pieces.txt');
    // 70,000 Thai letters pass the 65,536-character flush; the lone surrogate is written as UTF-8's replacement.
    const got = writeChunksAtomic(file, ['ก'.repeat(70_000), new Uint8Array([0x7b, 0x7d]), 'x\ud800y']);
    const bytes = readFileSync(file);
    expect(bytes.length).toBe(70_000 * 3 + 2 + 5);
    expect(got).toBe(sha256(bytes));
  });
});

describe('readDatasetFile', () => {
  // The site fixture with a member's phone number in a group: validation refuses a field off the allow-list.
  const dataset = JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8'));
  dataset.groups[0].phone = '0812345678';
  const file = join(dir, 'dataset.json');
  writeFileSync(file, JSON.stringify(dataset));
  const own = sha256(readFileSync(file));

  it('validates a file it has no hash for, or whose bytes are not the ones hashed', () => {
    expect(() => readDatasetFile(file)).toThrow(/phone/);
    expect(() => readDatasetFile(file, sha256(new TextEncoder().encode('another file')))).toThrow(/phone/);
  });

  it('only parses the file whose bytes the build hashed as it wrote them from a validated dataset', () => {
    expect((readDatasetFile(file, own).groups[0] as unknown as { phone: string }).phone).toBe('0812345678');
  });
});
