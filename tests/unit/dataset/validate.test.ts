/** The one check of a dataset (src/lib/dataset/validate.ts): allow-list first, then the schema with its addresses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetInvalid, validateDataset } from '../../../src/lib/dataset/validate';
import { DatasetSchema } from '../../../src/lib/schema/dataset';

const fixture = () => JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8')) as Record<string, any>;

/** The message of what validateDataset throws. */
function refusal(raw: unknown, source?: string): string {
  try {
    validateDataset(raw, source);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetInvalid);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('validateDataset', () => {
  it('accepts the fixture dataset and returns it', () => {
    expect(validateDataset(fixture()).groups.map((g) => g.id).slice(0, 2)).toEqual(['1801-0001', '1801-0002']);
  });

  it('gives what a whole parse gives, in its order of keys, from groups validated one at a time in place', () => {
    const raw = fixture();
    const whole = JSON.stringify(DatasetSchema.parse(fixture()));
    const firstRaw = raw.groups[0];
    const got = validateDataset(raw);
    expect(JSON.stringify(got)).toBe(whole);
    // The raw group was replaced by its validated copy: the raw dataset is never held beside a whole copy.
    expect(raw.groups[0]).toBe(got.groups[0]);
    expect(got.groups[0]).not.toBe(firstRaw);
  });

  it('names problems in the schema\'s order of keys, a group\'s among the dataset\'s own', () => {
    const d = fixture();
    d.districts[0].code = 'a/b';
    d.groups[1].id = 'x/y';
    d.criteria = 5;
    const message = refusal(d);
    expect(message.indexOf('criteria "5"')).toBeLessThan(message.indexOf('groups[1].id'));
    expect(message.indexOf('groups[1].id')).toBeLessThan(message.indexOf('districts[0].code'));
  });

  it('refuses a field off the allow-list before the schema would drop it, naming the field and the file', () => {
    const d = fixture();
    d.groups[1].chair = 'นายสมชาย ใจดี';
    expect(refusal(d, 'x/dataset.json')).toBe('ชุดข้อมูลมีช่องที่ไม่อยู่ในรายการเผยแพร่ / dataset holds fields off the publish allow-list: x/dataset.json: groups[1].chair');
  });

  it('refuses a path in a group id, naming where and what was found', () => {
    const d = fixture();
    d.groups[0].id = '../../etc';
    expect(refusal(d)).toBe('ชุดข้อมูลไม่ตรงตามรูปแบบ / dataset does not match DatasetSchema: groups[0].id "../../etc": Invalid string: must match pattern /^[0-9A-Za-z-]{3,32}$/');
  });

  it('refuses every other address with a slash: area codes, a group\'s district, an indicator code, a lesson slug, a ranked id', () => {
    const d = fixture();
    d.districts[0].code = 'a/b';
    d.groups[1].district.code = 'a/b';
    d.groups[2].audits[0].indicators[0].code = 'F1/x';
    d.lessons = [{ indicator: 'F1', slugs: ['x/y'] }];
    d.provinces[0].years[0].ranking = ['a/b'];
    const message = refusal(d);
    for (const path of ['districts[0].code "a/b"', 'groups[1].district.code "a/b"', 'groups[2].audits[0].indicators[0].code "F1/x"', 'lessons[0].slugs[0] "x/y"', 'provinces[0].years[0].ranking[0] "a/b"']) {
      expect(message).toContain(path);
    }
  });

  it('lists five problems and counts them all', () => {
    const d = fixture();
    for (const g of d.groups) g.id = '/'; // one problem per group of the fixture: 13
    const message = refusal(d);
    expect(message.split('; ')).toHaveLength(5);
    expect(message.endsWith(' … (13)')).toBe(true);
  });
});
