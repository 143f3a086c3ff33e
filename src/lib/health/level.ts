/**
 * Health levels as words (DESIGN §5.2): level 1 good, 2 fair, 3 needs improvement, no level = incomplete; a group
 * with no audit is "not audited". The one mapping from a level to its word key; the words are the catalogue's.
 */
import type { Level } from '../schema/dataset';
import type { Lang } from '../i18n/lang';
import { words } from '../i18n/words';

export type LevelKey = 'good' | 'fair' | 'poor' | 'incomplete' | 'notAudited';

/** In the order the site lists them (the search page's level filter). */
export const LEVEL_KEYS: readonly LevelKey[] = ['good', 'fair', 'poor', 'incomplete', 'notAudited'];

export function levelKey(level: Level | null | undefined, audited = true): LevelKey {
  if (!audited) return 'notAudited';
  return level === 1 ? 'good' : level === 2 ? 'fair' : level === 3 ? 'poor' : 'incomplete';
}

/** "ดี", "needs improvement", "ข้อมูลไม่ครบ" … (the dataset's levelLabel is the Thai word). */
export function levelWord(level: Level | null | undefined, lang: Lang, audited = true): string {
  return words(lang).level[levelKey(level, audited)];
}
