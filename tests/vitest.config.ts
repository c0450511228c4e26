import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A few tests render the whole site's articles or hundreds of generated ones on worker
    // threads; on a busy two-core machine Vitest's 5 s default cut them off. A limit, not a target.
    testTimeout: 30_000,
    coverage: {
      // `npm run test:unit` turns it on (--coverage), and the floor below fails the suite when
      // coverage drops; a run of one test file, without the flag, is not held to it.
      provider: 'v8',
      // The layers unit tests own: pure functions and the Markdown plugins (src/markdown).
      include: ['src/pure/**', 'src/markdown/**'],
      reporter: ['text-summary'],
      reportsDirectory: 'tests/.output/coverage',
      // Today's figures, rounded down: raise them as tests are added, never lower them.
      thresholds: { statements: 99, branches: 93, functions: 100, lines: 99 },
    },
  },
});
