/**
 * Astro's render in a process of its own (started by src/publish/children.ts for src/publish/run.ts): the build's
 * parent process has ingested the data and built the dataset, and its memory would otherwise add up with Astro's
 * (DESIGN §12: the whole national build under 2 GB).
 * usage: node --max-old-space-size=N --import tsx src/publish/astro-child.ts <root> <outDir>
 * The dataset, KM articles and criteria come from the environment (OMSAP_DATASET, OMSAP_KM, OMSAP_CRITERIA), and so
 * do the base path and site address (OMSAP_BASE, OMSAP_SITE, read by astro.config.mjs). Pages rendered n/N go to the
 * parent over IPC. Astro renders every page but the groups', which this process then writes (src/publish/render-site.ts).
 */
import { rm } from 'node:fs/promises';
import { exitWithParent } from './parent-watch';
import { renderSite } from './render-site';

exitWithParent();
const [root, outDir] = process.argv.slice(2);
// Astro's and Vite's caches (content store, optimised dependencies) belong to this build alone, beside its output:
// two builds of one checkout at once (tests, two terminals) never read each other's half-written cache. Nothing
// in them is worth keeping between builds of this site (no content collections, no images to optimise).
const cacheDir = `${outDir}-astro-cache`;
let code = 0;
try {
  await renderSite({
    root: root!,
    outDir: outDir!,
    cacheDir,
    vite: { cacheDir: `${cacheDir}/vite` },
    logLevel: process.env.OMSAP_VERBOSE ? 'info' : 'error',
  });
} catch (e) {
  console.error((e as Error)?.stack ?? String(e));
  code = 1;
}
await rm(cacheDir, { recursive: true, force: true });
process.exit(code);
