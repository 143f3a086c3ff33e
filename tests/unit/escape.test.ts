/** The one escaper of text in HTML and XML (src/lib/escape.ts): the report, the changes section, the sitemap. */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escape';

describe('escapeHtml', () => {
  it('writes & < > " \' as entities and leaves the rest', () => {
    expect(escapeHtml(`<a href="x?a=1&b='2'">กลุ่ม</a>`)).toBe('&lt;a href=&quot;x?a=1&amp;b=&#39;2&#39;&quot;&gt;กลุ่ม&lt;/a&gt;');
    expect(escapeHtml(42)).toBe('42');
  });

  it('escapes an entity already written once more (text is text)', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});
