/**
 * `npm run templates` never replaces a template an officer has filled in (issue 21 item 1): rerun, the filled file is
 * byte-identical, the blank one is written beside it and named; an untouched template is left alone; --force replaces.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeKeepingOfficerFile } from '../../src/util/keep-officer-file';

const root = path.resolve(__dirname, '../..');
// tsx as a loader, by its file: run from a temp folder, `--import tsx` would not find it; and the tsx CLI opens an IPC
// pipe under TMPDIR, too long a path in a deep checkout.
const TSX = pathToFileURL(path.join(root, 'node_modules/tsx/dist/loader.mjs')).href;
let tmp: string;
const templates = () => path.join(tmp, 'templates');

/** Runs `npm run templates` the way an officer does, in `tmp`. */
function run(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', TSX, path.join(root, 'scripts/templates.ts'), ...args], { cwd: tmp, stdio: 'pipe' }).toString();
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'omsap-keep-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run templates keeps an officer\'s file', () => {
  it('fills the registry, reruns: the filled file is byte-identical and the blank one is written beside it', () => {
    expect(run()).toContain('แม่แบบ: เขียน 4 ไฟล์ / omsap templates: wrote 4 files');
    const registry = path.join(templates(), 'ทะเบียนกลุ่ม.xlsx');
    const blank = fs.readFileSync(registry);

    // An officer types one group into row 3.
    const wb = XLSX.read(blank);
    const ws = wb.Sheets['ทะเบียนกลุ่ม']!;
    ws['A3'] = { t: 's', v: '6001001' };
    ws['B3'] = { t: 's', v: 'กลุ่มออมทรัพย์เพื่อการผลิตบ้านหนองปลิง' };
    ws['!ref'] = 'A1:Q3';
    fs.writeFileSync(registry, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const filled = fs.readFileSync(registry);

    const out = run();
    expect(fs.readFileSync(registry).equals(filled)).toBe(true);
    const beside = path.join(templates(), 'ทะเบียนกลุ่ม (ใหม่).xlsx');
    expect(fs.readFileSync(beside).equals(blank)).toBe(true);
    expect(out).toContain('แม่แบบ: เขียน 1 ไฟล์ / omsap templates: wrote 1 file');
    expect(out).toContain(
      'ไม่เขียนทับ templates/ทะเบียนกลุ่ม.xlsx: ไฟล์นี้ต่างจากที่โปรแกรมจะเขียน (อาจมีข้อมูลที่กรอกไว้) จึงเขียนไฟล์ใหม่ไว้ข้าง ๆ ที่ templates/ทะเบียนกลุ่ม (ใหม่).xlsx (สั่ง --force เพื่อเขียนทับ)',
    );
    // The three untouched templates equal what would be written: left alone, and said so.
    expect(out).toContain('templates/เกณฑ์.xlsx: มีอยู่แล้ว เหมือนเดิม ไม่ได้เขียน / already there, the same: not written');

    // A third run finds the same blank beside: no "(ใหม่ 2)".
    run();
    expect(fs.readFileSync(registry).equals(filled)).toBe(true);
    expect(fs.readdirSync(templates()).sort()).toEqual(['ทะเบียนกลุ่ม (ใหม่).xlsx', 'ทะเบียนกลุ่ม.xlsx', 'ผลการตรวจ-รายอำเภอ.xlsx', 'สมุดตรวจสุขภาพ.xlsx', 'เกณฑ์.xlsx'].sort());
  });

  it('--force replaces the filled file with the blank template', () => {
    const registry = path.join(templates(), 'ทะเบียนกลุ่ม.xlsx');
    const blank = fs.readFileSync(path.join(templates(), 'ทะเบียนกลุ่ม (ใหม่).xlsx'));
    expect(run('--force')).toContain('templates/ทะเบียนกลุ่ม.xlsx: เขียนทับ (--force) / replaced (--force)');
    expect(fs.readFileSync(registry).equals(blank)).toBe(true);
  });

  it('a filled "(ใหม่)" is kept too: the next blank goes to "(ใหม่ 2)"', () => {
    const dir = path.join(tmp, 'beside');
    const file = path.join(dir, 'a.xlsx');
    writeKeepingOfficerFile(file, Buffer.from('blank'), { suffix: (n) => (n === 1 ? ' (ใหม่)' : ` (ใหม่ ${n})`) });
    fs.writeFileSync(file, 'filled');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'a (ใหม่).xlsx'), 'filled too');
    const o = writeKeepingOfficerFile(file, Buffer.from('blank'), { suffix: (n) => (n === 1 ? ' (ใหม่)' : ` (ใหม่ ${n})`) });
    expect(o).toEqual({ kind: 'beside', path: path.join(dir, 'a (ใหม่ 2).xlsx'), kept: file });
    expect(fs.readFileSync(file, 'utf8')).toBe('filled');
    expect(fs.readFileSync(path.join(dir, 'a (ใหม่).xlsx'), 'utf8')).toBe('filled too');
  });
});
