/**
 * A parse thread that runs out of memory (each has a heap limit, src/ingest/workers/pool.ts) dies, and its files are
 * parsed in the main thread: a 9 MB registry CSV (40,000 groups) read by threads given 16 MB each (both die of it, as
 * measured) is read exactly as one thread reads it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index';
import { dataDir, fx } from './helpers';

const rows = ['รหัสกลุ่ม,ชื่อกลุ่ม,ตำบล,อำเภอ,จังหวัด'];
for (let i = 0; i < 40_000; i++) rows.push(`${7_000_000 + i},กลุ่มออมทรัพย์เพื่อการผลิตบ้านทดสอบที่ ${i},หนองปลิง,เมืองนครสวรรค์,นครสวรรค์`);

describe('parse threads that die', () => {
  it('leave their files to the main thread: the same records, files and issues as one thread', async () => {
    const data = dataDir({ 'registry/office.xlsx': fx('registry.xlsx') });
    writeFileSync(join(data, 'registry', 'big.csv'), rows.join('\n'));
    const one = await ingest(data, { workers: 0 });
    const starved = await ingest(data, { workers: 2, minParallel: 0, workerHeapMb: 16 });
    expect(starved.stats).toMatchObject({ workers: 2, parsed: 2 });
    expect(starved.files).toEqual(one.files);
    expect(starved.registry).toEqual(one.registry);
    expect(starved.issues).toEqual(one.issues);
    expect(one.registry.length).toBeGreaterThan(40_000);
  });
});
