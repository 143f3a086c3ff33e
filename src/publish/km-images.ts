/**
 * Copies the pictures KM articles show (src/lib/km/images.ts: files of content/km/ that ingest checked) into the
 * site under km/images/, where the pages point (src/site/links.ts files.kmImage). The site then loads its pictures
 * from its own host only. Nothing is written into content/.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { KmFileSchema } from '../site/km';

/** Returns how many files were copied. */
export async function copyKmImages(siteDir: string, contentDir: string, kmFile: string): Promise<number> {
  const { articles } = KmFileSchema.parse(JSON.parse(await readFile(kmFile, 'utf8')));
  const paths = new Set(articles.flatMap((a) => a.images ?? []));
  for (const path of paths) {
    const to = join(siteDir, 'km', 'images', ...path.split('/'));
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(contentDir, 'km', ...path.split('/')), to);
  }
  return paths.size;
}
