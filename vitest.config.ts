import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // data/ and content/ are byte-identical after the whole run, whatever the tests built; temp folders are emptied;
    // Astro's generated types exist before the first build (so builds need no lock).
    globalSetup: ['tests/setup/inputs-untouched.ts', 'tests/setup/checkout-tmp.ts', 'tests/setup/astro-sync.ts'],
    // Temp folders stay inside this checkout (os.tmpdir() reads TMPDIR, and child processes inherit it): another
    // checkout testing on the same machine never shares them.
    env: { TMPDIR: resolve(import.meta.dirname, '.tmp') },
    // No test passes or fails by the machine's speed: builds run in beforeAll hooks, tests only look at what they
    // made, and these limits only stop a run that hangs (a busy 2-core machine is many times slower than an idle one).
    testTimeout: 300_000,
    hookTimeout: 1_800_000,
  },
});
