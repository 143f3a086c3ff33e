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
import { compareCodes } from '../lib/thai/collate';
import { datasetPath } from './data';

export const KM_ENV = 'OMSAP_KM';
export const KM_FILE = 'km.json';

export interface Article extends Omit<KmArticle, 'body'> {
  html: string;
}

/** Tag → stable ASCII URL segment (tags are Thai; URLs stay ASCII): "t-" + 8 hex of its SHA-1. */
export function tagSlug(tag: string): string {
  return 't-' + createHash('sha1').update(tag.normalize('NFC')).digest('hex').slice(0, 8);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function kmPath(): string {
  return resolve(process.env[KM_ENV] ?? join(dirname(datasetPath()), KM_FILE));
}

/** The articles file as the build writes it. */
export const KmFileSchema = z.object({ articles: z.array(KmArticleSchema) });

/** An article as pages show it: its body rendered. */
export function renderArticle({ body, ...a }: KmArticle): Article {
  return { ...a, html: md.render(body) };
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
