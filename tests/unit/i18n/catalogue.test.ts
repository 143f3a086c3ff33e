/**
 * The catalogue of words (src/lib/i18n): every key in both languages, none empty. The compiler already refuses an
 * English catalogue that lacks a key or has one too many (its type is the Thai catalogue's shape); this checks the
 * values at run time too, so a blank or a forgotten placeholder never reaches a page.
 */
import { describe, expect, it } from 'vitest';
import { th } from '../../../src/lib/i18n/th';
import { en } from '../../../src/lib/i18n/en';
import { words } from '../../../src/lib/i18n/words';

type Node = unknown;
/** Every leaf (string, function, list of strings) with its dotted key. */
function leaves(node: Node, path = ''): [string, Node][] {
  if (typeof node === 'string' || typeof node === 'function' || Array.isArray(node)) return [[path, node]];
  return Object.entries(node as Record<string, Node>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

const thLeaves = new Map(leaves(th));
const enLeaves = new Map(leaves(en));

/** What a leaf says with sample values: a function is called with a sample that reads as "X", the year 2567 or a list, as the argument needs. */
function say(leaf: Node): string {
  if (typeof leaf === 'string') return leaf;
  if (Array.isArray(leaf)) return leaf.join(' ');
  const f = leaf as (...a: unknown[]) => unknown;
  const out = f(...Array.from({ length: f.length }, () => Object.assign(['X1', 'X2'], { toString: () => 'X', valueOf: () => 2567 })));
  return String(out);
}

describe('the catalogue', () => {
  it('has the same keys in Thai and English', () => {
    expect([...enLeaves.keys()]).toEqual([...thLeaves.keys()]);
    // The catalogue's size, for the record: keep this number honest when adding words.
    expect(thLeaves.size).toBeGreaterThan(300);
  });

  it.each([...thLeaves.keys()])('%s: the same kind of value in both languages, never empty', (key) => {
    const t = thLeaves.get(key);
    const e = enLeaves.get(key);
    expect(typeof e).toBe(typeof t);
    expect(Array.isArray(e)).toBe(Array.isArray(t));
    if (typeof t === 'function') expect((e as () => unknown).length).toBe((t as () => unknown).length);
    if (Array.isArray(t)) expect((e as unknown[]).length).toBe(t.length);
    for (const text of [say(t), say(e)]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|\[object|NaN/);
    }
  });

  it('English words carry no Thai, except where they quote what an officer types in Thai', () => {
    const thai = /[\u0E00-\u0E7F]/;
    const leaking = [...enLeaves].filter(([, v]) => thai.test(say(v))).map(([k]) => k);
    expect(leaking).toEqual(['template.dateForms', 'template.numberForms', 'template.headersRule']);
  });

  it('words(lang) picks the catalogue', () => {
    expect(words('th').level.poor).toBe('ต้องปรับปรุง');
    expect(words('en').level.poor).toBe('needs improvement');
  });
});
