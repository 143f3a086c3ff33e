/** The privacy gate reads a workbook written to the site (the visit packs' .xlsx): a phone number in a cell is found. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { scanDirectory } from '../../src/publish/gate';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-gate-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('privacy gate on .xlsx', () => {
  it('scans every sheet\'s cells of a workbook and names the file', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['กลุ่ม', 'กิจกรรม'], ['6001001', 'โทร 089-765-4321']]), 'แผนการเยี่ยม');
    fs.writeFileSync(path.join(dir, 'visits.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const r = await scanDirectory(dir, ['นางสมมติ ทดสอบ']);
    expect(r.skippedBinary).toBe(0);
    expect(r.hits.map((h) => h.file)).toEqual(['visits.xlsx']);
  });
});
