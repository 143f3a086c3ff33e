/**
 * Renders an Astro component with Astro's container API (experimental_AstroContainer) and reads the HTML as a
 * browser would: elements found by CSS selector, text as textContent (entities decoded), attributes decoded. HTML is
 * parsed by ultrahtml, whose selectors match one element's tag, classes and attributes (a compound selector); a
 * descendant chain ("tbody th .level") and a list ("tfoot th, tfoot td") are walked here. No child combinator (">"). The components project of vitest.config.ts compiles .astro files and points
 * OMSAP_DATASET at the site fixture (tests/fixtures/site/dataset.json), which components that read the site use.
 */
import { experimental_AstroContainer } from 'astro/container';
import { ELEMENT_NODE, parse, TEXT_NODE, type DocumentNode, type ElementNode } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';

type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

let container: Promise<experimental_AstroContainer> | undefined;

/** &amp; &lt; &gt; &quot; &#39; and numeric references, as Astro escapes text and attributes. */
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(ENTITY, (_m, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!.toLowerCase()]!,
  );

/** An element's text, as the DOM's textContent. */
export function text(node: ElementNode): string {
  return node.children.map((c) => (c.type === TEXT_NODE ? decode(c.value as string) : c.type === ELEMENT_NODE ? text(c as ElementNode) : '')).join('');
}

/** An element's attribute, decoded; null when it has none ('' for a bare attribute such as `open`). */
export function attr(node: ElementNode, name: string): string | null {
  const v = node.attributes[name];
  return v === undefined ? null : decode(v);
}

/** A compound selector's parts of a chain, spaces inside [attribute="values"] kept. */
const PARTS = /(?:\[[^\]]*\]|[^\s[])+/g;

/** The elements inside `root` (not itself) that the selector matches, in document order. */
export function inside(root: ElementNode | DocumentNode, selector: string): ElementNode[] {
  const found = new Set<ElementNode>();
  for (const chain of selector.split(',')) {
    let scope: (ElementNode | DocumentNode)[] = [root];
    for (const part of chain.match(PARTS) ?? []) {
      scope = [...new Set(scope.flatMap((n) => (querySelectorAll(n, part) as ElementNode[]).filter((m) => m !== n)))];
    }
    for (const n of scope) found.add(n as ElementNode);
  }
  return [...found].sort((a, b) => a.loc[0].start - b.loc[0].start);
}

export interface Rendered {
  html: string;
  /** Every element the selector matches, in document order. */
  all: (selector: string) => ElementNode[];
  /** The one element the selector matches first; fails when none does. */
  one: (selector: string) => ElementNode;
  /** The text of each element the selector matches. */
  texts: (selector: string) => string[];
}

export async function render(component: Component, props: Record<string, unknown>): Promise<Rendered> {
  const c = await (container ??= experimental_AstroContainer.create());
  return read(await c.renderToString(component, { props }));
}

/** HTML a function wrote (src/site/markup.ts, src/site/group-parts.ts), read as render() reads a component's. */
export function read(html: string): Rendered {
  const doc = parse(html) as DocumentNode;
  const all = (selector: string) => inside(doc, selector);
  return {
    html,
    all,
    one(selector) {
      const found = all(selector)[0];
      if (!found) throw new Error(`no ${selector} in ${html.slice(0, 300)}…`);
      return found;
    },
    texts: (selector) => all(selector).map(text),
  };
}
