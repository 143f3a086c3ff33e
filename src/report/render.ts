/**
 * The data-quality page drawn by its Astro components (src/components/report/): Vite compiles them with Astro's own
 * plugins and Astro's container API renders them to a string. No Astro build: the report is one page with no assets,
 * and it must be written whatever happens later to the site's build (step 3, before the pages). No astro.config.mjs
 * either (configFile: false): its integrations are the site's; and srcDir is the report's own folder, which has no
 * pages, middleware or content, so nothing of the site is scanned or loaded.
 * Vite and Astro add about 220 MB to a process: the build and the check draw the page in a process of its own
 * (renderPageInChild), whose memory never adds up with the ingest's (DESIGN §12); tests draw it in theirs.
 */
import { fork } from 'node:child_process';
import { join, resolve } from 'node:path';
import { childDone, tsxLoader } from '../util/child';
import type { QualityView } from './quality-view';

type Component = Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];

const ROOT = resolve(import.meta.dirname, '..', '..');
const REPORT_COMPONENTS = 'src/components/report';

/** What src/report/render-child.ts receives: the page's content and where to write it. */
export interface PageRequest {
  view: QualityView;
  path: string;
}

let page: Promise<Component> | undefined;

/** The page's component, compiled once per process (Vite and Astro are loaded only by a process that draws a report). */
async function compiledPage(): Promise<Component> {
  const [{ runnerImport }, { getViteConfig }] = await Promise.all([import('vite'), import('astro/config')]);
  const vite = await getViteConfig({ root: ROOT, logLevel: 'error' }, { root: ROOT, configFile: false, srcDir: REPORT_COMPONENTS, logLevel: 'error', devToolbar: { enabled: false } })({
    command: 'serve',
    mode: 'production',
  });
  const { module } = await runnerImport<{ default: Component }>(join(ROOT, REPORT_COMPONENTS, 'QualityReport.astro'), vite);
  return module.default;
}

/** reports/data-quality.html's text, drawn in this process. */
export async function renderQualityPage(view: QualityView): Promise<string> {
  page ??= compiledPage();
  const component = await page.catch((e: unknown) => {
    page = undefined; // the next call tries again
    throw e;
  });
  const { experimental_AstroContainer } = await import('astro/container');
  const container = await experimental_AstroContainer.create();
  return container.renderToString(component, { props: { view }, partial: false });
}

/** Draws the page in a process of its own and writes it to `path`; rejects with the child's stderr if it fails. */
export function renderPageInChild(view: QualityView, path: string): Promise<void> {
  const child = fork(join(ROOT, 'src/report/render-child.ts'), [], {
    execArgv: ['--import', tsxLoader()],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const done = childDone(child, 'report');
  child.send({ view, path } satisfies PageRequest);
  return done;
}
