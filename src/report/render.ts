/**
 * The data-quality page drawn by its Astro components (src/components/report/): Vite compiles them with Astro's own
 * plugins and Astro's container API renders them to a string. No Astro build: the report is one page with no assets,
 * and it must be written whatever happens later to the site's build (step 3, before the pages). No astro.config.mjs
 * either (configFile: false): its integrations are the site's; and srcDir is the report's own folder, which has no
 * pages, middleware or content, so nothing of the site is scanned or loaded.
 */
import { join, resolve } from 'node:path';
import type { QualityView } from './quality-view';

type Component = Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];

const ROOT = resolve(import.meta.dirname, '..', '..');
const REPORT_COMPONENTS = 'src/components/report';

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

/** reports/data-quality.html's text. */
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
