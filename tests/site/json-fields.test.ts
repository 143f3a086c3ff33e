/**
 * The data page's dictionary of the JSON fields added in schemaVersion 2 (issue 13): every path it documents is a
 * field of a published dataset (the golden district, which has follow-through and lessons, and passes the privacy
 * allow-list), in both languages, and the status words are the dataset's codes.
 */
import { describe, expect, it } from 'vitest';
import { build, fillerAudits, fillers, storyAudits, storyIds } from '../golden/followthrough-district';
import { jsonFieldDocs } from '../../src/site/json-fields';
import { findDisallowedFields } from '../../src/lib/privacy/allowlist';

const dataset = build([...storyIds, ...fillers], [...storyAudits, ...fillerAudits], [
  { slug: 'overdue-down', date: '2024-10-01', indicators: ['F1'] },
]);
// One plan row with its progress as a group reports it (schemaVersion 3): the golden district records none.
const withPlan = dataset.groups.flatMap((g) => g.audits).find((a) => a.plan.length > 0)!;
withPlan.plan[0]!.progress = { status: 'in-progress', date: '2024-09-15', note: 'ทำบันทึกข้อตกลงผ่อนชำระแล้ว 3 ราย' };

/** The values a path like "groups[].audits[].followThrough.rows[].code" reaches (every array element). */
function reach(value: unknown, path: string): unknown[] {
  let now: unknown[] = [value];
  for (const part of path.split('.')) {
    const key = part.replace(/\[\]$/, '');
    now = now.flatMap((v) => (v !== null && typeof v === 'object' && key in v ? [(v as Record<string, unknown>)[key]] : []));
    if (part.endsWith('[]')) now = now.flatMap((v) => (Array.isArray(v) ? v : []));
  }
  return now;
}

describe('JSON field dictionary (schemaVersion 2)', () => {
  it('documents only fields the dataset has, and the dataset is publishable', () => {
    expect(findDisallowedFields(dataset)).toEqual([]);
    for (const { name } of jsonFieldDocs('th')) expect(reach(dataset, name), name).not.toEqual([]);
  });

  it('the same paths in Thai and English, each with a meaning', () => {
    const th = jsonFieldDocs('th');
    const en = jsonFieldDocs('en');
    expect(en.map((x) => x.name)).toEqual(th.map((x) => x.name));
    for (const x of [...th, ...en]) expect(x.meaning.length, x.name).toBeGreaterThan(10);
  });

  it('pins the words of the status and share fields', () => {
    const en = new Map(jsonFieldDocs('en').map((x) => [x.name, x.meaning]));
    expect(en.get('groups[].audits[].followThrough.rows[].status')).toBe(
      "this year's outcome: fixed = full points, better = better, not full, same = same, worse = worse, unknown = no data or not applicable",
    );
    expect(en.get('groups[].audits[].plan[].progress.status')).toBe('status: not-started = not started, in-progress = in progress, done = done');
    expect(en.get('districts[].years[].followThrough.planned.fixedShare')).toBe(
      'fixed ÷ (issues − unknown) as a fraction; null when fewer than 10 groups have a known outcome',
    );
  });
});
