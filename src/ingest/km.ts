/**
 * KM articles (DESIGN §4.7): reads content/km/*.md into publishable records, with their issues, beside the data
 * files, so that `npm run check` and the data-quality report see an article's problems as they see a workbook's.
 * An article with bad front matter is left out (the others go on); personal numbers in one are masked.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, join, sep } from 'node:path';
import { makeIssue, placeText } from '../lib/issues/make-issue';
import { type KmArticle, parseKmArticle } from '../lib/km/article';
import { KM_LIMITS, articleBoundIssues, bodyLine } from '../lib/km/bounds';
import { bodyImages, localImagePath } from '../lib/km/images';
import { kmImageReason } from '../lib/issues/messages';
import { formatBytes } from './guard';
import { findPersonalData, maskPersonalData } from '../lib/privacy/recognise';
import type { PrivateValueSet } from '../lib/privacy/scan';
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { FileReport } from './types';

export interface KmIngest {
  /** Articles to publish, in file-name order. */
  articles: KmArticle[];
  /** One report line per article file (kind km). */
  files: FileReport[];
  issues: Issue[];
  /** Digits of every masked number → "file, line N" (for the privacy gate's message). */
  origins: Map<string, string>;
}

/**
 * File name → URL segment: lower-case ASCII letters, digits and dashes; a Thai-only name gets a stable hash. A
 * language suffix is not part of it: the English version of `plan.md` is `plan.en.md`, both at /km/plan/.
 */
export function articleSlug(name: string): string {
  const folded = foldName(name);
  const ascii = folded.replace(/\.md$/, '').replace(/\.(en|th)$/, '').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii || hashedSlug(name);
}

/** A stable URL segment that says nothing of the name. */
function hashedSlug(name: string): string {
  return 'a-' + createHash('sha1').update(foldName(name)).digest('hex').slice(0, 8);
}

/** A file name as addresses compare it: one Unicode form (NFC), lower case. "Plan.md" and "plan.md" are one address. */
const foldName = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * Path order of articles: names compared folded, then lower case first, so that of "plan.md" and a newer "Plan.md"
 * the file already named as its address keeps it and the other is reported. The same on every machine.
 */
export function compareArticleNames(a: string, b: string): number {
  const fa = foldName(a);
  const fb = foldName(b);
  return fa < fb ? -1 : fa > fb ? 1 : a < b ? 1 : a > b ? -1 : 0;
}

/**
 * Every `*.md` file of `<contentDir>/km/` (none when the folder does not exist). `criteria` is the table in use: the
 * codes an article's `indicators` may name.
 */
export async function ingestKm(
  contentDir: string,
  criteria: Pick<Criteria, 'id' | 'indicators'>,
  privacy: { values?: PrivateValueSet; origins?: ReadonlyMap<string, string> } = {},
): Promise<KmIngest> {
  const out: KmIngest = { articles: [], files: [], issues: [], origins: new Map() };
  const dir = join(contentDir, 'km');
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => e.name)
      .sort(compareArticleNames);
  } catch {
    return out;
  }
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const file = `${basename(contentDir)}/km/${name}`;
    // A file name with a phone or an id would put it in the page's address: the article gets a hashed one.
    const personalName = findPersonalData(name).length > 0;
    const slug = personalName ? hashedSlug(name) : articleSlug(name);
    const size = (await stat(join(dir, name))).size;
    if (size > KM_LIMITS.fileBytes) {
      const issue = makeIssue('E_KM_FILE_TOO_LARGE', { file, found: formatBytes(size), detail: { limit: formatBytes(KM_LIMITS.fileBytes) } });
      out.files.push({ path: file, kind: 'km', status: 'rejected', rows: 1, errors: 1, warnings: 0 });
      out.issues.push(issue);
      continue;
    }
    const text = await readFile(join(dir, name), 'utf8');
    const parsed = parseKmArticle(text, file, slug, criteria, privacy);
    const issues = parsed.issues;
    if (personalName) issues.unshift(makeIssue('W_KM_NAME_PERSONAL', { file, line: 1 }));
    if (parsed.article) {
      const bounds = articleBoundIssues(parsed.article, text);
      if (bounds.length > 0) {
        for (const i of bounds) issues.push(i);
        delete parsed.article;
      }
    }
    // One article per slug and language: a Thai version and an English version share a slug.
    const key = parsed.article ? `${slug}/${parsed.article.lang}` : slug;
    const other = bySlug.get(key);
    if (parsed.article && other !== undefined) issues.push(makeIssue('E_KM_SLUG_DUPLICATE', { file, line: 1, detail: { slug, other } }));
    else if (parsed.article) {
      bySlug.set(key, file);
      out.articles.push(parsed.article);
    }
    if (parsed.article) {
      const kept = await articleImages(dir, parsed.article, text, issues);
      if (kept.length > 0) parsed.article.images = kept;
    }
    for (const m of parsed.masked) if (!out.origins.has(m.digits)) out.origins.set(m.digits, placeText({ file, line: m.line }).en);
    const errors = issues.filter((i) => i.severity === 'error').length;
    out.files.push({ path: file, kind: 'km', status: errors > 0 ? 'rejected' : 'used', rows: 1, errors, warnings: issues.length - errors });
    out.issues.push(...issues);
  }
  return out;
}

/**
 * The pictures an article may show: files of content/km/ (regular files, not links, of a picture type, at most
 * KM_LIMITS.imageBytes). Every other picture is reported with its line and dropped when the page is rendered.
 */
async function articleImages(dir: string, article: KmArticle, text: string, issues: Issue[]): Promise<string[]> {
  const kept: string[] = [];
  const firstBodyLine = bodyLine(text.replace(/^\uFEFF/, '').split(/\r?\n/));
  for (const ref of bodyImages(article.body)) {
    const place = localImagePath(ref.src);
    let reason: Parameters<typeof kmImageReason>[0] | undefined = place.ok ? undefined : place.reason;
    if (place.ok) {
      const abs = join(dir, place.path);
      const info = await lstat(abs).catch(() => undefined);
      // A folder link on the way would reach outside content/km/: the file must really be inside it.
      const inside = info?.isFile() === true && (await realpath(abs).catch(() => '')).startsWith((await realpath(dir)) + sep);
      if (!inside) reason = 'missing';
      else if (info!.size > KM_LIMITS.imageBytes) reason = 'large';
      else if (!kept.includes(place.path)) kept.push(place.path);
    }
    if (reason !== undefined) {
      const line = firstBodyLine + ref.line - 1;
      issues.push(makeIssue('W_KM_IMAGE_DROPPED', { file: article.file, line, field: 'body', found: maskPersonalData(safeDecode(ref.src)).reported, detail: kmImageReason(reason) }));
    }
  }
  return kept;
}

/** An address as written, for the report: percent-encoding undone where it can be. */
function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
