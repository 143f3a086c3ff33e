/**
 * The catalogue of words (Observable Framework's way): the Thai object's shape is the type every language must
 * fill, so a missing or extra key is a compile error; tests/unit/i18n/catalogue.test.ts also checks at run time that
 * no value is empty. Nothing outside src/lib/i18n and src/lib/issues/messages.ts types a user-facing word.
 */
import type { Lang } from './lang';
import { th } from './th';
import { en } from './en';

export type Words = typeof th;

const CATALOGUES: Record<Lang, Words> = { th, en };

export function words(lang: Lang): Words {
  return CATALOGUES[lang];
}

/** The same entry in Thai and English, for what is written in both at once (issue messages, the quality report). */
export interface Bilingual {
  th: string;
  en: string;
}

/** A label as a heading: "founded date" → "Founded date" (Thai has no case: unchanged). */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function bilingual(pick: (w: Words) => string): Bilingual {
  return { th: pick(th), en: pick(en) };
}

/** A text that is the same in both languages (a sheet name, a list of codes, a number), quoted as it is. */
export function verbatim(text: string): Bilingual {
  return { th: text, en: text };
}

/** A console line in both languages: the Thai, " / ", the English (what the commands print). */
export function consoleText(pick: (w: Words) => string): string {
  return `${pick(th)} / ${pick(en)}`;
}

/** A console message as two lines, the English indented under the Thai (for the longer lines of the check). */
export function twoLines(pick: (w: Words) => string): [string, string] {
  return [pick(th), `  ${pick(en)}`];
}
