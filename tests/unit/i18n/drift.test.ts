/**
 * The drift the catalogue ends (issue 12): a word said in several places is looked up in one. Each case below used
 * to be written apart in two to four modules and disagreed ("เงินให้กู้คงเหลือ" beside "ลูกหนี้เงินกู้คงเหลือ").
 */
import { describe, expect, it } from 'vitest';
import { th } from '../../../src/lib/i18n/th';
import { en } from '../../../src/lib/i18n/en';
import { COVER_LABELS, FINANCIAL_LABELS, PLAN_COLUMNS, STATUS_WORDS } from '../../../src/lib/schema/layouts';
import { fieldLabel } from '../../../src/lib/issues/messages';
import { groupCsvFields } from '../../../src/site/csv';
import { DEFAULT_CRITERIA } from '../../../src/lib/health/default-criteria';
import { LEVEL_KEYS, levelWord } from '../../../src/lib/health/level';
import { scoreAudit } from '../../../src/lib/health/score';
import { levelView } from '../../../src/site/format';
import { measureText } from '../../../src/lib/health/criteria-words';
import { auditA, auditB, without } from '../../golden/fixtures';

describe('field labels: one word per field', () => {
  it('the workbook headers officers type are the catalogue\'s labels', () => {
    for (const l of [...FINANCIAL_LABELS, ...COVER_LABELS.filter((c) => !c.private), ...PLAN_COLUMNS]) {
      expect(l.headers[0], l.field).toBe((th.field as Record<string, unknown>)[l.field]);
    }
    expect(FINANCIAL_LABELS.find((l) => l.field === 'loans_outstanding')!.headers[0]).toBe('ลูกหนี้เงินกู้คงเหลือ');
  });
  it('issue messages, the CSV dictionary and the methodology say the same words', () => {
    expect(fieldLabel('loans_outstanding')).toEqual({ th: 'ลูกหนี้เงินกู้คงเหลือ', en: 'loans outstanding' });
    const csv = (lang: 'th' | 'en') => groupCsvFields(DEFAULT_CRITERIA, lang).find((f) => f.name === 'loans_outstanding')!.meaning;
    expect(csv('th')).toBe('ลูกหนี้เงินกู้คงเหลือ (บาท)');
    expect(csv('en')).toBe('loans outstanding (baht)');
    const f1 = DEFAULT_CRITERIA.indicators.find((i) => i.code === 'F1')!;
    expect(measureText(f1, 'th')).toBe('(ลูกหนี้ค้างชำระ) ÷ (ลูกหนี้เงินกู้คงเหลือ)');
  });
});

describe('level words: one place', () => {
  it('the dataset\'s levelLabel is the catalogue\'s Thai word', () => {
    // Group A: 97.0, level 1; group B: 31.0, level 3; A without G1, G2, G4 misses 18 points > 10: incomplete.
    expect(scoreAudit(auditA(), DEFAULT_CRITERIA).levelLabel).toBe(th.level.good);
    expect(scoreAudit(auditB(), DEFAULT_CRITERIA).levelLabel).toBe(th.level.poor);
    expect(scoreAudit(without(auditA(), 'G1', 'G2', 'G4'), DEFAULT_CRITERIA).levelLabel).toBe(th.level.incomplete);
  });
  it('the search page\'s level options are the words group pages write as their level filter', () => {
    for (const lang of ['th', 'en'] as const) {
      const options = LEVEL_KEYS.map((k) => (lang === 'th' ? th : en).level[k]);
      const written = [levelView(1, lang).word, levelView(2, lang).word, levelView(3, lang).word, levelView(null, lang).word, levelView(null, lang, false).word];
      expect(options).toEqual(written);
      expect(written).toEqual([1, 2, 3, null].map((l) => levelWord(l as 1 | 2 | 3 | null, lang)).concat(levelWord(null, lang, false)));
    }
    expect(LEVEL_KEYS.map((k) => th.level[k])).toEqual(['ดี', 'ปานกลาง', 'ต้องปรับปรุง', 'ข้อมูลไม่ครบ', 'ยังไม่ได้ตรวจ']);
  });
});

describe('status words: one place', () => {
  it('the registry\'s status column reads the words the pages show', () => {
    expect(STATUS_WORDS).toEqual({ ดำเนินการ: 'active', active: 'active', ไม่ดำเนินการ: 'inactive', inactive: 'inactive', ยุบเลิก: 'dissolved', dissolved: 'dissolved' });
    for (const s of ['active', 'inactive', 'dissolved'] as const) expect(STATUS_WORDS[th.groupStatus[s]]).toBe(s);
  });
});
