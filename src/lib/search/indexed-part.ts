/**
 * The part of a built page the search index reads (Pagefind indexes only the element marked data-pagefind-body, and
 * takes the page's language from <html lang>). Handing Pagefind that element inside a minimal document instead of
 * the whole page gives the same index for a fraction of the bytes sent and parsed: a group page is ~40 KB, its
 * indexed part a few hundred bytes. Pure; the pages' own markup (src/components/views/) is what it reads.
 */

const HTML_LANG = /<html\b[^>]*?\blang="([^"]*)"/;
const BODY_OPEN = /<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/;

/** A minimal document holding the page's indexed element, or null when the page marks none (Pagefind skips it). */
export function indexedPart(html: string): string | null {
  const open = BODY_OPEN.exec(html);
  if (!open) return null;
  const end = closingEnd(html, open[1]!.toLowerCase(), open.index + open[0].length);
  if (end === null) return null;
  const lang = HTML_LANG.exec(html)?.[1];
  return `<!doctype html><html${lang !== undefined ? ` lang="${lang}"` : ''}><head></head><body>${html.slice(open.index, end)}</body></html>`;
}

/** The index just past the tag closing the element opened before `from`, counting nested elements of its name. */
function closingEnd(html: string, tag: string, from: number): number | null {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  return null;
}
