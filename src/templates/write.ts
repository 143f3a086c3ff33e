/** Writes the templates to a folder (never into data/: templates are blank forms, not input). */
import path from 'node:path';
import { xlsxBytes } from '../sample/workbooks';
import { writeKeepingOfficerFile, type WriteOutcome } from '../util/keep-officer-file';
import { besideSuffix } from '../util/write-outcome-lines';
import { allTemplates } from './templates';
import { withPrintSetup } from '../util/xlsx-print';
import { readArgs } from '../util/args';
import { consoleText } from '../lib/i18n/words';

export const DEFAULT_TEMPLATES_OUT = 'templates';

/** Why templates may not be written to `out`, or null. Anything inside data/ is refused. */
export function templatesRefusal(out: string, cwd: string, dataDir: string): string | null {
  const rel = path.relative(path.resolve(dataDir), path.resolve(cwd, out));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    return consoleText((w) => w.console.templatesRefused(path.resolve(dataDir)));
  }
  return null;
}

export function parseTemplatesArgs(argv: readonly string[]): { out: string; force: boolean } {
  return readArgs(argv, { out: { type: 'string', default: DEFAULT_TEMPLATES_OUT }, force: { type: 'boolean', default: false } });
}

/** Writes every template; a template an officer has filled in is kept and the blank one goes beside it (or --force). */
export function writeTemplates(out: string, cwd: string, dataDir: string, force = false): WriteOutcome[] {
  const refusal = templatesRefusal(out, cwd, dataDir);
  if (refusal) throw new Error(refusal);
  const dir = path.resolve(cwd, out);
  return allTemplates().map(({ file, wb, print }) => writeKeepingOfficerFile(path.join(dir, file), withPrintSetup(xlsxBytes(wb), print), { force, suffix: besideSuffix }));
}
