/**
 * A name as names are compared (a group's name on a book against the registry, a place against the divisions, an
 * indicator's name in a plan): NFC, no invisible characters, no spaces at all (Thai is written without them, and
 * officers add them anywhere), "ํา" typed for "ำ" composed, Thai digits as ASCII, lower case.
 */
import { thaiToAsciiDigits } from './digits';
import { composeSaraAm, normalizeText } from './normalize';

const SPACES = /\s+/g;

export function nameKey(name: string): string {
  return composeSaraAm(thaiToAsciiDigits(normalizeText(name)).replace(SPACES, '')).toLowerCase();
}
