/**
 * The site's pages as the build makes them, in this process: Astro renders every page but the groups', and one shell
 * per language (src/site/group-shell.ts), which src/publish/group-pages.ts then fills for each group. Used by the
 * build's Astro process (src/publish/astro-child.ts) and the bench's page phase (src/bench/phase.ts). Pages rendered
 * and group pages written n/N go to the parent over IPC (src/util/progress.ts).
 */
import type { AstroInlineConfig } from 'astro';
import { GROUP_SHELL_ENV } from '../site/group-shell';
import { collectGarbage } from '../util/gc';
import { sendProgress } from '../util/progress';
import { pageProgress } from './page-progress';
import { writeGroupPages } from './group-pages';

/** `config` must name root and outDir; the milliseconds Astro took and the group pages took. */
export async function renderSite(config: AstroInlineConfig & { outDir: string }): Promise<{ astroMs: number; groupMs: number }> {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  process.env[GROUP_SHELL_ENV] = '1';
  const t0 = performance.now();
  const { build } = await import('astro');
  await build({ mode: 'production', ...config, integrations: [pageProgress(sendProgress('pages'))] });
  const t1 = performance.now();
  // What Astro's render held is garbage now; the group pages share its dataset (src/site/data.ts).
  collectGarbage();
  await writeGroupPages(config.outDir, sendProgress('groupPages'));
  return { astroMs: Math.round(t1 - t0), groupMs: Math.round(performance.now() - t1) };
}
