import { configDefaults, defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';
import { columnLabels } from './src/publish/column-labels-plugin';
import { runTmpDir } from './tests/setup/run-tmp.ts';

/** Component tests: Astro components rendered by Astro's container API (tests/site/components/render.ts). */
const COMPONENTS = 'tests/site/components/**/*.test.ts';

export default defineConfig({
  test: {
    // data/ and content/ are byte-identical after the whole run, whatever the tests built; temp folders are emptied;
    // Astro's generated types exist before the first build (so builds need no lock).
    globalSetup: ['tests/setup/inputs-untouched.ts', 'tests/setup/checkout-tmp.ts', 'tests/setup/astro-sync.ts'],
    // Temp folders stay inside this checkout (os.tmpdir() reads TMPDIR, and child processes inherit it), one folder
    // per run: another checkout, or a second run in this one, never shares or empties them.
    env: { TMPDIR: runTmpDir() },
    // No test passes or fails by the machine's speed: builds run in beforeAll hooks, tests only look at what they
    // made, and these limits only stop a run that hangs (a busy 2-core machine is many times slower than an idle one).
    testTimeout: 300_000,
    hookTimeout: 1_800_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, COMPONENTS] } },
      // .astro files need Astro's Vite plugins, which only this project loads (setting them up adds about a second to
      // a run's start, and nothing to other tests). Not this checkout's astro.config.mjs: its integrations are for
      // `astro dev` (one marks the process as the dev server, which would drop the pages' security policy from
      // builds that other tests start). The components read the site fixture's dataset, as the browser tests do.
      getViteConfig(
        { test: { name: 'components', include: [COMPONENTS], env: { OMSAP_DATASET: 'tests/fixtures/site/dataset.json' } } },
        // The group page imports the indicator table's column labels, a CSS module this integration makes.
        { configFile: false, logLevel: 'error', integrations: [columnLabels()] },
      ),
    ],
  },
});
