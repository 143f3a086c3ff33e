/**
 * The house, drawn from the code itself (issue 19): no file over 400 lines in src/ and scripts/ (the word catalogues
 * and the message table excepted), no function over 80 lines in src/ unless a comment directly above it says why
 * ("long because …"), and no run-time import circle among the modules of src/. Read with the compiler's own parser.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
/** Long by nature: one entry per word or per issue code, nothing to split. */
const LONG_FILES = new Set(['src/lib/i18n/th.ts', 'src/lib/i18n/en.ts', 'src/lib/issues/messages.ts']);
/** Files of code and markup whose length is counted (data such as the .topo.json maps and docs are not code). */
const COUNTED = /\.(ts|mts|cts|js|mjs|cjs|astro|css|sh)$/;
/** Modules parsed for functions and imports (.astro files count only by length). */
const SCRIPT = /\.(ts|mts|cts|js|mjs|cjs)$/;
/** What a comment directly above a function over the limit must say. */
const LONG_BECAUSE = /long because/i;

/** Files under a folder of the checkout, relative to it, forward slashes, in a stable order. */
function filesUnder(dir: string): string[] {
  const full = join(ROOT, dir);
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((p) => `${dir}/${p.split('\\').join('/')}`)
    .filter((p) => statSync(join(ROOT, p)).isFile())
    .sort();
}

/** Lines of a text as `wc -l` counts them, plus a last line without its newline. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

const parse = (source: string, name: string) => ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);

/**
 * The node whose leading comment speaks for a function: the outermost node that starts on the function's first line
 * (its statement, variable, property or call), short of the block or class around it.
 */
function commentHost(fn: ts.Node, sf: ts.SourceFile): ts.Node {
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
  const first = lineOf(fn);
  let n = fn;
  while (n.parent && !ts.isSourceFile(n.parent) && !ts.isBlock(n.parent) && !ts.isModuleBlock(n.parent) && !ts.isClassLike(n.parent) && lineOf(n.parent) === first) {
    n = n.parent;
  }
  return n;
}

/**
 * The comment directly above a node: the comments before it with no blank line between them and it (a block of
 * `//` lines counts whole), or ''.
 */
function commentAbove(node: ts.Node, source: string): string {
  const ranges = ts.getLeadingCommentRanges(source, node.getFullStart()) ?? [];
  const texts: string[] = [];
  let end = node.getStart();
  for (let k = ranges.length - 1; k >= 0; k--) {
    const r = ranges[k]!;
    if ((source.slice(r.end, end).match(/\n/g) ?? []).length > 1) break;
    texts.unshift(source.slice(r.pos, r.end));
    end = r.pos;
  }
  return texts.join('\n');
}

function isFunction(n: ts.Node): n is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(n) ||
    ts.isFunctionExpression(n) ||
    ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) ||
    ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n)
  );
}

function functionName(fn: ts.FunctionLikeDeclaration, host: ts.Node): string {
  if (fn.name) return fn.name.getText();
  if (ts.isConstructorDeclaration(fn)) return 'constructor';
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText();
  if (ts.isVariableStatement(host)) return host.declarationList.declarations[0]?.name.getText() ?? '(anonymous)';
  return '(anonymous)';
}

/** Functions of a module over `max` lines (first line of the signature to the closing brace) with no reason above them. */
export function longFunctions(source: string, name = 'x.ts', max = MAX_FUNCTION_LINES): string[] {
  const sf = parse(source, name);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node) && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      const host = commentHost(node, sf);
      if (lines > max && !LONG_BECAUSE.test(commentAbove(host, source))) found.push(`${functionName(node, host)} (line ${first + 1}, ${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * Relative modules a module loads when it runs: every import and re-export but `import type` and `export type`.
 * Under verbatimModuleSyntax (astro's tsconfig) `import { type A } from './a'` still loads ./a, so it counts.
 * A dynamic import() loads later, on demand, and is not part of the load order.
 */
export function runtimeImports(source: string, name = 'x.ts'): string[] {
  const out: string[] = [];
  for (const s of parse(source, name).statements) {
    if (ts.isImportDeclaration(s) && !s.importClause?.isTypeOnly && ts.isStringLiteral(s.moduleSpecifier)) out.push(s.moduleSpecifier.text);
    if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.moduleSpecifier && ts.isStringLiteral(s.moduleSpecifier)) out.push(s.moduleSpecifier.text);
  }
  return out.filter((m) => m.startsWith('.'));
}

const EXTENSIONS = ['.ts', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

/** The checkout file a relative specifier names (bundler resolution: no extension, or .js for .ts), or undefined. */
function resolveModule(from: string, spec: string): string | undefined {
  const base = join(dirname(join(ROOT, from)), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), ...EXTENSIONS.map((e) => base + e)];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return hit === undefined ? undefined : relative(ROOT, hit).split('\\').join('/');
}

/** Every circle of a module graph (its strongly connected components with more than one module, or a module importing itself). */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(part.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return out;
}

describe('the house checks themselves', () => {
  const body = (n: number) => Array.from({ length: n }, (_, i) => `  x += ${i};`).join('\n');

  it('counts lines as wc -l does, and a last line without its newline', () => {
    expect([lineCount(''), lineCount('a\n'), lineCount('a\nb'), lineCount('a\nb\n')]).toEqual([0, 1, 2, 2]);
  });

  it('finds a function of 81 lines (signature, 79 body lines, closing brace) and not one of 80', () => {
    const src = `function big() {\n${body(79)}\n}\nconst ok = () => {\n${body(78)}\n};\n`;
    expect(longFunctions(src)).toEqual(['big (line 1, 81 lines)']);
  });

  it('finds long arrows, methods and function expressions, unless the comment directly above says why', () => {
    const src = [
      `const arrow = () => {\n${body(80)}\n};`,
      `class A {\n  m() {\n${body(80)}\n  }\n}`,
      `/** Long because the steps read in order. */\nexport const kept = function () {\n${body(80)}\n};`,
      `// This one is long because of one table,\n// written row by row.\nfunction keptToo() {\n${body(80)}\n}`,
      `// long because: not directly above.\n\nfunction alsoFound() {\n${body(80)}\n}`,
      `// Long because the callback reads in order.\nprocess.once('message', async () => {\n${body(80)}\n});`,
      `process.once('message', async () => {\n${body(80)}\n});`,
      `const table = {\n  /** long because: one row per code. */\n  rows: () => {\n${body(80)}\n  },\n  other: () => {\n${body(80)}\n  },\n};`,
    ].join('\n');
    expect(longFunctions(src).map((f) => f.split(' ')[0])).toEqual(['arrow', 'm', 'alsoFound', '(anonymous)', 'other']);
  });

  it('follows imports and re-exports that load a module, not `import type`, `export type` or import()', () => {
    const src = [
      "import { a } from './a';",
      "import { type B } from './b';",
      "import type { C } from './c';",
      "import './d';",
      "export * from './e';",
      "export type { F } from './f';",
      "import { z } from 'zod';",
      "const g = await import('./g');",
    ].join('\n');
    expect(runtimeImports(src)).toEqual(['./a', './b', './d', './e']);
  });

  it('finds each circle once, whatever its length, and a module importing itself', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
  });
});

describe('the house', () => {
  const src = filesUnder('src');
  const scripts = filesUnder('scripts');

  it(`has no file over ${MAX_FILE_LINES} lines in src/ and scripts/ but the word catalogues and the message table`, () => {
    const long = [...src, ...scripts]
      .filter((f) => COUNTED.test(f) && !LONG_FILES.has(f))
      .map((f) => ({ f, lines: lineCount(readFileSync(join(ROOT, f), 'utf8')) }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(long, 'split each into modules that do one job each').toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines in src/ without a comment above it saying why ("long because …")`, () => {
    const long = src.filter((f) => SCRIPT.test(f)).flatMap((f) => longFunctions(readFileSync(join(ROOT, f), 'utf8'), f).map((fn) => `${f}: ${fn}`));
    expect(long).toEqual([]);
  });

  it('has no run-time import circle among the modules of src/', () => {
    const modules = src.filter((f) => SCRIPT.test(f));
    const graph = new Map(
      modules.map((f) => [
        f,
        runtimeImports(readFileSync(join(ROOT, f), 'utf8'), f)
          .map((spec) => resolveModule(f, spec))
          .filter((m): m is string => m !== undefined && m.startsWith('src/')),
      ]),
    );
    expect(circles(graph)).toEqual([]);
  });
});
