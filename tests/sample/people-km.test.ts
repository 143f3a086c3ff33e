/**
 * The generator's invented names never occur in the KM articles: bench and tests build sample data together
 * with content/km, and the privacy gate refuses a site where an author's name contains a private value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForPersonalData } from '../../src/lib/privacy/scan';
import { allPersonNames } from '../../src/sample/people';

const km = path.resolve(__dirname, '../../content/km');

describe('invented names vs KM articles', () => {
  it('no name the generator can produce appears in any article (front matter or body)', () => {
    const names = allPersonNames();
    expect(names.length).toBeGreaterThan(1000);
    const files = fs.readdirSync(km).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const hits = scanForPersonalData(fs.readFileSync(path.join(km, f), 'utf8'), names).filter((h) => h.kind === 'private-value');
      expect(hits, f).toEqual([]);
    }
  });
});
