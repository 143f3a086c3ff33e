// @ts-check
import { defineConfig } from 'astro/config';

// Static, directory-style output with stable ASCII URLs ending in "/" (DESIGN §7). The build script
// (scripts/build.ts) passes outDir (a temp folder) and the dataset path (OMSAP_DATASET).
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', assets: '_assets', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  vite: {
    // Fonts stay files (cached across pages), never base64 inside the CSS.
    build: { assetsInlineLimit: 0 },
  },
});
