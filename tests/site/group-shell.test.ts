/**
 * The group page's shell (src/site/group-shell.ts): a page Astro rendered with stand-ins, cut where they stand and
 * filled with a group's values, each escaped as Astro escapes it there (text: & < > " '; an attribute: & and ").
 */
import { describe, expect, it } from 'vitest';
import { cutShell, fillShell, type ShellKey } from '../../src/site/group-shell';

const SHELL =
  '<title>omsapshelltitle | Omsap</title><meta property="og:title" content="omsapshelltitle">' +
  '<a href="/provinces/omsapshellprovince/">omsapshellprovincelabel</a> <a href="/districts/omsapshelldistrict/">omsapshelldistrictlabel</a>' +
  '<a href="/en/groups/omsapshellid/">EN</a><main>omsapshellbody</main>';

const VALUES: Record<ShellKey, string> = {
  id: '6010-0002',
  title: `Ban "A" & <B> 'C'`,
  description: 'unused here',
  province: '60',
  provinceLabel: 'Nakhon Sawan Province',
  district: '6010',
  districtLabel: 'Phayuha Khiri District',
  body: '<p class="lead">&amp; as written</p>',
};

describe('cutShell and fillShell', () => {
  it('escape a value in text in full, in an attribute only & and ", and put the body in as HTML', () => {
    expect(fillShell(cutShell(SHELL), VALUES)).toBe(
      '<title>Ban &quot;A&quot; &amp; &lt;B&gt; &#39;C&#39; | Omsap</title><meta property="og:title" content="Ban &quot;A&quot; &amp; <B> \'C\'">' +
        '<a href="/provinces/60/">Nakhon Sawan Province</a> <a href="/districts/6010/">Phayuha Khiri District</a>' +
        '<a href="/en/groups/6010-0002/">EN</a><main><p class="lead">&amp; as written</p></main>',
    );
  });

  it('tell "province" from "provincelabel" and "district" from "districtlabel"', () => {
    const parts = cutShell('omsapshellprovincelabel/omsapshellprovince/omsapshelldistrictlabel/omsapshelldistrict/omsapshellbody');
    expect(parts.filter((p) => typeof p !== 'string').map((p) => (p as { key: string }).key)).toEqual(['provinceLabel', 'province', 'districtLabel', 'district', 'body']);
  });

  it('refuse a shell without the body stand-in: no page is written from a frame without its content', () => {
    expect(() => cutShell('<title>omsapshelltitle</title>')).toThrow(/body/);
  });
});
