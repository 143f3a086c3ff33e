/**
 * The templates promise only what the site does (issue 21 item 5): a registry column said to be published is a field
 * the allow-list publishes; latitude and longitude are read and checked but never published, and say so.
 */
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { GROUP_FIELDS } from '../../src/lib/privacy/allowlist';
import { REGISTRY_COLUMNS } from '../../src/lib/schema/layouts';
import { INSTRUCTIONS_SHEET, bookTemplate, registryTemplate } from '../../src/templates/templates';

const docRows = (wb: XLSX.WorkBook) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[INSTRUCTIONS_SHEET]!, { header: 1, defval: null });
const publishedWord = (wb: XLSX.WorkBook, header: string) => docRows(wb).find((r) => r[0] === header)?.[5];

describe('what the templates say is published', () => {
  it('latitude and longitude: not published (internal use)', () => {
    expect(publishedWord(registryTemplate(), 'ละติจูด')).toBe('ไม่เผยแพร่ (ใช้ภายใน)');
    expect(publishedWord(registryTemplate(), 'ลองจิจูด')).toBe('ไม่เผยแพร่ (ใช้ภายใน)');
  });

  it('every registry column said published is published by the allow-list', () => {
    const said = REGISTRY_COLUMNS.filter((c) => publishedWord(registryTemplate(), c.headers[0]!) === 'เผยแพร่').map((c) => c.field);
    expect(said.filter((f) => !GROUP_FIELDS.keys.includes(f))).toEqual([]);
    expect(said.length).toBe(11);
  });

  it('the book\'s statement date is read, not published', () => {
    expect(publishedWord(bookTemplate(), 'ข้อมูลการตรวจ: วันที่ปิดบัญชี')).toBe('ไม่เผยแพร่ (ใช้ภายใน)');
  });
});
