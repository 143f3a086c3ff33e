/**
 * Scale of issues (issue 10 item 3): a registry CSV of blank places crashed check and build with "Maximum call stack
 * size exceeded" (issues.push(...many)). One file raising 200,000 issues now completes; the JSON report keeps them
 * all and the HTML page shows the first 200 of the file. The time limit is generous, not a timing assertion.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline';
import { SHOWN_PER_FILE, writeQualityReport } from '../../src/report/quality-report';
import { dataDir } from '../ingest/helpers';
import { tmpDir } from './helpers';

describe('a file raising 200,000 issues', () => {
  it('completes; the JSON keeps every issue, the HTML shows the first 200 and says how many more', async () => {
    // 66,667 rows × 3 empty places (ตำบล, อำเภอ, จังหวัด) = 200,001 errors, all in one file.
    const rows = 66_667;
    const lines = ['รหัสกลุ่ม,ชื่อกลุ่ม,ตำบล,อำเภอ,จังหวัด'];
    for (let k = 0; k < rows; k++) lines.push(`${1_000_000 + k},ก,,,`);
    const data = dataDir({ 'registry/blank-places.csv': `${lines.join('\n')}\n` });

    const { ingest, issues } = await runPipeline(data);
    expect(issues).toHaveLength(200_001);
    expect(ingest.files).toMatchObject([{ path: 'registry/blank-places.csv', status: 'rejected', rows, errors: 200_001 }]);

    const reports = tmpDir('omsap-many-issues-');
    const paths = await writeQualityReport(reports, { files: ingest.files, issues, notAudited: [] });
    const json = JSON.parse(readFileSync(paths.json, 'utf8'));
    expect(json.issues).toHaveLength(200_001);
    expect(json.issues[200_000]).toMatchObject({ code: 'E_REQUIRED_EMPTY', file: 'registry/blank-places.csv', cell: `C${rows + 1}` }); // read province (E), district (D), then sub-district (C)

    const html = readFileSync(paths.html, 'utf8');
    expect(html.split('<div class="error">')).toHaveLength(SHOWN_PER_FILE + 1);
    expect(html).toContain('และอีก 199,801 รายการ ดูทั้งหมดได้ใน data-quality.json<span class="en">and 199,801 more, see data-quality.json</span>');
    expect(statSync(join(reports, 'data-quality.html')).size).toBeLessThan(300_000);
  }, 240_000);
});
