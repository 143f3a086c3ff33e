/**
 * Pages, components and layouts take every word from the catalogue (src/lib/i18n): no Thai character anywhere in
 * them (templates, front matter, scripts), and no English interface text in their markup — a text node or a
 * human-readable attribute (aria-label, placeholder, title, alt …) written as a literal with letters in it. Names
 * and data come in through expressions, so they are never literals here. The .astro files are parsed with Astro's
 * own compiler (`@astrojs/compiler-rs`, the one astro builds with, declared as a dev dependency for this test), so
 * expression code is never mistaken for text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@astrojs/compiler-rs';

const DIRS = ['src/pages', 'src/components', 'src/layouts'];
const READABLE = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'placeholder', 'title', 'alt', 'label', 'data-label']);
const THAI = /[\u0E00-\u0E7F]/;
const LETTER = /[A-Za-z\u0E00-\u0E7F]/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
const all = DIRS.flatMap(files);

interface AstNode {
  type?: string;
  start?: number;
  value?: unknown;
  name?: { name?: string };
  openingElement?: { name?: { name?: string } };
  [key: string]: unknown;
}

const line = (source: string, offset: number) => source.slice(0, offset).split('\n').length;

/** Literal interface text in an .astro file's markup: text nodes, readable quoted attributes. Front matter and
 *  expressions are code (their strings are literals, never text nodes); an element inside an expression is markup
 *  again; the text of a script or style element is code. */
function literalText(node: unknown, source: string, out: string[]): void {
  if (Array.isArray(node)) {
    for (const c of node) literalText(c, source, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as AstNode;
  if (n.type === 'JSXText' && typeof n.value === 'string' && LETTER.test(n.value)) out.push(`line ${line(source, n.start ?? 0)}: text "${n.value.trim()}"`);
  if (n.type === 'JSXAttribute') {
    const name = n.name?.name ?? '';
    const value = n.value as AstNode | null;
    if (value?.type === 'Literal' && typeof value.value === 'string' && READABLE.has(name) && LETTER.test(value.value)) {
      out.push(`line ${line(source, n.start ?? 0)}: ${name}="${value.value}"`);
    }
  }
  const code = n.type === 'JSXElement' && ['script', 'style'].includes(n.openingElement?.name?.name ?? '');
  for (const [key, value] of Object.entries(n)) if (!(code && key === 'children')) literalText(value, source, out);
}

function literalsIn(source: string): string[] {
  const found: string[] = [];
  literalText(parse(source).ast, source, found);
  return found;
}

describe('pages only say words from the catalogue', () => {
  it('there are pages, components and layouts to check', () => {
    expect(all.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(30);
  });

  it.each(all)('%s has no Thai character', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.flatMap((l, i) => (THAI.test(l) ? [`line ${i + 1}: ${l.trim()}`] : []))).toEqual([]);
  });

  it.each(all.filter((f) => f.endsWith('.astro')))('%s has no literal interface text in its markup', (file) => {
    expect(literalsIn(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('the check catches literal words (a planted page)', () => {
    const page = '---\nconst x = 1;\n---\n<p>Hello {x}</p><input placeholder="Search" /><span>{x > 0 ? <b>Yes</b> : null}</span><p>{x}</p>';
    expect(literalsIn(page)).toEqual(['line 4: text "Hello"', 'line 4: placeholder="Search"', 'line 4: text "Yes"']);
  });

  it('code is not text: front matter, expressions, scripts, styles, comments (a planted page)', () => {
    const page = '---\nconst w = "Word";\n---\n<script>const a = "Hello world";</script><style>p::after { content: "Hi there"; }</style>\n<p aria-label={w}>{w === "Yes" ? w : "No"}<!-- a comment --></p>';
    expect(literalsIn(page)).toEqual([]);
  });
});
