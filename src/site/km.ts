/**
 * KM articles (DESIGN §4.7): content/km/*.md (or OMSAP_CONTENT/km), front matter + Markdown rendered by
 * markdown-it with raw HTML off. A phone number or a national id anywhere in an article stops the build,
 * naming the file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import { scanForPersonalData } from '../lib/privacy/scan';
import { thaiToAsciiDigits } from '../lib/thai/digits';
import { compareThai } from '../lib/thai/collate';

export const CONTENT_ENV = 'OMSAP_CONTENT';

export interface Article {
  slug: string;
  /** Path shown in messages, relative to the working directory. */
  file: string;
  title: string;
  author: string;
  position: string;
  office: string;
  /** ISO (CE) date. */
  date: string;
  tags: string[];
  summary: string;
  html: string;
}

export class ArticleError extends Error {}

export function kmDir(): string {
  return resolve(process.env[CONTENT_ENV] ?? 'content', 'km');
}

/** Tag → stable ASCII URL segment (tags are Thai; URLs stay ASCII): "t-" + 8 hex of its SHA-1. */
export function tagSlug(tag: string): string {
  return 't-' + createHash('sha1').update(tag.normalize('NFC')).digest('hex').slice(0, 8);
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** A front-matter scalar: JSON strings and arrays as written in the articles, else the bare text. */
function scalar(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('"') || t.startsWith('[')) {
    try {
      return JSON.parse(t);
    } catch {
      /* fall through: YAML that is not JSON */
    }
  }
  if (t.startsWith('[') && t.endsWith(']')) {
    return t.slice(1, -1).split(',').map((x) => x.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean);
  }
  return t.replace(/^'(.*)'$/, '$1');
}

/** Minimal front matter: `key: value`, inline lists, and block lists (`- item`). */
function parseFrontMatter(text: string, file: string): { data: Record<string, unknown>; body: string; bodyLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new ArticleError(`${file}: ไม่มีส่วนหัว (front matter) / no front matter`);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new ArticleError(`${file}: ส่วนหัวไม่มีบรรทัดปิด --- / front matter not closed`);
  const data: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    if (item && listKey) {
      (data[listKey] as unknown[]).push(scalar(item[1]!));
      continue;
    }
    const kv = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!kv) throw new ArticleError(`${file} บรรทัด ${i + 1}: อ่านส่วนหัวไม่ได้ / line ${i + 1}: cannot read front matter`);
    if (kv[2]!.trim() === '') {
      listKey = kv[1]!;
      data[listKey] = [];
    } else {
      listKey = null;
      data[kv[1]!] = scalar(kv[2]!);
    }
  }
  return { data, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** BE or CE date text → ISO CE: "2567-07-15" → "2024-07-15". */
function isoDate(v: unknown, file: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(thaiToAsciiDigits(String(v ?? '').trim()));
  if (!m) throw new ArticleError(`${file}: วันที่ "${String(v)}" ไม่ถูกต้อง ต้องเป็น เช่น 2567-07-15 / date must look like 2567-07-15`);
  let y = Number(m[1]);
  if (y >= 2400) y -= 543;
  const iso = `${y}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    throw new ArticleError(`${file}: วันที่ "${String(v)}" ไม่มีอยู่จริง / date does not exist`);
  }
  return iso;
}

const KIND_TH = { 'national-id': 'เลขประจำตัวประชาชน', phone: 'หมายเลขโทรศัพท์', 'private-value': 'ข้อมูลส่วนบุคคล' } as const;

/** Parses one article. Throws ArticleError naming file and line for personal data or bad front matter. */
export function parseArticle(text: string, file: string, slug: string): Article {
  const hits = scanForPersonalData(text);
  if (hits.length > 0) {
    const h = hits[0]!;
    throw new ArticleError(
      `${file} บรรทัด ${h.line}: พบ${KIND_TH[h.kind]} (${h.masked}) ในบทความ — ลบออกก่อนเผยแพร่ / ${file} line ${h.line}: article contains a ${h.kind} (${h.masked}); remove it before publishing`,
    );
  }
  const { data, body } = parseFrontMatter(text, file);
  const str = (k: string, required = true): string => {
    const v = data[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (required) throw new ArticleError(`${file}: ส่วนหัวไม่มี ${k} / front matter has no "${k}"`);
    return '';
  };
  const tags = Array.isArray(data.tags) ? data.tags.map((t) => String(t).trim()).filter(Boolean) : [];
  return {
    slug,
    file,
    title: str('title'),
    author: str('author', false),
    position: str('position', false),
    office: str('office', false),
    date: isoDate(data.date, file),
    tags,
    summary: str('summary', false),
    html: md.render(body),
  };
}

let cached: Article[] | undefined;

/** All articles, newest first (then by slug). */
export function articles(): Article[] {
  if (cached) return cached;
  const dir = kmDir();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    names = [];
  }
  const out = names.map((name) => {
    const path = join(dir, name);
    const slug = name.replace(/\.md$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') ||
      'a-' + createHash('sha1').update(name).digest('hex').slice(0, 8);
    return parseArticle(readFileSync(path, 'utf8'), relative(process.cwd(), path) || path, slug);
  });
  cached = out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.slug < b.slug ? -1 : 1));
  return cached;
}

/** Every tag with its articles, Thai order. */
export function tags(): { tag: string; slug: string; articles: Article[] }[] {
  const m = new Map<string, Article[]>();
  for (const a of articles()) for (const t of a.tags) m.set(t, [...(m.get(t) ?? []), a]);
  return [...m.entries()].sort((x, y) => compareThai(x[0], y[0])).map(([tag, list]) => ({ tag, slug: tagSlug(tag), articles: list }));
}
