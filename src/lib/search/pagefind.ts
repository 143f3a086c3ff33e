/**
 * The one place that knows the shape of Pagefind's JS API (1.6) and of this site's index: what a result's data holds,
 * and the filters the pages write (data-pagefind-filter "type", "province", "district", "level"). The rest of
 * src/lib/search reads a Result and asks an Index; a change to how the index is built (what part of a page is its
 * body, a new filter or meta) is a change here.
 */
import { matchedWords } from './relevance.js';

/** What Pagefind's `result.data()` gives, as far as the search reads it. */
export interface PagefindFragment {
  url: string;
  content: string;
  /** The content as Pagefind split it for excerpts (its word locations count in it). */
  raw_content?: string;
  locations: number[];
  /** Escaped text with <mark> around the matched words. */
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}

export type PagefindFilters = Record<string, string | { any: string[] }>;

/** Pagefind's `search()`, as the search page calls it (the module the browser imports has more). */
export interface PagefindSearch {
  search: (q: string | null, options?: { filters?: PagefindFilters }) => Promise<{ results: { id: string; data: () => Promise<PagefindFragment> }[] }>;
}

/** A result as the search reads it. */
export interface Result {
  url: string;
  /** The page's title, else its address. */
  title: string;
  /** Escaped text with <mark> around the matched words (Pagefind's excerpt). */
  excerpt: string;
  /** The page's indexed text, for "does it hold the query as typed". */
  content: string;
  /** The page words Pagefind matched. */
  matched: string[];
  /** The page's kind, a word of the page's language ("กลุ่มออมทรัพย์", "district"); '' when it has none. */
  kind: string;
  level?: string;
  province?: string;
  district?: string;
}

/** The filters a person chose on the search page, by the form's field names. */
export interface Chosen {
  province?: string;
  district?: string;
  level?: string;
}

/** One hit, its result loaded only when asked for. */
export interface Hit {
  id: string;
  result: () => Promise<Result>;
}

/** The search, over a language's index: every hit in the index's order, or only hits of some kinds. */
export interface Index {
  search: (q: string | null, chosen: Chosen, kinds?: readonly string[]) => Promise<Hit[]>;
}

/** A fragment as a Result: the adapter. */
export function readResult(d: PagefindFragment): Result {
  const first = (name: string) => d.filters[name]?.[0];
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    content: d.content,
    matched: matchedWords(d.raw_content ?? d.content, d.locations),
    kind: first('type') ?? '',
    level: first('level'),
    province: first('province'),
    district: first('district'),
  };
}

/** Pagefind's search as an Index: the chosen filters and kinds as the pages' filters, each hit read by readResult. */
export function fromPagefind(pf: PagefindSearch): Index {
  return {
    async search(q, chosen, kinds) {
      const filters: PagefindFilters = {};
      for (const [name, value] of Object.entries(chosen)) if (value) filters[name] = value;
      if (kinds) filters.type = { any: [...kinds] };
      const { results } = await pf.search(q, { filters });
      return results.map((h) => ({ id: h.id, result: async () => readResult(await h.data()) }));
    },
  };
}
