/**
 * The data-quality page drawn in a process of its own (started by src/report/render.ts renderPageInChild): it
 * receives the page's content over IPC, writes reports/data-quality.html whole or not at all, and exits.
 */
import { exitWithParent } from '../publish/parent-watch';
import { writeFileAtomic } from '../util/atomic-write';
import { type PageRequest, renderQualityPage } from './render';

exitWithParent();

process.once('message', async ({ view, path }: PageRequest) => {
  try {
    writeFileAtomic(path, await renderQualityPage(view));
    process.exit(0);
  } catch (e) {
    console.error((e as Error)?.stack ?? String(e));
    process.exit(1);
  }
});
