/** Which KM articles address which indicator (src/lib/km/lessons.ts): the dataset's `lessons`, worked by hand. */
import { describe, expect, it } from 'vitest';
import { lessonLinks } from '../../src/lib/km/lessons';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';

describe('lessonLinks', () => {
  it('one entry per indicator some article addresses, in criteria order; slugs newest first, then by slug', () => {
    const links = lessonLinks(
      [
        { slug: 'overdue', date: '2024-09-24', indicators: ['F1'] },
        { slug: 'plan', date: '2024-09-10', indicators: ['F1', 'B1', 'F4', 'G3'] },
        { slug: 'books', date: '2024-09-27', indicators: ['B1'] },
        { slug: 'registry', date: '2024-07-15', indicators: [] },
        { slug: 'a-same-day', date: '2024-09-10', indicators: ['F1'] },
      ],
      DEFAULT_CRITERIA,
    );
    // Criteria order G3 (G), B1 (B), F1, F4 (F). F1: overdue 24 Sep, then a-same-day and plan on 10 Sep (by slug).
    expect(links).toEqual([
      { indicator: 'G3', slugs: ['plan'] },
      { indicator: 'B1', slugs: ['books', 'plan'] },
      { indicator: 'F1', slugs: ['overdue', 'a-same-day', 'plan'] },
      { indicator: 'F4', slugs: ['plan'] },
    ]);
  });

  it('a Thai and an English version are one article: the slug addresses what either names, dated by the later one', () => {
    const links = lessonLinks(
      [
        { slug: 'plan', date: '2024-01-10', indicators: ['F1'] },
        { slug: 'plan', date: '2024-09-12', indicators: ['B1', 'F1'] },
        { slug: 'visit', date: '2024-08-02', indicators: ['F1'] },
      ],
      DEFAULT_CRITERIA,
    );
    // plan's date is its English version's, 12 Sep, so it comes before visit (2 Aug) under F1.
    expect(links).toEqual([
      { indicator: 'B1', slugs: ['plan'] },
      { indicator: 'F1', slugs: ['plan', 'visit'] },
    ]);
  });

  it('no articles: no lessons', () => {
    expect(lessonLinks([], DEFAULT_CRITERIA)).toEqual([]);
  });
});
