/**
 * Pages, components and layouts take every word from the catalogue (src/lib/i18n): no Thai character anywhere in
 * them (templates, front matter, scripts), and no English interface text in their markup — a text node or a
 * human-readable attribute (aria-label, placeholder, title, alt …) written as a literal with letters in it. Names
 * and data come in through expressions, so they are never literals here. The .astro files are parsed with Astro's
 * own compiler (a dependency of astro), so expression code is never mistaken for text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@astrojs/compiler';

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
  type: string;
  name?: string;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { name: string; kind: string; value: string }[];
  children?: AstNode[];
}

/** Literal interface text in an .astro file's markup: text nodes outside code, readable quoted attributes. */
function literalText(node: AstNode, out: string[], parentIsCode = false): void {
  const line = node.position?.start.line ?? 0;
  if (node.type === 'text' && !parentIsCode && LETTER.test(node.value ?? '')) out.push(`line ${line}: text "${node.value!.trim()}"`);
  for (const a of node.attributes ?? []) {
    if (a.kind === 'quoted' && READABLE.has(a.name) && LETTER.test(a.value)) out.push(`line ${line}: ${a.name}="${a.value}"`);
  }
  // The text of an expression, front matter, script or style is code; an element inside an expression is markup again.
  const code = node.type === 'expression' || node.type === 'frontmatter' || (node.type === 'element' && (node.name === 'script' || node.name === 'style'));
  for (const c of node.children ?? []) literalText(c, out, code);
}

describe('pages only say words from the catalogue', () => {
  it('there are pages, components and layouts to check', () => {
    expect(all.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(30);
  });

  it.each(all)('%s has no Thai character', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.flatMap((l, i) => (THAI.test(l) ? [`line ${i + 1}: ${l.trim()}`] : []))).toEqual([]);
  });

  it.each(all.filter((f) => f.endsWith('.astro')))('%s has no literal interface text in its markup', async (file) => {
    const { ast } = await parse(readFileSync(file, 'utf8'), { position: true });
    const found: string[] = [];
    literalText(ast as unknown as AstNode, found);
    expect(found).toEqual([]);
  });

  it('the check catches literal words (a planted page)', async () => {
    const page = '---\nconst x = 1;\n---\n<p>Hello {x}</p><input placeholder="Search" /><span>{x > 0 ? <b>Yes</b> : null}</span><p>{x}</p>';
    const { ast } = await parse(page, { position: true });
    const found: string[] = [];
    literalText(ast as unknown as AstNode, found);
    expect(found).toEqual(['line 4: text "Hello"', 'line 4: placeholder="Search"', 'line 4: text "Yes"']);
  });
});
