/**
 * npm run books -- --year 2568 [--district 6001] [--out books] [--data data] [--force]: one pre-filled audit book per
 * active group for next year's visit, read from data/ the way check and build read it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../src/pipeline';
import { parseBooksArgs, writeBooks } from '../src/books/write';
import { consoleText } from '../src/lib/i18n/words';
import { outcomeLine } from '../src/util/write-outcome-lines';
import { progress } from '../src/util/progress';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const o = parseBooksArgs(process.argv.slice(2));
  const dataDir = path.resolve(o.data);
  const { dataset, ingest } = await runPipeline(dataDir, { cacheDir: path.join(root, '.omsap', 'cache'), onProgress: progress((w) => w.console.progress.files) });
  const outcomes = writeBooks(dataset, ingest.criteria, o, [dataDir, path.join(root, 'data'), path.join(root, 'dist')], progress((w) => w.console.progress.books));
  const written = outcomes.filter((x) => x.kind !== 'unchanged').length;
  console.log(`omsap books: ${consoleText((w) => w.books.wrote(String(written), path.join(o.out, String(o.year))))}`);
  for (const x of outcomes) if (x.kind !== 'written') console.log(outcomeLine(x, process.cwd()));
}

main().catch((e: unknown) => {
  console.error(`omsap books: ${(e as Error).message}`);
  process.exitCode = 1;
});
