/**
 * A KM article (DESIGN §4.7): Markdown with front matter → a publishable record and its issues. Pure; ingest reads
 * the files (src/ingest/km.ts) and the pages render the body (src/site/km.ts).
 * - Bad front matter (none, never closed, a line that cannot be read, no title, no date, a date that does not
 *   exist) leaves the article out with an error naming the file and line; the other articles go on.
 * - A phone number or a national id anywhere in it is masked (PERSONAL_MASK) and reported with its line, never quoted.
 * - `indicators` (the criteria codes the lesson addresses) are read as codes: upper case, Thai digits as ASCII, no
 *   space ("f๑" → F1); a code the criteria in use do not hold is left out with a warning naming its line.
 */
import { z } from 'zod';
import { makeIssue } from '../issues/make-issue';
import { EXPECTED, personalKindDetail } from '../issues/messages';
import { PERSONAL_MASK, findPersonalData, maskPersonalData } from '../privacy/recognise';
import { type PrivateValueSet, findPrivateValues, maskPrivateValues } from '../privacy/scan';
import type { Criteria } from '../schema/criteria';
import type { Issue } from '../schema/issue';
import { KM_SLUG } from '../schema/dataset';
import { parseThaiDate } from '../thai/date';
import { normalizeIndicatorCode } from '../thai/codes';
import { type Entry, type FrontMatter, FrontMatterError, parseFrontMatter } from './front-matter';

/** A publishable article, as ingest writes it beside the dataset (.omsap/km.json) for the pages. */
export const KmArticleSchema = z.object({
  slug: z.string().regex(KM_SLUG),
  /** The article's language (front matter `lang`): th by default; an English version (lang: en) has the same slug. */
  lang: z.enum(['th', 'en']),
  /** Path shown in the report, e.g. content/km/registry-first.md. */
  file: z.string(),
  title: z.string().min(1),
  author: z.string(),
  position: z.string(),
  office: z.string(),
  /** ISO (CE) date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  tags: z.array(z.string()),
  /** Codes of the criteria in use that the lesson addresses (front matter `indicators`), normalised, in the order written. */
  indicators: z.array(z.string()),
  summary: z.string(),
  /** The Markdown body, personal numbers masked. */
  body: z.string(),
  /** Picture files of content/km/ the body shows (relative paths, src/lib/km/images.ts), copied into the site. */
  images: z.array(z.string()).optional(),
});
export type KmArticle = z.infer<typeof KmArticleSchema>;

export interface ParsedArticle {
  /** Absent when the article is left out. */
  article?: KmArticle;
  issues: Issue[];
  /** Digits of every masked number with its 1-based line (for the privacy gate's message). */
  masked: { digits: string; line: number }[];
}

const REQUIRED_LINE = { title: EXPECTED.kmTitle, articleDate: EXPECTED.kmDate };

/**
 * Parses one article's text. `file` names it in issues; `slug` is its URL segment; `criteria` is the table in use,
 * whose codes the front matter's `indicators` must name.
 */
export function parseKmArticle(
  text: string,
  file: string,
  slug: string,
  criteria: Pick<Criteria, 'id' | 'indicators'>,
  privacy: ArticlePrivacy = {},
): ParsedArticle {
  const issues: Issue[] = [];
  const masked: ParsedArticle['masked'] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);

  let fm: FrontMatter;
  try {
    fm = parseFrontMatter(lines);
  } catch (e) {
    if (!(e instanceof FrontMatterError)) throw e;
    issues.push(makeIssue(e.code, { file, line: e.line, ...(e.found !== undefined ? { found: e.found } : {}) }));
    return { issues, masked };
  }
  const { clean, acrossLines } = articleMasker(file, privacy, issues, masked);
  const str = (key: string, field = key, staff = false): string => {
    const e = fm.data.get(key);
    if (e === undefined || typeof e.value !== 'string') return '';
    return clean(e.value.trim(), e.line, field, staff);
  };

  const title = str('title');
  if (!title) issues.push(makeIssue('E_KM_FIELD_MISSING', { file, line: fm.data.get('title')?.line ?? 1, field: 'title', expected: REQUIRED_LINE.title }));
  const date = articleDate(fm.data.get('date'), file, issues);
  const tagsEntry = fm.data.get('tags');
  const tags = tagsEntry === undefined ? [] : (Array.isArray(tagsEntry.value) ? tagsEntry.value : [tagsEntry.value]).map((t) => clean(String(t).trim(), tagsEntry.line, 'tags')).filter(Boolean);
  const indicators = articleIndicators(fm.data.get('indicators'), criteria, file, issues);
  const author = str('author', 'author', true);
  const position = str('position', 'position', true);
  const office = str('office', 'office', true);
  const summary = str('summary');
  const lang = articleLang(fm.data.get('lang'), file, issues);
  const body = acrossLines(lines.slice(fm.bodyStart).join('\n'), fm.bodyStart + 1)
    .split('\n')
    .map((l, k) => clean(l, fm.bodyStart + k + 1, 'body'))
    .join('\n');
  if (!title || date === undefined) return { issues, masked };
  return { article: { slug, lang, file, title, author, position, office, date, tags, indicators, summary, body }, issues, masked };
}

/** The registry's private values to mask in an article, and where each was read (for the warning). */
type ArticlePrivacy = { values?: PrivateValueSet; origins?: ReadonlyMap<string, string> };

/** Maskers of one article's texts: each hides what must not be published and reports it in `issues` and `masked`. */
function articleMasker(file: string, privacy: ArticlePrivacy, issues: Issue[], masked: ParsedArticle['masked']) {
  /**
   * Masks one text of the article, reporting what it hid at `line`: personal numbers, and (unless `staff`: the
   * author's own lines, public by choice) the registry's private values (a chair's name in a story).
   */
  const clean = (s: string, line: number, field: string, staff = false): string => {
    const m = maskPersonalData(s);
    let out = m.text;
    if (m.matches.length > 0) {
      for (const x of m.matches) masked.push({ digits: x.digits, line });
      issues.push(makeIssue('W_PERSONAL_DATA_MASKED', { file, line, field, found: m.reported, detail: personalKindDetail(m.matches.map((x) => x.kind)) }));
    }
    if (!staff && privacy.values) {
      const p = maskPrivateValues(out, privacy.values);
      if (p.first !== undefined) {
        issues.push(makeIssue('W_PRIVATE_VALUE_ELSEWHERE', { file, line, field, found: p.text, detail: { privateAt: privacy.origins?.get(p.first) ?? '' } }));
        out = p.text;
      }
    }
    return out;
  };

  /**
   * A number or a private value broken over a line (Markdown joins the lines: "โทร 081-234-⏎5617") is masked as a
   * whole before each line is read, its line breaks kept so that every later line keeps its number.
   */
  const acrossLines = (text: string, firstLine: number): string => {
    const spans: { start: number; end: number; code: 'W_PERSONAL_DATA_MASKED' | 'W_PRIVATE_VALUE_ELSEWHERE'; shown: string; detail: Record<string, string> }[] = [];
    for (const m of findPersonalData(text)) {
      if (!text.slice(m.start, m.end).includes('\n')) continue;
      masked.push({ digits: m.digits, line: firstLine + count(text.slice(0, m.start), '\n') });
      spans.push({ start: m.start, end: m.end, code: 'W_PERSONAL_DATA_MASKED', shown: m.shown, detail: personalKindDetail([m.kind]) });
    }
    if (privacy.values) {
      for (const v of findPrivateValues(text, privacy.values)) {
        if (!text.slice(v.start, v.end).includes('\n') || spans.some((x) => x.start < v.end && v.start < x.end)) continue;
        spans.push({ start: v.start, end: v.end, code: 'W_PRIVATE_VALUE_ELSEWHERE', shown: PERSONAL_MASK, detail: { privateAt: privacy.origins?.get(v.value) ?? '' } });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const x of spans) {
      const lineStart = text.lastIndexOf('\n', x.start - 1) + 1;
      const line = firstLine + count(text.slice(0, x.start), '\n');
      issues.push(makeIssue(x.code, { file, line, field: 'body', found: text.slice(lineStart, x.start) + x.shown, detail: x.detail }));
      out += text.slice(at, x.start) + PERSONAL_MASK + '\n'.repeat(count(text.slice(x.start, x.end), '\n'));
      at = x.end;
    }
    return out + text.slice(at);
  };
  return { clean, acrossLines };
}

/** The article's date (ISO); undefined, reported at its line, when it is missing or not a date. */
function articleDate(dateEntry: Entry | undefined, file: string, issues: Issue[]): string | undefined {
  if (dateEntry === undefined || dateEntry.value === '' || Array.isArray(dateEntry.value)) {
    issues.push(makeIssue('E_KM_FIELD_MISSING', { file, line: dateEntry?.line ?? 1, field: 'articleDate', expected: REQUIRED_LINE.articleDate }));
    return undefined;
  }
  const p = parseThaiDate(dateEntry.value);
  if (p.ok && p.value !== null) return p.value;
  issues.push(makeIssue('E_KM_DATE_INVALID', { file, line: dateEntry.line, field: 'articleDate', found: maskPersonalData(dateEntry.value).reported }));
  return undefined;
}

/** The article's language: en, or th (the default; a word other than these is reported). */
function articleLang(langEntry: Entry | undefined, file: string, issues: Issue[]): 'th' | 'en' {
  const langText = langEntry === undefined || Array.isArray(langEntry.value) ? '' : langEntry.value.trim().toLowerCase();
  if (langEntry !== undefined && langText !== 'en' && langText !== 'th') {
    issues.push(makeIssue('W_KM_LANG_UNKNOWN', { file, line: langEntry.line, field: 'lang', found: maskPersonalData(String(langEntry.value)).reported }));
  }
  return langText === 'en' ? 'en' : 'th';
}

/** The `indicators` entry's codes, normalised, each once; a code the criteria do not hold is reported at its line and left out. */
function articleIndicators(entry: Entry | undefined, criteria: Pick<Criteria, 'id' | 'indicators'>, file: string, issues: Issue[]): string[] {
  if (entry === undefined) return [];
  const known = new Set(criteria.indicators.map((i) => i.code));
  const values = Array.isArray(entry.value) ? entry.value : [entry.value];
  const out: string[] = [];
  values.forEach((written, k) => {
    const code = normalizeIndicatorCode(written);
    if (code === '' || out.includes(code)) return;
    if (known.has(code)) out.push(code);
    else {
      const codes = criteria.indicators.map((i) => i.code).join(', ');
      issues.push(
        makeIssue('W_KM_INDICATOR_UNKNOWN', {
          file,
          line: entry.itemLines[k] ?? entry.line,
          field: 'indicators',
          found: maskPersonalData(written.trim()).reported,
          expected: { th: codes, en: codes },
          detail: { criteria: criteria.id },
        }),
      );
    }
  });
  return out;
}

const count = (s: string, ch: string): number => s.split(ch).length - 1;
