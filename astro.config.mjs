// @ts-check
import { defineConfig } from 'astro/config';
import { siteAddress } from './src/publish/address';
import { devSearchIndex } from './src/publish/dev-search';
import { devWithoutPolicy } from './src/publish/dev-policy';
import { columnLabels } from './src/publish/column-labels-plugin';

// No usage data sent and no "newer version" check, however Astro is started (npm scripts, `npx astro …`): Astro
// reads both variables after loading this file.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

// Where the site is published: `npm run build -- --base /omsap/ --site https://example.go.th` sets these for the
// Astro child process (src/publish/address.ts); the same variables work for `npm run dev`.
const address = siteAddress({}, process.env);

// build.concurrency: four pages rendered at once keep the CPU busy while others are written (a quarter of the
// page phase waits on the file system): −19 % CPU for the page phase at 3,000 groups, for no more memory.
// Static, directory-style output with stable ASCII URLs ending in "/" (DESIGN §7). The build script
// (scripts/build.ts) passes outDir (a temp folder) and the dataset path (OMSAP_DATASET).
export default defineConfig({
  output: 'static',
  base: address.base,
  ...(address.site ? { site: address.site } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [devSearchIndex(), devWithoutPolicy(), columnLabels()],
  vite: {
    // Fonts stay files (cached across pages), never base64 inside the CSS.
    build: { assetsInlineLimit: 0 },
  },
});
