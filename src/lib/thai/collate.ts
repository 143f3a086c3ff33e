/**
 * The string orders used everywhere: compareCodes for ids and codes (code-unit order, the same on every machine,
 * so the dataset and every list are byte-stable), compareThai for Thai names (dictionary order), compareEnglish
 * for English names.
 */

/** Code-unit order: "6001001" < "6001002", "F1" < "F2". For ids, codes and paths, never for names. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let thai: Intl.Collator | undefined;
let english: Intl.Collator | undefined;

/** Thai dictionary order (leading vowels เ แ โ ใ ไ sort by the consonant after them). */
export function compareThai(a: string, b: string): number {
  thai ??= new Intl.Collator('th');
  return thai.compare(a, b);
}

/** English alphabetical order, case and accents aside. */
export function compareEnglish(a: string, b: string): number {
  english ??= new Intl.Collator('en');
  return english.compare(a, b);
}
