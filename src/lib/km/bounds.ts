/**
 * Bounds on a KM article (issue 17): a title, summary, tag, name or body far longer than any article needs is an
 * error naming the file and line, and the article is left out. Checked on the parsed article, whatever read its front
 * matter; the file's size is checked before it is read (src/ingest/km.ts), so a 5 MB title is refused unread.
 */
import { makeIssue } from '../issues/make-issue';
import type { Issue } from '../schema/issue';
import type { KmArticle } from './article';

export const KM_LIMITS = {
  /** Bytes of an article file: the longest bundled article is 16 KB; pictures are files of their own. */
  fileBytes: 1024 * 1024,
  /** Bytes of a picture file an article shows. */
  imageBytes: 5 * 1024 * 1024,
  /** Characters (code points). */
  title: 200,
  summary: 1_000,
  /** Each of author, position and office. */
  name: 200,
  tag: 50,
  tags: 20,
  body: 200_000,
} as const;

/** 1-based line of a front-matter key (`title:`), or 1 when it cannot be found. */
function keyLine(lines: readonly string[], key: string): number {
  const re = new RegExp(`^${key}\\s*:`);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '---') break;
    if (re.test(lines[i]!)) return i + 1;
  }
  return 1;
}

/** 1-based line where the body starts: the one after the closing ---. */
export function bodyLine(lines: readonly string[]): number {
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return end < 0 ? 1 : end + 2;
}

const length = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
const grouped = (n: number): string => n.toLocaleString('en-US');

/** Issues for every part of an article beyond its bound; `text` is the file as read, for the lines. */
export function articleBoundIssues(article: KmArticle, text: string): Issue[] {
  const issues: Issue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const tooLong = (field: string, value: string, limit: number, line: number) => {
    const n = length(value);
    if (n > limit) issues.push(makeIssue('E_KM_TOO_LONG', { file: article.file, line, field, found: grouped(n), detail: { limit: grouped(limit) } }));
  };
  tooLong('title', article.title, KM_LIMITS.title, keyLine(lines, 'title'));
  tooLong('summary', article.summary, KM_LIMITS.summary, keyLine(lines, 'summary'));
  for (const key of ['author', 'position', 'office'] as const) tooLong(key, article[key], KM_LIMITS.name, keyLine(lines, key));
  const tagsLine = keyLine(lines, 'tags');
  if (article.tags.length > KM_LIMITS.tags) {
    issues.push(makeIssue('E_KM_TOO_MANY_TAGS', { file: article.file, line: tagsLine, field: 'tags', found: grouped(article.tags.length), detail: { limit: KM_LIMITS.tags } }));
  }
  const longTag = article.tags.find((t) => length(t) > KM_LIMITS.tag);
  if (longTag !== undefined) tooLong('tags', longTag, KM_LIMITS.tag, tagsLine);
  tooLong('body', article.body.trim(), KM_LIMITS.body, bodyLine(lines));
  return issues;
}
