/**
 * Which KM articles address which indicator (issue 13): the dataset's `lessons`, read by the group, indicator and
 * article pages and published in the JSON download. Pure: the articles come in already read and checked (their
 * `indicators` hold only codes of the criteria in use, src/lib/km/article.ts).
 * - An article is its slug (its page /km/{slug}/): a Thai and an English version share it, and the slug addresses
 *   every indicator either version names.
 * - One entry per indicator that some article addresses, in criteria order; its slugs newest article first (the
 *   latest date of the slug's versions), then by slug.
 */
import type { Criteria } from '../schema/criteria';
import type { LessonLink } from '../schema/dataset';
import { compareCodes } from '../thai/collate';
import type { KmArticle } from './article';

export type ArticleRef = Pick<KmArticle, 'slug' | 'date' | 'indicators'>;

export function lessonLinks(articles: readonly ArticleRef[], criteria: Pick<Criteria, 'indicators'>): LessonLink[] {
  const bySlug = new Map<string, { date: string; codes: Set<string> }>();
  for (const a of articles) {
    const e = bySlug.get(a.slug) ?? { date: a.date, codes: new Set<string>() };
    if (a.date > e.date) e.date = a.date;
    for (const c of a.indicators) e.codes.add(c);
    bySlug.set(a.slug, e);
  }
  const newestFirst = [...bySlug.entries()].sort((x, y) => compareCodes(y[1].date, x[1].date) || compareCodes(x[0], y[0]));
  return criteria.indicators.flatMap(({ code }) => {
    const slugs = newestFirst.filter(([, e]) => e.codes.has(code)).map(([slug]) => slug);
    return slugs.length ? [{ indicator: code, slugs }] : [];
  });
}
