/** The build's count of data files by status. */
import { describe, expect, it } from 'vitest';
import { fileSummary } from '../../../src/lib/issues/file-summary';

describe('fileSummary', () => {
  it('counts each status, and every file in the total', () => {
    // Five files: two used, one partial, one rejected, one skipped → 2 + 1 + 1 + 1 = 5.
    const files = [{ status: 'used' }, { status: 'partial' }, { status: 'used' }, { status: 'skipped' }, { status: 'rejected' }];
    expect(fileSummary(files)).toEqual({ used: 2, partial: 1, rejected: 1, skipped: 1, total: 5 });
  });

  it('counts nothing in no files', () => {
    expect(fileSummary([])).toEqual({ used: 0, partial: 0, rejected: 0, skipped: 0, total: 0 });
  });
});
