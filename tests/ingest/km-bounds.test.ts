/**
 * Bounds on KM articles (issue 17, item 7): a title, summary, name, tag or body beyond its bound, too many tags, or a
 * file too large is an error naming the file and line, and the article is left out while the others go on. Slugs are
 * compared case- and Unicode-form-insensitively; the first in path order keeps its address, the other is reported.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSlug, compareArticleNames, ingestKm } from '../../src/ingest/km';
import { DEFAULT_CRITERIA } from '../../src/lib/health/default-criteria';
import { KM_LIMITS } from '../../src/lib/km/bounds';

/** A content folder named `content` holding km/<name> for each entry. */
function content(files: Record<string, string | Buffer>): string {
  const root = join(mkdtempSync(join(tmpdir(), 'omsap-km-')), 'content');
  mkdirSync(join(root, 'km'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'km', name), text);
  return root;
}

// Lines: 1 ---, 2 title, 3 author, 4 office, 5 date, 6 tags, 7 summary, 8 ---, 9 body.
function article(o: { title?: string; author?: string; office?: string; tags?: string[]; summary?: string; body?: string } = {}): string {
  return [
    '---',
    `title: ${JSON.stringify(o.title ?? 'ทดสอบ')}`,
    `author: ${JSON.stringify(o.author ?? 'นางสาวทดสอบ ใจดี')}`,
    `office: ${JSON.stringify(o.office ?? 'สำนักงานพัฒนาชุมชนอำเภอ')}`,
    'date: "2567-07-15"',
    `tags: ${JSON.stringify(o.tags ?? ['บัญชี'])}`,
    `summary: ${JSON.stringify(o.summary ?? 'สรุป')}`,
    '---',
    o.body ?? 'เนื้อหา',
    '',
  ].join('\n');
}

const read = (files: Record<string, string | Buffer>) => ingestKm(content(files), DEFAULT_CRITERIA);
const found = (r: Awaited<ReturnType<typeof read>>) => r.issues.map((i) => [i.code, i.file, i.line ?? null, i.field ?? null, i.found ?? null]);

describe('sizes of KM articles', () => {
  it('a file above 1 MB is refused from its size, unread; the other article goes on', async () => {
    // A 5 MB title: 5 × 1,048,576 bytes of "ก" (3 bytes each in UTF-8) plus the rest of the file.
    const huge = article({ title: 'ก'.repeat((5 * 1024 * 1024) / 3) });
    const r = await read({ 'big.md': huge, 'ok.md': article() });
    expect(r.articles.map((a) => a.slug)).toEqual(['ok']);
    expect(found(r)).toEqual([['E_KM_FILE_TOO_LARGE', 'content/km/big.md', null, null, '5.0 MB']]);
    expect(r.issues[0]!.en).toBe(
      'content/km/big.md: the article file is too large (5.0 MB), so it was not read nor published — expected an article file of at most 1.0 MB; keep pictures as files of their own in content/km/',
    );
    expect(r.files.map((f) => [f.path, f.status])).toEqual([['content/km/big.md', 'rejected'], ['content/km/ok.md', 'used']]);
  });

  it('a title of 201 characters is an error on its line; 200 is fine', async () => {
    const r = await read({ 'a.md': article({ title: 'ก'.repeat(201) }), 'b.md': article({ title: 'ข'.repeat(200) }) });
    expect(r.articles.map((a) => a.slug)).toEqual(['b']);
    expect(found(r)).toEqual([['E_KM_TOO_LONG', 'content/km/a.md', 2, 'title', '201']]);
    expect(r.issues[0]!.th).toBe('ไฟล์ content/km/a.md บรรทัด 2: ชื่อเรื่องยาวเกินไป: 201 ตัวอักษร บทความจึงไม่ได้เผยแพร่ — ต้องไม่เกิน 200 ตัวอักษร');
    expect(r.issues[0]!.en).toBe('content/km/a.md, line 2: title too long: 201 characters, so the article is not published — expected at most 200 characters');
  });

  it('a Thai title is counted in characters as written: tone marks and vowels above count one each', async () => {
    // "กี่" is 3 code points (ก, ี, ่): 67 × 3 = 201.
    const r = await read({ 'a.md': article({ title: 'กี่'.repeat(67) }) });
    expect(found(r)).toEqual([['E_KM_TOO_LONG', 'content/km/a.md', 2, 'title', '201']]);
  });

  it('summary, author, office, a tag, the number of tags and the body each have their bound and line', async () => {
    const r = await read({
      'a.md': article({ summary: 'ส'.repeat(1_001) }),
      'b.md': article({ author: 'ก'.repeat(201), office: 'ข'.repeat(201) }),
      'c.md': article({ tags: ['ก'.repeat(51)] }),
      'd.md': article({ tags: Array.from({ length: 21 }, (_, i) => `หัวข้อ${i}`) }),
      'e.md': article({ body: 'ก'.repeat(KM_LIMITS.body + 1) }),
    });
    expect(r.articles).toEqual([]);
    expect(found(r)).toEqual([
      ['E_KM_TOO_LONG', 'content/km/a.md', 7, 'summary', '1,001'],
      ['E_KM_TOO_LONG', 'content/km/b.md', 3, 'author', '201'],
      ['E_KM_TOO_LONG', 'content/km/b.md', 4, 'office', '201'],
      ['E_KM_TOO_LONG', 'content/km/c.md', 6, 'tags', '51'],
      ['E_KM_TOO_MANY_TAGS', 'content/km/d.md', 6, 'tags', '21'],
      ['E_KM_TOO_LONG', 'content/km/e.md', 9, 'body', '200,001'],
    ]);
    expect(r.issues[4]!.en).toBe('content/km/d.md, line 6: the article has 21 tags, so it is not published — expected at most 20');
    expect(r.issues[4]!.th).toBe('ไฟล์ content/km/d.md บรรทัด 6: บทความมีหัวข้อ 21 รายการ บทความจึงไม่ได้เผยแพร่ — ต้องมีไม่เกิน 20 รายการ');
  });

  it('a title just under the file bound is refused quickly, not after minutes (no timing: it is read once)', async () => {
    const r = await read({ 'a.md': article({ title: 'ก'.repeat(300_000) }) }); // 900 KB
    expect(found(r)).toEqual([['E_KM_TOO_LONG', 'content/km/a.md', 2, 'title', '300,000']]);
  });
});

describe('KM addresses compared case- and form-insensitively', () => {
  it('folds case and Unicode form into one address', () => {
    expect(articleSlug('Plan.md')).toBe('plan');
    expect(articleSlug('PLAN.EN.md')).toBe('plan');
    // "café" composed (é, U+00E9) and decomposed (e + U+0301): one address.
    expect(articleSlug('caf\u00e9-บัญชี.md')).toBe(articleSlug('cafe\u0301-บัญชี.md'));
    // "é.md" has no ASCII letter: its address is a hash of its NFC form, whichever form the file system gave.
    expect(articleSlug('\u00e9.md')).toMatch(/^a-[0-9a-f]{8}$/);
    expect(articleSlug('e\u0301.md')).toBe(articleSlug('\u00e9.md'));
  });

  it('path order: names folded first, then lower case first', () => {
    expect(['Plan.md', 'plan.md', 'apple.md', 'Zebra.md'].sort(compareArticleNames)).toEqual(['apple.md', 'plan.md', 'Plan.md', 'Zebra.md']);
  });

  it('a newer file differing only in letter case does not take the address: the first keeps it, the newcomer is reported', async () => {
    const r = await read({ 'plan.md': article({ title: 'แผนเดิม' }), 'Plan.md': article({ title: 'แผนใหม่' }) });
    expect(r.articles.map((a) => [a.slug, a.title, a.file])).toEqual([['plan', 'แผนเดิม', 'content/km/plan.md']]);
    expect(found(r)).toEqual([['E_KM_SLUG_DUPLICATE', 'content/km/Plan.md', 1, null, null]]);
    expect(r.issues[0]!.en).toBe(
      'content/km/Plan.md, line 1: the file name gives the page address /km/plan/, as content/km/plan.md does, so this article is not published — expected article file names that differ',
    );
  });

  it('two Unicode forms of one name are one address', async () => {
    const r = await read({ 'caf\u00e9.md': article({ title: 'ก' }), 'cafe\u0301.md': article({ title: 'ข' }) });
    expect(r.articles).toHaveLength(1);
    expect(r.issues.map((i) => i.code)).toEqual(['E_KM_SLUG_DUPLICATE']);
  });
});
