/** How an issue quotes a found value: one line, cut in the middle so its end stays (a path's file name). */
import { describe, expect, it } from 'vitest';
import { makeIssue, shortFound } from '../../../src/lib/issues/make-issue';

describe('shortFound', () => {
  it('keeps a value of 80 characters or fewer whole, on one line', () => {
    expect(shortFound('a\tb\nc')).toBe('a b c');
    expect(shortFound('x'.repeat(80))).toBe('x'.repeat(80));
    expect(shortFound(null)).toBe('');
    expect(shortFound(12.5)).toBe('12.5');
  });

  it('cuts a longer value in the middle: 39 characters, "…", the last 40 (80 in all)', () => {
    const v = 'a'.repeat(50) + 'b'.repeat(50); // 100 characters
    const cut = shortFound(v);
    expect(cut).toBe('a'.repeat(39) + '…' + 'b'.repeat(40));
    expect([...cut]).toHaveLength(80);
  });

  it('never splits a character made of two code units', () => {
    expect(shortFound('😀'.repeat(10), 5)).toBe('😀😀…😀😀');
  });
});

describe('a link target is quoted whole', () => {
  it('a path of 200 characters stands in full in the sentence and in found', () => {
    const target = '/home/' + 'o'.repeat(180) + '/audits/2567';
    const issue = makeIssue('E_LINK_SKIPPED', { file: 'audits/2567', found: target });
    expect(issue.found).toBe(target);
    expect(issue.en).toBe(`audits/2567: a link (shortcut) to "${target}", so it was not followed and what it points to was not read — copy the real file or folder into data/ instead of the link`);
  });

  it('another value of 200 characters keeps its end', () => {
    const value = 'x'.repeat(190) + 'end-of-cell';
    const issue = makeIssue('E_NUMBER_INVALID', { file: 'a.xlsx', sheet: 'S', cell: 'B2', found: value });
    expect(issue.found).toBe('x'.repeat(39) + '…' + 'x'.repeat(29) + 'end-of-cell');
  });
});
