/**
 * Pictures in a KM article (issue 17: readers are not tracked). A picture is shown only when it is a file of
 * content/km/ named by a relative path (`![แผนผัง](ภาพ/แผน.png)`): the build copies it into the site. Anything else
 * (another host, a data: address, a path outside content/km/, a file of another type) is dropped with a warning, so
 * no page loads anything from another host. Pure: ingest checks that the file exists (src/ingest/km.ts).
 */
import MarkdownIt from 'markdown-it';
import { posix } from 'node:path';

/** The same parser the pages render with (src/site/km.ts): raw HTML off, so `<img>` is text, never a picture. */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export const IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'] as const;

export interface ImageRef {
  /** The address as the parser read it (markdown-it percent-encodes it). */
  src: string;
  /** 1-based line within the body. */
  line: number;
}

/** Every picture of a Markdown body, with its line, in reading order. */
export function bodyImages(body: string): ImageRef[] {
  const out: ImageRef[] = [];
  for (const block of md.parse(body, {})) {
    if (block.type !== 'inline' || !block.children) continue;
    // A paragraph may run over several lines: count its line breaks up to each picture.
    let line = (block.map?.[0] ?? 0) + 1;
    for (const t of block.children) {
      if (t.type === 'softbreak' || t.type === 'hardbreak') line++;
      else if (t.type === 'image') out.push({ src: String(t.attrGet('src') ?? ''), line });
    }
  }
  return out;
}

export type ImagePlace = { ok: true; path: string } | { ok: false; reason: 'remote' | 'outside' | 'type' };

/**
 * Where a picture's address points: a path relative to content/km/ (decoded, normalised, "a/b.png"), or why it is
 * not one. Another host (http:, https:, //host) is 'remote'; any other scheme, an absolute path, a path that leaves
 * content/km/, a query or a fragment is 'outside'; a file that is not a picture type is 'type'.
 */
export function localImagePath(src: string): ImagePlace {
  if (/^(?:https?:)?\/\//i.test(src)) return { ok: false, reason: 'remote' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || /[?#\\]/.test(src)) return { ok: false, reason: 'outside' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return { ok: false, reason: 'outside' };
  }
  const path = posix.normalize(decoded);
  if (decoded.includes('\0') || path.startsWith('/') || path === '..' || path.startsWith('../') || path === '.') return { ok: false, reason: 'outside' };
  const ext = posix.extname(path).toLowerCase();
  if (!(IMAGE_TYPES as readonly string[]).includes(ext)) return { ok: false, reason: 'type' };
  return { ok: true, path };
}
