/**
 * Pages n/N while Astro renders (issue 21 item 6): the integration wraps the prerenderer Astro hands it, learns the
 * total from the static paths and counts each render, passing every call on unchanged. Astro's hooks are called here
 * as Astro calls them, with a prerenderer of three paths.
 */
import { describe, expect, it } from 'vitest';
import type { AstroPrerenderer, AstroPrerendererFactory } from 'astro';
import { pageProgress } from '../../../src/publish/page-progress';

type Paths = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>;

function prerenderer(calls: string[], paths: string[]): AstroPrerenderer {
  const self: AstroPrerenderer & { app?: string } = {
    name: 'astro:default',
    async setup() {
      self.app = 'loaded';
      calls.push('setup');
    },
    async getStaticPaths() {
      calls.push('paths');
      return { paths: paths.map((pathname) => ({ pathname, route: { route: pathname } })), metadata: {} } as unknown as Paths;
    },
    async render(request) {
      calls.push(`render ${new URL(request.url).pathname} (${self.app})`);
      return new Response('<p>page</p>');
    },
    async teardown() {
      calls.push('teardown');
    },
  };
  return self;
}

/** Runs the integration's hooks as Astro does: build:start (which sets the prerenderer), then the phase, then build:generated. */
async function generate(paths: string[], skip = 0): Promise<{ calls: string[]; reports: [number, number][]; name: string }> {
  const calls: string[] = [];
  const reports: [number, number][] = [];
  const integration = pageProgress((done, total) => reports.push([done, total]));
  let factory: AstroPrerendererFactory | undefined;
  const hooks = integration.hooks as Record<string, (o: unknown) => unknown>;
  await hooks['astro:build:start']!({ logger: {}, setPrerenderer: (p: AstroPrerendererFactory) => (factory = p) });
  const p = factory!(prerenderer(calls, paths), { outputDirectories: {} } as never);
  await p.setup?.();
  await p.getStaticPaths();
  for (const path of paths.slice(0, paths.length - skip)) await p.render(new Request(`http://localhost${path}`), { routeData: {} as never });
  await p.teardown?.();
  await hooks['astro:build:generated']!({});
  return { calls, reports, name: p.name };
}

describe('pageProgress', () => {
  it('reports 0 of 3 once the paths are known, then each render: 1, 2, 3 of 3', async () => {
    const { calls, reports, name } = await generate(['/', '/groups/6001001/', '/en/']);
    expect(reports).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
    // Every call reached the prerenderer itself, which kept its own state (its app, set in setup).
    expect(calls).toEqual(['setup', 'paths', 'render / (loaded)', 'render /groups/6001001/ (loaded)', 'render /en/ (loaded)', 'teardown']);
    expect(name).toBe('astro:default+omsap-progress');
  });

  it('a path Astro skips (two routes for one URL) is never rendered: the end of the phase reports the total', async () => {
    const { reports } = await generate(['/a/', '/b/', '/c/'], 1);
    expect(reports).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });
});
