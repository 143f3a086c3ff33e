/** Writes the templates to a folder (never into data/: templates are blank forms, not input). */
import path from 'node:path';
import { xlsxBytes } from '../sample/workbooks';
import { writeKeepingOfficerFile, type WriteOutcome } from '../util/keep-officer-file';
import { besideSuffix } from '../util/write-outcome-lines';
import { allTemplates } from './templates';
import { withPrintSetup } from '../util/xlsx-print';

export const DEFAULT_TEMPLATES_OUT = 'templates';

/** Why templates may not be written to `out`, or null. Anything inside data/ is refused. */
export function templatesRefusal(out: string, cwd: string, dataDir: string): string | null {
  const rel = path.relative(path.resolve(dataDir), path.resolve(cwd, out));
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    return `refusing to write templates into ${path.resolve(dataDir)}: data/ holds officer input, and a blank template there would be read as data. Use the default templates/ or another folder.`;
  }
  return null;
}

export function parseTemplatesArgs(argv: readonly string[]): { out: string; force: boolean } {
  let out = DEFAULT_TEMPLATES_OUT;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a folder');
      out = v;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--force') force = true;
    else throw new Error(`unknown option ${a}\nusage: npm run templates [-- --out DIR] [--force]`);
  }
  return { out, force };
}

/** Writes every template; a template an officer has filled in is kept and the blank one goes beside it (or --force). */
export function writeTemplates(out: string, cwd: string, dataDir: string, force = false): WriteOutcome[] {
  const refusal = templatesRefusal(out, cwd, dataDir);
  if (refusal) throw new Error(refusal);
  const dir = path.resolve(cwd, out);
  return allTemplates().map(({ file, wb, print }) => writeKeepingOfficerFile(path.join(dir, file), withPrintSetup(xlsxBytes(wb), print), { force, suffix: besideSuffix }));
}
