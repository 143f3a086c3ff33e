/**
 * The search index, through Pagefind's Node API. Pages mark a short summary with data-pagefind-body, so
 * the index stays small (DESIGN §12: ~70 KB of memory per record; a national site has ~30,000 pages).
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';

export async function indexSite(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'th' });
  try {
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ') || 'no index'}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
