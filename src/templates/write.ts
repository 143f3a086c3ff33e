/** Writes the templates to a folder (never into data/: templates are blank forms, not input). */
import fs from 'node:fs';
import path from 'node:path';
import { xlsxBytes } from '../sample/workbooks';
import { allTemplates } from './templates';
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

export function parseTemplatesArgs(argv: readonly string[]): { out: string } {
  return readArgs(argv, { out: { type: 'string', default: DEFAULT_TEMPLATES_OUT } });
}

export function writeTemplates(out: string, cwd: string, dataDir: string): string[] {
  const refusal = templatesRefusal(out, cwd, dataDir);
  if (refusal) throw new Error(refusal);
  const dir = path.resolve(cwd, out);
  fs.mkdirSync(dir, { recursive: true });
  return allTemplates().map(({ file, wb }) => {
    const p = path.join(dir, file);
    fs.writeFileSync(p, xlsxBytes(wb));
    return p;
  });
}
