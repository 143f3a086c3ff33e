/**
 * Every user-facing word of the edges (console lines of build and check, the data-quality report, the ingest's
 * expected phrases, the templates) comes from the catalogue, src/lib/i18n (issue 12). This reads the TypeScript of
 * the edge folders with the compiler's own parser and fails on a string or template literal holding Thai text:
 * comments and regular expressions (what the ingest matches) are not literals, and the few literals that are data
 * (names an officer types, a search query) are listed below with their reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const EDGES = ['src/ingest', 'src/publish', 'src/report', 'src/site', 'src/templates', 'src/pipeline.ts', 'scripts'];
const THAI = /[\u0E00-\u0E7F]/;
/**
 * Edge files whose English words are checked too (issue 19): two words of letters with a space between ("one thread")
 * is a phrase for a reader. Code's own strings (paths, flags, encodings, event names) are single tokens.
 */
const ENGLISH_EDGES = [
  'src/ingest/index.ts',
  'src/ingest/ingest-file.ts',
  'src/ingest/settle.ts',
  'src/publish/run.ts',
  'src/publish/prepare.ts',
  'src/publish/children.ts',
  'src/publish/build-error.ts',
  'scripts/templates.ts',
  'src/templates/write.ts',
];
const ENGLISH = /[A-Za-z]{2,}[,.:;]?\s+[A-Za-z]{2,}/;

/** Literals that are data, not words: file → the literal texts allowed there, with why. */
const DATA: Record<string, { texts: string[]; why: string }> = {
  'scripts/lighthouse.ts': { texts: ['ออมทรัพย์'], why: 'the Thai search query Lighthouse measures' },
};

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((n) => files(join(path, n))).filter((f) => f.endsWith('.ts'));
}

/** Text matching `words` in string and template literals of one file (regular expressions and comments are not literals). */
export function thaiLiterals(source: string, name = 'x.ts', words: RegExp = THAI): string[] {
  const sf = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) &&
      words.test(node.text)
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no words in the edges', () => {
  it('finds English phrases in literals, not single words, paths or flags', () => {
    const src = "const a = 'utf8';\nconst b = `${n} worker threads`;\nconst c = '--max-old-space-size';\nconst d = 'src/publish/x.ts';\nconst e = 'files: see report';";
    expect(thaiLiterals(src, 'x.ts', ENGLISH)).toEqual([' worker threads', 'files: see report']);
  });

  it.each(ENGLISH_EDGES)('%s has no English phrase either', (file) => {
    const words = thaiLiterals(readFileSync(join(ROOT, file), 'utf8'), file, ENGLISH);
    expect(words, `${file}: English words belong in src/lib/i18n/en.ts`).toEqual([]);
  });

  it('finds Thai in literals, not in comments or regular expressions', () => {
    const src = "// ไฟล์\nconst a = 'ไฟล์';\nconst b = /โทร/;\nconst c = `แถว ${n} ช่อง`;\n/** ช่อง */\nconst d = 'file';";
    expect(thaiLiterals(src)).toEqual(['ไฟล์', 'แถว ', ' ช่อง']);
  });

  const all = EDGES.flatMap(files);
  it.each(all)('%s', (file) => {
    const allowed = new Set(DATA[file]?.texts ?? []);
    const words = thaiLiterals(readFileSync(join(ROOT, file), 'utf8'), file).filter((t) => !allowed.has(t));
    expect(words, `${relative(ROOT, join(ROOT, file))}: Thai words belong in src/lib/i18n/th.ts`).toEqual([]);
  });
});
