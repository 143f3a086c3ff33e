import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // data/ and content/ are byte-identical after the whole run, whatever the tests built.
    globalSetup: ['tests/setup/inputs-untouched.ts', 'tests/setup/checkout-tmp.ts'],
    // Temp folders and build locks stay inside this checkout (os.tmpdir() reads TMPDIR, and child processes inherit
    // it): another checkout testing on the same machine never waits on ours, nor we on it.
    env: { TMPDIR: resolve(import.meta.dirname, '.tmp') },
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
