import { defineConfig } from 'vitest/config';
import { runTmpDir } from './tests/setup/run-tmp.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
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
  },
});
