/**
 * The search index in `npm run dev`. Pagefind indexes built pages, so the dev server has none of its own: this
 * integration serves the last build's index (dist/pagefind/ and its shards, at the same addresses under the base)
 * so the search page works while pages are edited; KM pictures (km/images/) likewise. scripts/dev.ts builds the site first when the index is missing
 * or older than the dataset. The build itself never uses it.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileFor, sendFile } from './static-server';

/** OMSAP_DEV_SITE: the built site whose index the dev server serves (default dist/). */
export const DEV_SITE_ENV = 'OMSAP_DEV_SITE';

export function devSearchIndex(): AstroIntegration {
  return {
    name: 'omsap-dev-search-index',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const site = resolve(process.env[DEV_SITE_ENV] ?? 'dist');
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'omsap-dev-search-index',
                // Before Vite's and Astro's own handlers, which would answer these addresses with a 404 page.
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const path = new URL(req.url ?? '/', 'http://x').pathname;
                    // The last build's copies of KM pictures (src/publish/km-images.ts) are served the same way.
                    const inIndex = path.startsWith(base) && /^(?:pagefind(-\d+)?|km\/images)\//.test(path.slice(base.length));
                    const file = inIndex ? fileFor(site, base, path) : null;
                    if (file) sendFile(req, res, file);
                    else next();
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
