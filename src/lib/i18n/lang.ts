/** The site's languages (DESIGN §7): Thai first, English under /en/. */
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of the site's root: Thai pages live at /, English ones at /en/. */
export const DEFAULT_LANG: Lang = 'th';

export function otherLang(lang: Lang): Lang {
  return lang === 'th' ? 'en' : 'th';
}

export function isLang(s: unknown): s is Lang {
  return s === 'th' || s === 'en';
}
