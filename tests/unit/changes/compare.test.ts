/**
 * Changes since the last published build and the shrink rule (DESIGN §9, issue 10 item 4), on hand-made summaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSummaries, isShrinking, shrinks } from '../../../src/lib/changes/compare';
import { type PublishedSummary, counts, summarise } from '../../../src/lib/changes/summary';
import { makeIssue } from '../../../src/lib/issues/make-issue';
import { DatasetSchema } from '../../../src/lib/schema/dataset';
import type { Issue } from '../../../src/lib/schema/issue';

const makeDataset = () => DatasetSchema.parse(JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8')));

describe('the shrink rule: a fall of more than 10 % AND more than 5', () => {
  it.each([
    // before, now, fall, 10 % of before → shrinks?
    [100, 89, true], //  11 > 10 and 11 > 5
    [100, 90, false], // 10 is not more than 10 %
    [40, 34, true], //   6 > 4 and 6 > 5
    [40, 35, false], //  5 is not more than 5
    [20, 14, true], //   6 > 2 and 6 > 5
    [20, 15, false], //  5: more than 10 % but not more than 5
    [164, 8, true], //   the registry copy of issue 10: 156 > 16.4 and > 5
    [1000, 901, false], // 99 ≤ 100
    [0, 0, false],
    [10, 20, false], //  growth
  ])('%i → %i: %s', (before, now, expected) => {
    expect(shrinks(before, now)).toBe(expected);
  });
});

const summary = (groups: PublishedSummary['groups'], files: Record<string, string> | null = {}, issues: Issue[] | null = []): PublishedSummary => ({
  schemaVersion: 1,
  dataAsOf: '2024-09-30',
  groups,
  files,
  issues: issues && issues.map((i) => ({ code: i.code, file: i.file, ...(i.sheet ? { sheet: i.sheet } : {}), ...(i.cell ? { cell: i.cell } : {}) })),
});

const dup = (file: string, cell: string, id: string) => makeIssue('E_DUPLICATE_ID', { file, sheet: 'ทะเบียนกลุ่ม', cell, field: 'id', found: id, detail: { otherTh: 'x', otherEn: 'x' } });
const notInRegistry = (file: string, cell: string, id: string) => makeIssue('E_GROUP_NOT_IN_REGISTRY', { file, sheet: 'ผลการตรวจ', cell, field: 'groupId', found: id });

describe('compareSummaries', () => {
  // Before: A (2566 level 2, 2567 level 1), B (2567 level 3), C (2567 incomplete), D (no audit).
  const before = summary(
    { A: { '2566': 2, '2567': 1 }, B: { '2567': 3 }, C: { '2567': 'incomplete' }, D: {} },
    { 'registry/r.xlsx': 'used', 'audits/2567/a.xlsx': 'used', 'audits/2567/b.xlsx': 'used', 'notes.md': 'skipped' },
    [makeIssue('W_NOT_DATA_FILE', { file: 'notes.md' }), makeIssue('E_DATE_INVALID', { file: 'registry/r.xlsx', sheet: 'ทะเบียนกลุ่ม', cell: 'H9', field: 'founded', found: '31/2/2559' })],
  );

  it('groups added and removed, audits added and removed, level changes', () => {
    // Now: A 2567 became level 2 and gained nothing; B gone; C 2567 now level 3; D audited in 2567; E new.
    const now = summary({ A: { '2566': 2, '2567': 2 }, C: { '2567': 3 }, D: { '2567': 1 }, E: {} });
    const c = compareSummaries(before, now, []);
    expect(c.previous).toEqual({ dataAsOf: '2024-09-30', groups: 4, audits: 4 });
    expect(c.groups).toEqual({ before: 4, now: 4, added: ['E'], removed: ['B'] });
    expect(c.audits).toEqual({ before: 4, now: 4, added: [{ group: 'D', fiscalYear: 2567 }], removed: [{ group: 'B', fiscalYear: 2567 }] });
    expect(c.levels).toEqual([
      { group: 'A', fiscalYear: 2567, before: 1, now: 2 },
      { group: 'C', fiscalYear: 2567, before: 'incomplete', now: 3 },
    ]);
    expect(c.shrink).toEqual({ groups: false, audits: false });
  });

  it('problems fixed and new, by identity (code, file, sheet, cell); a repeated identity is one problem', () => {
    const newer = dup('registry/r.xlsx', 'A3', '6001001');
    const issues = [makeIssue('W_NOT_DATA_FILE', { file: 'notes.md' }), newer, newer];
    const now = summary(before.groups, { ...before.files! }, issues);
    const c = compareSummaries(before, now, issues);
    expect(c.problems!.new).toEqual([newer]);
    expect(c.problems!.fixed).toEqual([{ code: 'E_DATE_INVALID', file: 'registry/r.xlsx', sheet: 'ทะเบียนกลุ่ม', cell: 'H9' }]);
  });

  it('a shrink names the files that explain it: new errors first, gone files next, audits that follow the registry last', () => {
    // Ten groups with an audit each; now a copy of the registry makes 8 ids duplicates; b.xlsx is gone.
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`G${k}`, { '2567': 1 as const }]));
    const was = summary(ten, { 'registry/r.xlsx': 'used', 'audits/2567/a.xlsx': 'used', 'audits/2567/b.xlsx': 'used', 'audits/2567/c.xlsx': 'rejected' }, []);
    const issues = [
      ...[3, 4, 5, 6, 7, 8, 9, 10].map((r) => dup('registry/r.csv', `A${r}`, `G${r - 3}`)),
      ...[3, 4, 5, 6, 7, 8, 9, 10].map((r) => dup('registry/r.xlsx', `A${r}`, `G${r - 3}`)),
      notInRegistry('audits/2567/a.xlsx', 'A3', 'G0'),
    ];
    const now = summary({ G8: { '2567': 1 }, G9: {} }, { 'registry/r.xlsx': 'partial', 'registry/r.csv': 'rejected', 'audits/2567/a.xlsx': 'partial' }, issues);
    const c = compareSummaries(was, now, issues);
    // groups 10 → 2: fall 8 > 1 and > 5; audits 10 → 1: fall 9.
    expect(c.shrink).toEqual({ groups: true, audits: true });
    expect(isShrinking(c)).toBe(true);
    expect(c.files!.map((f) => [f.file, f.before, f.now, f.newErrors.length, f.follows])).toEqual([
      ['registry/r.csv', null, 'rejected', 8, false], // new file, rejected, 8 new errors (ties with r.xlsx: rejected first)
      ['registry/r.xlsx', 'used', 'partial', 8, false],
      ['audits/2567/b.xlsx', 'used', null, 0, false], // gone (c.xlsx was rejected already: not a cause)
      ['audits/2567/a.xlsx', 'used', 'partial', 1, true],
    ]);
  });

  it('an audit file kept out only because its group\'s registry row was rejected follows the registry (its audit is folded under the row\'s issue)', () => {
    const was = summary({ A: { '2567': 1 } }, { 'registry/r.xlsx': 'used', 'audits/2567/a.xlsx': 'used' }, []);
    const root = { ...makeIssue('E_DATE_INVALID', { file: 'registry/r.xlsx', sheet: 'ทะเบียนกลุ่ม', cell: 'H3', field: 'founded', found: '31/2/2559' }), folded: [{ file: 'audits/2567/a.xlsx' }] };
    const now = summary({}, { 'registry/r.xlsx': 'partial', 'audits/2567/a.xlsx': 'rejected' }, [root]);
    const c = compareSummaries(was, now, [root]);
    expect(c.files!.map((f) => [f.file, f.newErrors.length, f.follows, f.folded])).toEqual([
      ['registry/r.xlsx', 1, false, undefined],
      ['audits/2567/a.xlsx', 0, true, 1],
    ]);
  });

  it('a prebuilt dataset on either side: no problems nor files to compare', () => {
    const c = compareSummaries(summary({ A: {} }, null, null), summary({ A: {} }), []);
    expect(c.problems).toBeNull();
    expect(c.files).toBeNull();
  });
});

describe('summarise', () => {
  it('keeps each group with the level of each audited year, file statuses and issue identities', () => {
    const d = makeDataset();
    const issues = [makeIssue('W_NOT_DATA_FILE', { file: 'PLANTED.md' })];
    const s = summarise(d, { files: [{ path: 'PLANTED.md', status: 'skipped' }], issues });
    expect(Object.keys(s.groups)).toEqual(d.groups.map((g) => g.id).sort());
    const g = d.groups[0]!;
    expect(s.groups[g.id]).toEqual(Object.fromEntries(g.audits.map((a) => [String(a.fiscalYear), a.level ?? 'incomplete'])));
    expect(counts(s)).toEqual({ groups: d.groups.length, audits: d.groups.reduce((n, x) => n + x.audits.length, 0) });
    expect(s.files).toEqual({ 'PLANTED.md': 'skipped' });
    expect(s.issues).toEqual([{ code: 'W_NOT_DATA_FILE', file: 'PLANTED.md' }]);
    expect(summarise(d).files).toBeNull();
  });
});
