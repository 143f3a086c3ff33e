/** npm run templates [-- --out DIR]: blank, documented workbook templates (default templates/, never data/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplatesArgs, writeTemplates } from '../src/templates/write';
import { consoleText } from '../src/lib/i18n/words';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { out } = parseTemplatesArgs(process.argv.slice(2));
  const files = writeTemplates(out, process.cwd(), path.join(root, 'data'));
  console.log(consoleText((w) => w.console.templatesWritten(String(files.length))));
  for (const f of files) console.log(`  ${path.relative(process.cwd(), f) || f}`);
} catch (e) {
  console.error(`${consoleText((w) => w.console.templatesFailed)}: ${(e as Error).message}`);
  process.exitCode = 1;
}
