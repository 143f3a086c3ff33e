/**
 * KM articles for the pages (DESIGN §4.7). Ingest reads content/km/*.md with the data (src/ingest/km.ts: bad
 * front matter left out and reported, personal numbers masked) and the build writes the articles beside the
 * dataset; this module reads that file (OMSAP_KM, default km.json beside the dataset) and renders each body with
 * markdown-it, raw HTML off.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { z } from 'zod';
import { KmArticleSchema, type KmArticle } from '../lib/km/article';
import { localImagePath } from '../lib/km/images';
import { compareCodes } from '../lib/thai/collate';
import { fileHref, files } from './links';
import { datasetPath } from './data';
import { splitCodes } from './code-links';

export const KM_ENV = 'OMSAP_KM';
export const KM_FILE = 'km.json';

export interface Article extends KmArticle {
  html: string;
}

/** Tag → stable ASCII URL segment (tags are Thai; URLs stay ASCII): "t-" + 8 hex of its SHA-1. */
export function tagSlug(tag: string): string {
  return 't-' + createHash('sha1').update(tag.normalize('NFC')).digest('hex').slice(0, 8);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const renderImage = md.renderer.rules.image!;
/**
 * A picture is shown only when ingest found it as a file of content/km/ (the article's `images`), from the site's own
 * copy under km/images/; any other picture is dropped (ingest reported it), so no page loads from another host.
 */
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const place = localImagePath(String(token.attrGet('src') ?? ''));
  const images = (env as { images?: ReadonlySet<string> } | undefined)?.images;
  if (!place.ok || !images?.has(place.path)) return '';
  token.attrSet('src', fileHref(files.kmImage(place.path)));
  token.attrSet('loading', 'lazy');
  return renderImage(tokens, idx, options, env, self);
};

/** What an article's indicator codes link to (issue 20: no dead ends), in the page's language. */
interface CodeLinkEnv { codes?: readonly string[]; href?: (code: string) => string }

// Every indicator code in an article's text (not in a link or code span) becomes a link to its indicator page.
md.core.ruler.push('indicator_links', (state) => {
  const env = state.env as CodeLinkEnv;
  if (!env.codes?.length || !env.href) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    let inLink = 0;
    block.children = block.children.flatMap((t) => {
      if (t.type === 'link_open') inLink += 1;
      if (t.type === 'link_close') inLink -= 1;
      if (t.type !== 'text' || inLink > 0) return [t];
      return splitCodes(t.content, env.codes!).flatMap((part) => {
        const text = Object.assign(new state.Token('text', '', 0), { content: part.text });
        if (!part.code) return [text];
        const open = new state.Token('link_open', 'a', 1);
        open.attrSet('href', env.href!(part.code));
        return [open, text, new state.Token('link_close', 'a', -1)];
      });
    });
  }
});

export function kmPath(): string {
  return resolve(process.env[KM_ENV] ?? join(dirname(datasetPath()), KM_FILE));
}

/** The articles file as the build writes it. */
export const KmFileSchema = z.object({ articles: z.array(KmArticleSchema) });

/** An article as pages show it: its body rendered. */
export function renderArticle(a: KmArticle): Article {
  return { ...a, html: md.render(a.body, { images: new Set(a.images ?? []) }) };
}

/** An article's body for a page in a language: every indicator code in its text linked to that indicator's page. */
export function articleHtml(a: Pick<KmArticle, 'body' | 'images'>, codes: readonly string[], link: (code: string) => string): string {
  return md.render(a.body, { images: new Set(a.images ?? []), codes, href: link });
}

let cached: Article[] | undefined;

/** All articles (every language version), newest first, then by slug, Thai before English. None when the build wrote no articles file. */
export function articles(): Article[] {
  if (cached) return cached;
  const path = kmPath();
  const list = existsSync(path) ? KmFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).articles : [];
  cached = list
    .map(renderArticle)
    .sort((a, b) => compareCodes(b.date, a.date) || compareCodes(a.slug, b.slug) || compareCodes(b.lang, a.lang));
  return cached;
}
