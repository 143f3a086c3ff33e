/**
 * KM articles (DESIGN §4.7): reads content/km/*.md into publishable records, with their issues, beside the data
 * files, so that `npm run check` and the data-quality report see an article's problems as they see a workbook's.
 * An article with bad front matter is left out (the others go on); personal numbers in one are masked.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { makeIssue, placeText } from '../lib/issues/make-issue';
import { type KmArticle, parseKmArticle } from '../lib/km/article';
import { findPersonalData } from '../lib/privacy/recognise';
import type { PrivateValueSet } from '../lib/privacy/scan';
import type { Criteria } from '../lib/schema/criteria';
import type { Issue } from '../lib/schema/issue';
import type { FileReport } from './index';

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
  const ascii = name.replace(/\.md$/, '').replace(/\.(en|th)$/i, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return ascii || hashedSlug(name);
}

/** A stable URL segment that says nothing of the name. */
function hashedSlug(name: string): string {
  return 'a-' + createHash('sha1').update(name).digest('hex').slice(0, 8);
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
      .sort();
  } catch {
    return out;
  }
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const file = `${basename(contentDir)}/km/${name}`;
    // A file name with a phone or an id would put it in the page's address: the article gets a hashed one.
    const personalName = findPersonalData(name).length > 0;
    const slug = personalName ? hashedSlug(name) : articleSlug(name);
    const parsed = parseKmArticle(await readFile(join(dir, name), 'utf8'), file, slug, criteria, privacy);
    const issues = parsed.issues;
    if (personalName) issues.unshift(makeIssue('W_KM_NAME_PERSONAL', { file, line: 1 }));
    // One article per slug and language: a Thai version and an English version share a slug.
    const key = parsed.article ? `${slug}/${parsed.article.lang}` : slug;
    const other = bySlug.get(key);
    if (parsed.article && other !== undefined) issues.push(makeIssue('E_KM_SLUG_DUPLICATE', { file, line: 1, detail: { slug, other } }));
    else if (parsed.article) {
      bySlug.set(key, file);
      out.articles.push(parsed.article);
    }
    for (const m of parsed.masked) if (!out.origins.has(m.digits)) out.origins.set(m.digits, placeText({ file, line: m.line }).en);
    const errors = issues.filter((i) => i.severity === 'error').length;
    out.files.push({ path: file, kind: 'km', status: errors > 0 ? 'rejected' : 'used', rows: 1, errors, warnings: issues.length - errors });
    out.issues.push(...issues);
  }
  return out;
}
