/**
 * KM articles beside what they address (issue 13), from the dataset's `lessons` (src/lib/km/lessons.ts) and the
 * articles published with it: the lessons of an indicator (group priorities, indicator pages) and the indicators of
 * an article (article pages). An article is shown in the reader's language when it has that version.
 */
import type { Lang } from '../lib/i18n/lang';
import type { LessonLink } from '../lib/schema/dataset';
import { formatter } from '../lib/i18n/format';
import { words } from '../lib/i18n/words';
import { site } from './data';
import { kmEntries, shownIn, type KmEntry, type Shown } from './km-languages';
import { routes } from './links';

export interface LessonView {
  slug: string;
  route: string;
  title: string;
  /** "สำนักงานพัฒนาชุมชนอำเภอบรรพตพิสัย · 24 กันยายน 2567": office and date, for the screen (the card prints titles only). */
  meta: string;
  /** The article's language when it is not the page's (its title is marked with it). */
  lang: Lang | undefined;
}

/** Indicator code → its lessons' slugs, and slug → its indicators, in the dataset's orders. */
export function lessonIndex(lessons: readonly LessonLink[]): { slugsOf: Map<string, string[]>; codesOf: Map<string, string[]> } {
  const slugsOf = new Map(lessons.map((l) => [l.indicator, l.slugs]));
  const codesOf = new Map<string, string[]>();
  for (const l of lessons) for (const slug of l.slugs) codesOf.set(slug, [...(codesOf.get(slug) ?? []), l.indicator]);
  return { slugsOf, codesOf };
}

/** One article as a line beside what it addresses. */
export function lessonView(shown: Shown, lang: Lang): LessonView {
  const { article: a, otherLanguage } = shown;
  const f = formatter(lang);
  return {
    slug: a.slug,
    route: routes.article(a.slug),
    title: a.title,
    meta: words(lang).km.byline([a.office, f.date(a.date)].filter(Boolean)),
    lang: otherLanguage ? a.lang : undefined,
  };
}

let index: { slugsOf: Map<string, string[]>; codesOf: Map<string, string[]>; entries: Map<string, KmEntry> } | undefined;
function siteIndex() {
  if (!index) index = { ...lessonIndex(site().dataset.lessons), entries: new Map(kmEntries().map((e) => [e.slug, e])) };
  return index;
}

/** The articles that address an indicator, newest first, as a reader of `lang` gets them. */
export function lessonsFor(code: string, lang: Lang): LessonView[] {
  const { slugsOf, entries } = siteIndex();
  return (slugsOf.get(code) ?? []).flatMap((slug) => {
    const e = entries.get(slug);
    return e ? [lessonView(shownIn(e, lang), lang)] : [];
  });
}

/** The article entries that address an indicator (for lists that show whole cards). */
export function lessonEntriesFor(code: string): KmEntry[] {
  const { slugsOf, entries } = siteIndex();
  return (slugsOf.get(code) ?? []).flatMap((slug) => (entries.has(slug) ? [entries.get(slug)!] : []));
}

/** The indicator codes an article addresses, in criteria order. */
export function indicatorsOfArticle(slug: string): string[] {
  return siteIndex().codesOf.get(slug) ?? [];
}
