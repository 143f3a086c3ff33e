/**
 * Slips of wording that only show on built pages, where words from different catalogue entries meet (issue 20):
 * a word said twice ("ประเมินด้วยเกณฑ์ เกณฑ์ตรวจสุขภาพ…", "…ในข้อมูล ข้อมูลนี้…", "the the") and a separator at the
 * start or end of an element (the printed card's foot began "· พิมพ์เมื่อ …"). Read from every page of the fixture
 * site in both languages; the detectors are checked on the slips they were written for.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from './helpers';

/** Elements that end a run of text: words on either side of one are not said one after the other. */
const BLOCK = /<\/?(?:h[1-6]|p|div|li|ul|ol|dl|dt|dd|td|th|tr|table|caption|thead|tbody|section|header|footer|nav|main|option|select|label|button|br|summary|details|figure|figcaption|form|title|svg|text)\b[^>]*>/g;
const THAI_WORD = /^\p{Script=Thai}+$/u;
const THAI_START = /^[\u0E01-\u0E2E\u0E40-\u0E44]/; // a consonant or a leading vowel: where a Thai word can begin

/** Runs of text as read: scripts and styles out, block elements apart, inline tags dropped, entities as a space. */
export function textRuns(html: string): string[] {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .split('\n');
}

/**
 * A word said twice across a space: the same word twice ("the the"), or a Thai word (no spaces inside Thai
 * sentences) that ends the text before a space and begins the text after it, of 4 letters or more
 * ("…ด้วยเกณฑ์ เกณฑ์ตรวจ…").
 */
export function doubledWords(run: string): string[] {
  const words = run.split(/\s+/).filter(Boolean);
  const found: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const [a, b] = [words[i - 1]!, words[i]!];
    if (/\p{L}{2}/u.test(a) && a.toLowerCase() === b.toLowerCase()) found.push(`${a} ${b}`);
    else
      for (let n = Math.min(a.length, b.length); n >= 4; n--) {
        const w = b.slice(0, n);
        if (THAI_WORD.test(w) && THAI_START.test(w) && a.endsWith(w)) {
          found.push(`${a} ${b}`);
          break;
        }
      }
  }
  return found;
}

/** An element whose text starts or ends with a separator ("<span>· พิมพ์เมื่อ</span>"). */
const EDGE_SEPARATOR = [/<([a-z][a-z0-9]*)\b[^>]*>\s*·/, /·\s*<\/(?:p|span|li|td|th|dd|dt|div|footer|a|strong|small)>/];

const base = mkdtempSync(join(tmpdir(), 'omsap-wording-'));
const dist = join(base, 'dist');
const pages: [string, string][] = [];

beforeAll(async () => {
  const r = await runBuild(['--dataset', 'tests/fixtures/site/dataset.json', '--out', dist, '--state', join(base, 'state'), '--reports', join(base, 'reports')]);
  expect(r.code, r.stderr).toBe(0);
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : n.endsWith('.html') ? [join(d, n)] : []));
  for (const file of walk(dist)) pages.push([file.slice(dist.length), readFileSync(file, 'utf8')]);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the detectors catch the slips they were written for', () => {
  it('a word said twice, Thai or English, across inline tags but not across blocks', () => {
    expect(doubledWords(textRuns('<p>ประเมินด้วยเกณฑ์ <a href="x">เกณฑ์ตรวจสุขภาพ</a></p>').join(' '))).toEqual(['ประเมินด้วยเกณฑ์ เกณฑ์ตรวจสุขภาพ']);
    expect(doubledWords('ปีที่แล้วไม่มีแผนพัฒนาในข้อมูล ข้อมูลนี้บอกว่าเกิดอะไรขึ้น')).toEqual(['ปีที่แล้วไม่มีแผนพัฒนาในข้อมูล ข้อมูลนี้บอกว่าเกิดอะไรขึ้น']);
    expect(doubledWords('read the the rules')).toEqual(['the the']);
    // A heading and the caption under it may repeat each other: they are two blocks.
    expect(textRuns('<h2>คะแนนรายด้าน</h2><caption>คะแนนรายด้าน ปีงบประมาณ 2567</caption>').flatMap(doubledWords)).toEqual([]);
    // Not a repeat: a short shared ending ("ทุน ทุนสำรอง" is 3 letters), numbers, different words.
    expect(doubledWords('ทุน ทุนสำรอง 10 10 ผ่าน ไม่ผ่าน')).toEqual([]);
  });
  it('a separator at the start or end of an element', () => {
    expect(EDGE_SEPARATOR.some((re) => re.test('<span class="print-date">· พิมพ์เมื่อ <span></span></span>'))).toBe(true);
    expect(EDGE_SEPARATOR.some((re) => re.test('<p>ข้อมูล ณ วันที่ 1 · <a href="x">เกณฑ์</a></p>'))).toBe(false);
  });
});

describe('every built page, Thai and English', () => {
  it('says no word twice', () => {
    expect(pages.length).toBeGreaterThan(50);
    const found = pages.flatMap(([file, html]) => textRuns(html).flatMap(doubledWords).map((d) => `${file}: ${d}`));
    expect([...new Set(found)].slice(0, 10)).toEqual([]);
  });
  it('starts and ends no element with a separator', () => {
    const found = pages.flatMap(([file, html]) => EDGE_SEPARATOR.flatMap((re) => {
      const m = re.exec(html);
      return m ? [`${file}: ${html.slice(m.index, m.index + 80)}`] : [];
    }));
    expect(found.slice(0, 10)).toEqual([]);
  });
});
