/**
 * KM articles in the two languages of the site (DESIGN §4.7): an article is a slug with a Thai version, an English
 * version, or both. Every slug has a page in both languages: a page shows the version in its language, else the
 * other one with a note. Lists show, per slug, the version a reader of that language gets.
 */
import type { Lang } from '../lib/i18n/lang';
import { compareCodes, compareThai } from '../lib/thai/collate';
import { articles, tagSlug, type Article } from './km';

export interface KmEntry {
  slug: string;
  versions: Partial<Record<Lang, Article>>;
}

export interface Shown {
  article: Article;
  /** True when the article has no version in the page's language, so the other one is shown. */
  otherLanguage: boolean;
}

let cached: KmEntry[] | undefined;

/** One entry per slug, in the order of articles() (newest first by the first version met). */
export function kmEntries(): KmEntry[] {
  if (cached) return cached;
  const bySlug = new Map<string, KmEntry>();
  for (const a of articles()) {
    const e = bySlug.get(a.slug) ?? { slug: a.slug, versions: {} };
    e.versions[a.lang] = a;
    bySlug.set(a.slug, e);
  }
  cached = [...bySlug.values()];
  return cached;
}

export function shownIn(entry: KmEntry, lang: Lang): Shown {
  const own = entry.versions[lang];
  if (own) return { article: own, otherLanguage: false };
  return { article: (entry.versions.th ?? entry.versions.en)!, otherLanguage: true };
}

/** The articles as a reader of a language gets them, newest first. */
export function kmList(lang: Lang): Shown[] {
  return kmEntries().map((e) => shownIn(e, lang));
}

export interface KmTag {
  tag: string;
  slug: string;
  entries: KmEntry[];
}

/** Every tag of any version, Thai order, with the articles carrying it: the same tag pages exist in both languages. */
export function kmTags(): KmTag[] {
  const m = new Map<string, KmEntry[]>();
  for (const e of kmEntries()) {
    const tags = new Set(Object.values(e.versions).flatMap((a) => a!.tags));
    for (const t of tags) m.set(t, [...(m.get(t) ?? []), e]);
  }
  return [...m.entries()]
    .sort((x, y) => compareThai(x[0], y[0]) || compareCodes(x[0], y[0]))
    .map(([tag, entries]) => ({ tag, slug: tagSlug(tag), entries }));
}

/** Props of /km/{slug}/ (both languages). */
export function kmArticlePaths() {
  return kmEntries().map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));
}
export type KmArticleProps = ReturnType<typeof kmArticlePaths>[number]['props'];

/** Props of /km/tags/{tag}/ (both languages). */
export function kmTagPaths() {
  return kmTags().map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}
export type KmTagProps = ReturnType<typeof kmTagPaths>[number]['props'];
