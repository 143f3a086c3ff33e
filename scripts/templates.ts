/** npm run templates [-- --out DIR] [--force]: blank, documented workbook templates (default templates/, never data/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { consoleText } from '../src/lib/i18n/words';
import { parseTemplatesArgs, writeTemplates } from '../src/templates/write';
import { outcomeLine } from '../src/util/write-outcome-lines';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { out, force } = parseTemplatesArgs(process.argv.slice(2));
  const outcomes = writeTemplates(out, process.cwd(), path.join(root, 'data'), force);
  const written = outcomes.filter((o) => o.kind !== 'unchanged').length;
  console.log(consoleText((w) => w.console.templatesWritten(String(written))));
  for (const o of outcomes) console.log(outcomeLine(o, process.cwd()));
} catch (e) {
  console.error(`${consoleText((w) => w.console.templatesFailed)}: ${(e as Error).message}`);
  process.exitCode = 1;
}
