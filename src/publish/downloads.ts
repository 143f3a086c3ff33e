/**
 * The downloads of /data/ (DESIGN §7), written by the build itself, once, as the dataset is written: omsap.json (the
 * dataset file as written, copied as a stream), groups.csv (streamed row by row) and criteria.csv in both languages,
 * and each province's JSON and CSV. They wait in the state folder until the pages are built, then move into the site
 * (Astro empties its output folder first). Their sizes go to the data page through a small manifest beside the
 * dataset (src/site/downloads.ts): nothing rebuilds a file to measure it, and no Astro endpoint builds it again.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Criteria } from '../lib/schema/criteria';
import type { Dataset } from '../lib/schema/dataset';
import { LANGS } from '../lib/i18n/lang';
import { criteriaCsv, groupsCsvLines } from '../site/csv';
import { DOWNLOADS_FILE, downloadPath, type DownloadSizes } from '../site/downloads';
import { files, routes } from '../site/links';
import { provinceDataset } from '../site/province-data';

/** The staged downloads, in the state folder beside the dataset. */
export const DOWNLOADS_DIR = 'downloads';

/** Lines joined into chunks of about 64 KB: one write per chunk, not per row. */
function* chunks(lines: Iterable<string>): Generator<string> {
  let buf = '';
  for (const line of lines) {
    buf += line;
    if (buf.length >= 65_536) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/**
 * Writes every download into <stateDir>/downloads/ (emptied first) at its path in the site, and the manifest of their
 * sizes beside the dataset. `datasetFile` is the dataset as written (JSON and a newline): omsap.json is that file
 * without its newline, so the dataset is never turned into one string again.
 */
export async function writeDownloads(stateDir: string, datasetFile: string, dataset: Dataset, criteria: Criteria): Promise<DownloadSizes> {
  const dir = join(stateDir, DOWNLOADS_DIR);
  await rm(dir, { recursive: true, force: true });
  const sizes: DownloadSizes = {};
  const write = async (path: string, body: string | Iterable<string>) => {
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    if (typeof body === 'string') await writeFile(file, body);
    else await pipeline(Readable.from(chunks(body)), createWriteStream(file));
    sizes[path] = (await stat(file)).size;
  };

  const json = join(dir, files.datasetJson);
  await mkdir(dirname(json), { recursive: true });
  const { size } = await stat(datasetFile);
  await pipeline(createReadStream(datasetFile, { end: size - 2 }), createWriteStream(json));
  sizes[files.datasetJson] = (await stat(json)).size;
  for (const lang of LANGS) {
    await write(downloadPath(lang, routes.groupsCsv), groupsCsvLines(dataset, criteria, lang));
    await write(downloadPath(lang, routes.criteriaCsv), criteriaCsv(criteria, lang));
  }
  for (const p of dataset.provinces) {
    const part = provinceDataset(dataset, p.code, criteria);
    await write(files.provinceJson(p.code), JSON.stringify(part));
    for (const lang of LANGS) await write(downloadPath(lang, routes.provinceCsv(p.code)), groupsCsvLines(part, criteria, lang));
  }
  await writeFile(join(stateDir, DOWNLOADS_FILE), JSON.stringify(sizes) + '\n');
  return sizes;
}

/** Moves the staged downloads into the built site (renames: the files are written once). */
export async function placeDownloads(stateDir: string, siteDir: string): Promise<number> {
  const dir = join(stateDir, DOWNLOADS_DIR);
  let moved = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const from = join(e.parentPath, e.name);
    const to = join(siteDir, from.slice(dir.length + 1));
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    moved++;
  }
  await rm(dir, { recursive: true, force: true });
  return moved;
}
