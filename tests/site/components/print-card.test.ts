/**
 * printCardHtml (group page, src/site/group-parts.ts): "print the health card", a link to the note that says how to
 * print (the script that makes it print is src/scripts/print-card.ts).
 */
import { describe, expect, it } from 'vitest';
import { printCardHtml } from '../../../src/site/group-parts';
import { attr, read, text } from './render';

describe('printCardHtml', () => {
  it.each([
    ['th', 'พิมพ์บัตรสุขภาพ', 'ใช้คำสั่งพิมพ์ของเบราว์เซอร์ (Ctrl+P): บัตรสุขภาพคือหน้านี้เมื่อพิมพ์ A4 หนึ่งหน้า'],
    ['en', 'Print the health card', "Use your browser's print command (Ctrl+P): the health card is this page printed, one A4 page."],
  ])('in %s: a button-styled link to the note beside it, neither printed', (lang, button, help) => {
    const r = read(printCardHtml(lang as 'th' | 'en'));
    expect(attr(r.one('p.print-card'), 'class')).toBe('print-card no-print');
    const link = r.one('a[data-print-card]');
    expect([text(link), attr(link, 'href'), attr(link, 'class')]).toEqual([button, '#print-help', 'button']);
    expect(text(r.one('#print-help'))).toBe(help);
  });
});
