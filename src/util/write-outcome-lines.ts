/** What `npm run templates` and `npm run books` print for each file written by writeKeepingOfficerFile. */
import path from 'node:path';
import { consoleText, words } from '../lib/i18n/words';
import type { WriteOutcome } from './keep-officer-file';

const TH = words('th').console.officerFiles;

/** The Thai suffix names every beside file: the files are Thai forms whatever the reader's language. */
export const besideSuffix = TH.besideSuffix;

export function outcomeLine(o: WriteOutcome, cwd: string): string {
  const rel = (p: string) => path.relative(cwd, p) || p;
  switch (o.kind) {
    case 'written':
      return `  ${rel(o.path)}`;
    case 'unchanged':
      return `  ${rel(o.path)}: ${consoleText((w) => w.console.officerFiles.unchanged)}`;
    case 'replaced':
      return `  ${rel(o.path)}: ${consoleText((w) => w.console.officerFiles.replaced)}`;
    case 'beside':
      return `  ${consoleText((w) => w.console.officerFiles.kept(rel(o.kept), rel(o.path)))}`;
  }
}
