import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDisallowedFields } from '../../src/lib/privacy/allowlist';
import { validateDataset } from '../../src/lib/dataset/validate';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8'));

describe('publish allow-list', () => {
  it('passes the fixture dataset', () => {
    expect(findDisallowedFields(fixture())).toEqual([]);
  });
  it('fails when a group carries a field off the list (chair, phone, national id, coordinates)', () => {
    for (const key of ['chair', 'phone', 'nationalId', 'address', 'lat']) {
      const d = fixture();
      d.groups[1][key] = 'x';
      expect(findDisallowedFields(d)).toEqual([`groups[1].${key}`]);
      expect(() => validateDataset(d)).toThrow(key);
    }
  });
  it('fails on nested fields: an audit team, a plan owner name field, a stray financial field', () => {
    const d = fixture();
    d.groups[0].audits[0].auditors = ['นายก'];
    d.groups[0].audits[0].plan = [{ topic: 'F4', ownerName: 'นางข' }];
    d.groups[0].audits[0].financials.chair_phone = 1;
    d.districts[0].years[0].indicatorMedians.G1 = 'text';
    expect(findDisallowedFields(d).sort()).toEqual([
      'districts[0].years[0].indicatorMedians.G1',
      'groups[0].audits[0].auditors',
      'groups[0].audits[0].financials.chair_phone',
      'groups[0].audits[0].plan[0].ownerName',
    ]);
  });
  it('allows the follow-through fields (schemaVersion 2) and catches a stray one at each level', () => {
    const d = fixture();
    const audit = d.groups.flatMap((g: { audits: { followThrough?: unknown }[] }) => g.audits).find((a: { followThrough?: unknown }) => a.followThrough);
    expect(audit.followThrough.rows.length).toBeGreaterThan(0);
    expect(d.followThrough.length).toBe(1);
    expect(findDisallowedFields(d)).toEqual([]);
    audit.followThrough.rows[0].note = 'x';
    d.districts[0].years[1].followThrough.planned.groupIds = ['6010-0001'];
    d.followThrough[0].indicators[0].unplanned.names = ['x'];
    const gi = d.groups.findIndex((g: { audits: unknown[] }) => g.audits.includes(audit));
    const ai = d.groups[gi].audits.indexOf(audit);
    expect(findDisallowedFields(d).sort()).toEqual([
      'districts[0].years[1].followThrough.planned.groupIds',
      'followThrough[0].indicators[0].unplanned.names',
      `groups[${gi}].audits[${ai}].followThrough.rows[0].note`,
    ]);
  });
  it('allows the article links (an indicator and slugs) and nothing of the articles themselves', () => {
    const d = fixture();
    d.lessons = [{ indicator: 'F1', slugs: ['bringing-overdue-loans-down'] }];
    expect(findDisallowedFields(d)).toEqual([]);
    d.lessons[0].author = 'นางอัญชลี';
    expect(findDisallowedFields(d)).toEqual(['lessons[0].author']);
  });
  it('the dataset the real pipeline builds passes (when the sample data is present), with the articles linked', async () => {
    const { runPipeline } = await import('../../src/pipeline');
    const { dataset } = await runPipeline('data', { contentDir: 'content' });
    expect(dataset.lessons.length).toBeGreaterThan(0);
    expect(findDisallowedFields(JSON.parse(JSON.stringify(dataset)))).toEqual([]);
  });
});
