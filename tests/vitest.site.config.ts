// Checks on the built site (dist/): they run after `astro build`, never against the sources.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/site/**/*.test.ts'],
    environment: 'node',
    // Each check reads every built page; vitest's 5 s default failed one on a busy machine.
    testTimeout: 30_000,
  },
});
