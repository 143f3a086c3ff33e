import { describe, expect, it } from 'vitest';
import { datasetJson, jsonChunks } from '../../src/lib/dataset/json-chunks';

describe('jsonChunks: JSON.stringify in pieces', () => {
  it('joins to exactly what JSON.stringify writes, undefined and functions left out as it leaves them', () => {
    const value = { schemaVersion: 3, skip: undefined, fn: () => 1, groups: [{ id: 'ก1', n: 1.5 }, undefined, 'x'], empty: [], nested: { a: [1, 2] }, last: null };
    expect([...jsonChunks(value)].join('')).toBe('{"schemaVersion":3,"groups":[{"id":"ก1","n":1.5},null,"x"],"empty":[],"nested":{"a":[1,2]},"last":null}');
  });

  it('gives a top-level array element by element, never the whole array as one piece', () => {
    const chunks = [...jsonChunks({ groups: [{ a: 1 }, { a: 2 }, { a: 3 }] })];
    expect(chunks).toEqual(['{', '"groups":', '[', '{"a":1}', ',{"a":2}', ',{"a":3}', ']', '}']);
  });

  it('writes the dataset file as JSON and one newline', () => {
    expect([...datasetJson({ a: [] })].join('')).toBe('{"a":[]}\n');
  });
});
