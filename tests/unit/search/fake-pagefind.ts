/**
 * A fake of Pagefind's JS API search, the same shape as the real one's: `search(q, { filters })` gives results whose
 * `data()` is a fragment. What it finds for a query is written by the test (the pages in Pagefind's order, each with
 * the indexes of the words it matched), so a test says what Pagefind does and checks what the site's search makes
 * of it. Filters are applied as Pagefind applies them: a value the page has; `{ any }` one of them.
 */
import type { PagefindFilters, PagefindFragment, PagefindSearch } from '../../../src/lib/search/pagefind';

/** A page of the index: its words as Pagefind split them (Thai into words), its title and data-pagefind-filter. */
export interface FakePage {
  url: string;
  title?: string;
  words: string[];
  filters: Record<string, string[]>;
}

/** What Pagefind finds for a query: pages in its order, each with the indexes of its words that matched. */
export type Answers = Record<string, [url: string, matched: number[]][]>;

export interface FakePagefind extends PagefindSearch {
  /** Every search asked for, in order. */
  calls: { q: string | null; filters: PagefindFilters }[];
}

const ZWS = '\u200B';

/** The fragment Pagefind would load for a page found with these words matched. */
export function fragment(page: FakePage, matched: number[]): PagefindFragment {
  return {
    url: page.url,
    content: page.words.join(' '),
    // Pagefind puts a zero-width space between the words it split Thai text into.
    raw_content: page.words.join(ZWS),
    locations: matched,
    excerpt: page.words.map((w, i) => (matched.includes(i) ? `<mark>${w}</mark>` : w)).join(' '),
    meta: page.title === undefined ? {} : { title: page.title },
    filters: page.filters,
  };
}

export function fakePagefind(pages: FakePage[], answers: Answers): FakePagefind {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const keeps = (p: FakePage, filters: PagefindFilters) =>
    Object.entries(filters).every(([name, v]) => (typeof v === 'string' ? p.filters[name]?.includes(v) : v.any.some((x) => p.filters[name]?.includes(x))));
  const calls: FakePagefind['calls'] = [];
  return {
    calls,
    async search(q, options = {}) {
      const filters = options.filters ?? {};
      calls.push({ q, filters });
      const found: [string, number[]][] = q === null ? pages.map((p) => [p.url, []]) : (answers[q] ?? []);
      const results = found.flatMap(([url, matched]) => {
        const page = byUrl.get(url);
        if (!page) throw new Error(`the test's answer names no page ${url}`);
        return keeps(page, filters) ? [{ id: url, data: async () => fragment(page, matched) }] : [];
      });
      return { results };
    },
  };
}
