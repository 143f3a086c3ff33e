/**
 * KM articles in two languages (DESIGN §4.7): an English version is a file with `lang: en` and the same slug
 * (<slug>.en.md beside <slug>.md); every slug is listed in both languages, each reader getting their language's
 * version when there is one. The test writes its own content folder, reads it as ingest does and hands the pages the
 * articles file the build writes.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'omsap-km-'));
mkdirSync(join(root, 'km'));
const article = (front: string, body = 'เนื้อหา') => `---\n${front}\n---\n\n${body}\n`;
writeFileSync(join(root, 'km', 'plan.md'), article('title: "แผนพัฒนา"\nauthor: "ก"\ndate: "2567-09-10"\ntags: ["แผนพัฒนา"]\nsummary: "สรุป"'));
writeFileSync(join(root, 'km', 'plan.en.md'), article('title: "The development plan"\nauthor: "K"\ndate: "2024-09-12"\ntags: ["planning"]\nsummary: "Summary"\nlang: en', 'Text'));
writeFileSync(join(root, 'km', 'visit.md'), article('title: "ออกตรวจ"\nauthor: "ข"\ndate: "2567-08-02"\ntags: ["แผนพัฒนา", "ทีมผู้ตรวจ"]\nsummary: "สรุป"'));
writeFileSync(join(root, 'km', 'odd.md'), article('title: "แปลก"\ndate: "2567-01-01"\nlang: fr'));
writeFileSync(join(root, 'km', 'plan.th.md'), article('title: "แผนซ้ำ"\ndate: "2567-01-01"'));

const { ingestKm } = await import('../../src/ingest/km');
const { DEFAULT_CRITERIA } = await import('../../src/lib/health/default-criteria');
const km = await ingestKm(root, DEFAULT_CRITERIA);
writeFileSync(join(root, 'km.json'), JSON.stringify({ articles: km.articles }));
process.env.OMSAP_KM = join(root, 'km.json');

const { articles } = await import('../../src/site/km');
const { kmEntries, kmList, kmTags, shownIn } = await import('../../src/site/km-languages');

describe('KM articles in two languages', () => {
  it('reads lang from the front matter (th by default) and the slug without the language suffix', () => {
    expect(articles().map((a) => [a.slug, a.lang])).toEqual([['plan', 'en'], ['plan', 'th'], ['visit', 'th'], ['odd', 'th']]);
  });

  it('reports an unknown lang (taken as Thai) and a second version in the same language (left out)', () => {
    expect(km.issues.map((i) => [i.code, i.file])).toEqual([
      ['W_KM_LANG_UNKNOWN', `${root.split('/').pop()}/km/odd.md`],
      ['E_KM_SLUG_DUPLICATE', `${root.split('/').pop()}/km/plan.th.md`],
    ]);
  });

  it('one entry per slug, holding its versions', () => {
    expect(kmEntries().map((e) => [e.slug, Object.keys(e.versions).sort()])).toEqual([['plan', ['en', 'th']], ['visit', ['th']], ['odd', ['th']]]);
  });

  it('each reader gets their language\'s version, else the other one marked as such', () => {
    expect(kmList('en').map((s) => [s.article.title, s.otherLanguage])).toEqual([['The development plan', false], ['ออกตรวจ', true], ['แปลก', true]]);
    expect(kmList('th').map((s) => [s.article.title, s.otherLanguage])).toEqual([['แผนพัฒนา', false], ['ออกตรวจ', false], ['แปลก', false]]);
    expect(shownIn(kmEntries()[1]!, 'en').article.lang).toBe('th');
  });

  it('tag pages are the same in both languages: every tag of any version, with its articles', () => {
    // Thai order: ทีมผู้ตรวจ (ท) before แผนพัฒนา (ผ, leading vowel แ ignored); the Thai collation puts Latin after Thai.
    expect(kmTags().map((t) => [t.tag, t.entries.map((e) => e.slug)])).toEqual([
      ['ทีมผู้ตรวจ', ['visit']],
      ['แผนพัฒนา', ['plan', 'visit']],
      ['planning', ['plan']],
    ]);
  });
});
