import { describe, expect, it } from 'vitest';
import { changedInputs } from '../setup/inputs-untouched';

describe('the inputs guard', () => {
  it('names added, removed and changed files, and nothing else', () => {
    const before = new Map([['data/a.xlsx', '1'], ['data/b.xlsx', '2'], ['content/km/x.md', '3']]);
    const after = new Map([['data/a.xlsx', '1'], ['data/b.xlsx', '9'], ['data/c.csv', '4']]);
    expect(changedInputs(before, after)).toEqual(['content/km/x.md', 'data/b.xlsx', 'data/c.csv']);
    expect(changedInputs(before, new Map(before))).toEqual([]);
  });
});
