/** SearchForm (the search box of the home and 404 pages): a plain GET form to the search page of its language. */
import { afterEach, describe, expect, it } from 'vitest';
import SearchForm from '../../../src/components/SearchForm.astro';
import { attr, render, text } from './render';

afterEach(() => {
  delete process.env.OMSAP_BASE;
});

describe('SearchForm', () => {
  it('in Thai: a GET to /search/ with the field "q", its label and its button', async () => {
    const r = await render(SearchForm, { lang: 'th', id: 'q-home' });
    const form = r.one('form[role=search]');
    expect([attr(form, 'action'), attr(form, 'method')]).toEqual(['/search/', 'get']);
    const input = r.one('input');
    expect([attr(input, 'id'), attr(input, 'name'), attr(input, 'type')]).toEqual(['q-home', 'q', 'search']);
    expect(text(r.one('label[for=q-home]'))).toBe('ค้นหากลุ่ม หมู่บ้าน ตำบล อำเภอ หรือบทความ');
    expect(text(r.one('button[type=submit]'))).toBe('ค้นหา');
  });

  it('in English: the English search page, English words', async () => {
    const r = await render(SearchForm, { lang: 'en', id: 'q-404' });
    expect(attr(r.one('form'), 'action')).toBe('/en/search/');
    expect(text(r.one('label[for=q-404]'))).toBe('Search groups, villages, sub-districts, districts or articles');
    expect(text(r.one('button'))).toBe('Search');
  });

  it('under a base path (--base /omsap/), the search page under it', async () => {
    process.env.OMSAP_BASE = '/omsap/';
    expect(attr((await render(SearchForm, { lang: 'th', id: 'q' })).one('form'), 'action')).toBe('/omsap/search/');
    expect(attr((await render(SearchForm, { lang: 'en', id: 'q' })).one('form'), 'action')).toBe('/omsap/en/search/');
  });
});
