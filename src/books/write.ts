/**
 * Writes the pre-filled books (npm run books): one per active group into books/{year}/{district}/{id}.xlsx, never
 * into data/ (officer input) or dist/ (the site), and never over a book an officer has filled in (the templates'
 * rule, src/util/keep-officer-file.ts).
 */
import path from 'node:path';
import type { Criteria } from '../lib/schema/criteria';
import type { Dataset } from '../lib/schema/dataset';
import { words } from '../lib/i18n/words';
import { compareCodes } from '../lib/thai/collate';
import { xlsxBytes } from '../sample/workbooks';
import { writeKeepingOfficerFile, type WriteOutcome } from '../util/keep-officer-file';
import { besideSuffix } from '../util/write-outcome-lines';
import { prefilledBook } from './book';
import { withPrintSetup } from '../util/xlsx-print';
import { bookPrint } from '../templates/templates';

export interface BooksOptions {
  year: number;
  district?: string;
  out: string;
  data: string;
  force: boolean;
}

export const BOOKS_USAGE = 'usage: npm run books -- --year 2568 [--district 6001] [--out books] [--data data] [--force]';

export function parseBooksArgs(argv: readonly string[]): BooksOptions {
  const o: Partial<BooksOptions> & { out: string; data: string; force: boolean } = { out: 'books', data: 'data', force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${BOOKS_USAGE}`);
      return v;
    };
    if (flag === '--year') {
      const y = Number(value());
      if (!Number.isInteger(y) || y < 2540 || y > 2600) throw new Error(`--year: expected a fiscal year in BE such as 2568\n${BOOKS_USAGE}`);
      o.year = y;
    } else if (flag === '--district') o.district = value();
    else if (flag === '--out') o.out = value();
    else if (flag === '--data') o.data = value();
    else if (flag === '--force') o.force = true;
    else throw new Error(`unknown option ${a}\n${BOOKS_USAGE}`);
  }
  if (o.year === undefined) throw new Error(`--year is required\n${BOOKS_USAGE}`);
  return o as BooksOptions;
}

const inside = (dir: string, p: string) => {
  const rel = path.relative(path.resolve(dir), path.resolve(p));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** Why books may not be written to `out`, or null: inside data/ or dist/ is refused. */
export function booksRefusal(out: string, forbidden: readonly string[]): string | null {
  return forbidden.some((d) => inside(d, out)) ? words('th').books.refused(path.resolve(out)) : null;
}

export function writeBooks(dataset: Dataset, criteria: Criteria, o: BooksOptions, forbidden: readonly string[], onProgress?: (done: number, total: number) => void): WriteOutcome[] {
  const refusal = booksRefusal(o.out, forbidden);
  if (refusal) throw new Error(refusal);
  if (o.district !== undefined && !dataset.districts.some((d) => d.code === o.district)) throw new Error(words('th').books.noDistrict(o.district));
  const groups = dataset.groups
    .filter((g) => g.status === 'active' && (o.district === undefined || g.district.code === o.district))
    .sort((a, b) => compareCodes(a.district.code, b.district.code) || compareCodes(a.id, b.id));
  return groups.map((g, i) => {
    const outcome = writeKeepingOfficerFile(path.resolve(o.out, String(o.year), g.district.code, `${g.id}.xlsx`), withPrintSetup(xlsxBytes(prefilledBook(g, o.year, criteria)), bookPrint(criteria, 1)), { force: o.force, suffix: besideSuffix });
    onProgress?.(i + 1, groups.length);
    return outcome;
  });
}
