/**
 * Pages n/N while Astro renders (issue 21 item 6), through Astro 7's public prerenderer hook: at `astro:build:start`
 * the integration wraps the prerenderer Astro would use (setPrerenderer with a factory that receives the default
 * one), so the total comes from the static paths Astro is about to render and each finished render counts one. Every
 * call is passed on unchanged; only counting is added. A path Astro then skips (two routes claiming one URL) is never
 * rendered, so `astro:build:generated` reports the total once more as the end of the phase.
 * Used by src/publish/render-site.ts (the build's Astro process and the bench's page phase).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

export function pageProgress(report: (done: number, total: number) => void): AstroIntegration {
  let total = 0;
  let done = 0;
  const counting = (base: AstroPrerenderer): AstroPrerenderer => {
    const wrapper: AstroPrerenderer = {
      ...base,
      name: `${base.name}+omsap-progress`,
      async getStaticPaths() {
        const paths = await base.getStaticPaths();
        total = Array.isArray(paths) ? paths.length : paths.paths.length;
        done = 0;
        report(done, total);
        return paths;
      },
      async render(request, options) {
        const rendered = await base.render(request, options);
        done++;
        report(Math.min(done, total), total);
        return rendered;
      },
    };
    // The other calls go to the prerenderer itself, as Astro would make them.
    if (base.setup) wrapper.setup = base.setup.bind(base);
    if (base.teardown) wrapper.teardown = base.teardown.bind(base);
    if (base.collectStaticImages) wrapper.collectStaticImages = base.collectStaticImages.bind(base);
    return wrapper;
  };
  return {
    name: 'omsap-page-progress',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => setPrerenderer((base) => counting(base)),
      'astro:build:generated': () => {
        if (total > 0 && done < total) report(total, total);
      },
    },
  };
}
