/**
 * The downloads are written by the build itself, once (src/publish/downloads.ts): omsap.json is the dataset file as
 * written, without its newline; groups.csv, streamed row by row, is the very text of groupsCsv; each province has its
 * files; the manifest holds each file's size in bytes and the data page reads its sizes there. From the fixture
 * dataset (tests/fixtures/site/make-dataset.ts): provinces 18 (Chai Nat) and 60 (Nakhon Sawan).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const state = mkdtempSync(join(tmpdir(), 'omsap-downloads-'));
const datasetFile = join(state, 'dataset.json');
process.env.OMSAP_DATASET = datasetFile;
const { site } = await import('../../src/site/data');
const { groupsCsv, criteriaCsv } = await import('../../src/site/csv');
const { provinceDataset } = await import('../../src/site/province-data');
const { downloads } = await import('../../src/site/downloads');
const { writeDownloads, placeDownloads } = await import('../../src/publish/downloads');

const siteDir = join(state, 'site');
let sizes: Record<string, number>;

beforeAll(async () => {
  // The dataset as the build writes it: one line of JSON and a newline.
  const dataset = JSON.parse(readFileSync('tests/fixtures/site/dataset.json', 'utf8')) as unknown;
  writeFileSync(datasetFile, JSON.stringify(dataset) + '\n');
  const { dataset: parsed, criteria } = site();
  sizes = await writeDownloads(state, datasetFile, parsed, criteria);
});

afterAll(() => rmSync(state, { recursive: true, force: true }));

const staged = (path: string) => readFileSync(join(state, 'downloads', path), 'utf8');

describe('downloads written by the build', () => {
  it('writes every file once: the national ones in both languages and each province\'s', () => {
    expect(Object.keys(sizes).sort()).toEqual([
      'data/criteria.csv',
      'data/groups.csv',
      'data/omsap.json',
      'data/provinces/18.csv',
      'data/provinces/18.json',
      'data/provinces/60.csv',
      'data/provinces/60.json',
      'en/data/criteria.csv',
      'en/data/groups.csv',
      'en/data/provinces/18.csv',
      'en/data/provinces/60.csv',
    ]);
  });

  it('omsap.json is the dataset file without its newline; the files hold what the pages used to build', () => {
    const { dataset, criteria } = site();
    expect(staged('data/omsap.json')).toBe(JSON.stringify(dataset));
    expect(staged('data/groups.csv')).toBe(groupsCsv(dataset, criteria, 'th'));
    expect(staged('en/data/groups.csv')).toBe(groupsCsv(dataset, criteria, 'en'));
    expect(staged('en/data/criteria.csv')).toBe(criteriaCsv(criteria, 'en'));
    expect(staged('data/provinces/18.json')).toBe(JSON.stringify(provinceDataset(dataset, '18', criteria)));
    expect(staged('en/data/provinces/60.csv')).toBe(groupsCsv(provinceDataset(dataset, '60', criteria), criteria, 'en'));
  });

  it('the manifest beside the dataset holds each size in bytes, and the data page shows them in KB', () => {
    expect(JSON.parse(readFileSync(join(state, 'downloads.json'), 'utf8'))).toEqual(sizes);
    for (const [path, bytes] of Object.entries(sizes)) expect(statSync(join(state, 'downloads', path)).size).toBe(bytes);
    const th = downloads('th');
    const kb = (path: string) => `${Math.max(1, Math.round(sizes[path]! / 1024))} KB`;
    expect(th.json.size).toBe(kb('data/omsap.json'));
    expect(th.groups.size).toBe(kb('data/groups.csv'));
    expect(downloads('en').groups.size).toBe(kb('en/data/groups.csv'));
    expect(th.provinces.map((p) => [p.code, p.json.size, p.csv.size])).toEqual([
      ['18', kb('data/provinces/18.json'), kb('data/provinces/18.csv')],
      ['60', kb('data/provinces/60.json'), kb('data/provinces/60.csv')],
    ]);
  });

  it('joins the built site by moving: the files are in the site, none is left behind', async () => {
    expect(await placeDownloads(state, siteDir)).toBe(11);
    expect(readdirSync(join(siteDir, 'data', 'provinces')).sort()).toEqual(['18.csv', '18.json', '60.csv', '60.json']);
    expect(readFileSync(join(siteDir, 'data', 'omsap.json'), 'utf8')).toBe(JSON.stringify(site().dataset));
    expect(readdirSync(state).sort()).toEqual(['dataset.json', 'downloads.json', 'site']);
  });
});
