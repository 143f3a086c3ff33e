import { describe, expect, it } from 'vitest';
import { indexedPart } from '../../../src/lib/search/indexed-part';

const page = (body: string, lang = 'th') =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><title>t</title></head><body><nav><a href="/">หน้าแรก</a></nav><main>${body}</main><footer>ท้าย</footer></body></html>`;

describe('indexedPart: what Pagefind is handed of a built page', () => {
  it('keeps the marked element whole, with the page language, and nothing around it', () => {
    const doc = indexedPart(page('<div data-pagefind-body><h1 data-pagefind-meta="title">กลุ่มออมทรัพย์บ้านนา</h1><p>หมู่ 3</p></div><table><tr><td>G1</td></tr></table>'));
    expect(doc).toBe('<!doctype html><html lang="th"><head></head><body><div data-pagefind-body><h1 data-pagefind-meta="title">กลุ่มออมทรัพย์บ้านนา</h1><p>หมู่ 3</p></div></body></html>');
  });

  it('counts nested elements of the same name, so an article with inner divs is kept to its own end', () => {
    const doc = indexedPart(page('<article class="a" data-pagefind-body><div><div>ก</div></div><p>ข</p></article><aside>ค</aside>', 'en'))!;
    expect(doc).toContain('lang="en"');
    expect(doc).toContain('<article class="a" data-pagefind-body><div><div>ก</div></div><p>ข</p></article></body>');
    expect(doc).not.toContain('ค');
  });

  it('gives null for a page that marks nothing (Pagefind skips it) or whose element is never closed', () => {
    expect(indexedPart(page('<div><h1>ค้นหา</h1></div>'))).toBeNull();
    expect(indexedPart('<html lang="th"><div data-pagefind-body><p>ก')).toBeNull();
  });
});
