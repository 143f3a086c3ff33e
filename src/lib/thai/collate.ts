let collator: Intl.Collator | undefined;

/** Thai dictionary order (leading vowels เ แ โ ใ ไ sort by the consonant after them). */
export function compareThai(a: string, b: string): number {
  collator ??= new Intl.Collator('th');
  return collator.compare(a, b);
}

/** A sorted copy; the input array is not changed. */
export function sortThai<T>(items: readonly T[], key: (t: T) => string): T[] {
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((x, y) => compareThai(x.k, y.k))
    .map((x) => x.item);
}
