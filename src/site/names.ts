/**
 * Names of places in a page's language: official English names on English pages (the dataset's nameEn, the
 * divisions package's spelling), Thai names otherwise and wherever English has none. Group and village names are
 * registered in Thai and stay Thai in both languages.
 */
import type { Lang } from '../lib/i18n/lang';
import { words } from '../lib/i18n/words';
import { compareCodes, compareEnglish, compareThai } from '../lib/thai/collate';
import type { Group } from '../lib/schema/dataset';

export interface Named {
  code: string;
  name: string;
  nameEn?: string;
}

export function placeName(place: Named, lang: Lang): string {
  return lang === 'en' && place.nameEn ? place.nameEn : place.name;
}

export const provinceLabel = (p: Named, lang: Lang): string => words(lang).place.province(placeName(p, lang));
export const districtLabel = (d: Named, lang: Lang): string => words(lang).place.district(placeName(d, lang));
export const subdistrictLabel = (s: Named, lang: Lang): string => words(lang).place.subdistrict(placeName(s, lang));

/** Areas in the reader's order: Thai dictionary order on Thai pages, alphabetical on English ones; code breaks ties. */
export function byName<T extends Named>(areas: readonly T[], lang: Lang): T[] {
  const cmp = lang === 'en' ? compareEnglish : compareThai;
  return [...areas].sort((a, b) => cmp(placeName(a, lang), placeName(b, lang)) || compareCodes(a.code, b.code));
}

/** A group's whole place in words: "บ้านเขาทอง หมู่ที่ 1 ตำบลเขาทอง อำเภอพยุหะคีรี จังหวัดนครสวรรค์". */
export function groupPlace(group: Pick<Group, 'village' | 'moo' | 'subdistrict' | 'district' | 'province'>, lang: Lang): string {
  const w = words(lang).place;
  const village = [group.village, group.moo ? w.moo(group.moo) : undefined].filter(Boolean).join(' ');
  return w.line([village, subdistrictLabel(group.subdistrict, lang), districtLabel(group.district, lang), provinceLabel(group.province, lang)].filter(Boolean));
}

/** The lang attribute of a Thai name (a group's, a village's) on a page: none on Thai pages, "th" on English ones. */
export function thaiNameLang(lang: Lang): 'th' | undefined {
  return lang === 'th' ? undefined : 'th';
}
