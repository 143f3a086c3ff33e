import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // data/ and content/ are byte-identical after the whole run, whatever the tests built.
    globalSetup: ['tests/setup/inputs-untouched.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
