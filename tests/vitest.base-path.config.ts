// The checks on links and on the output for the hosts, over the build for a sub-path
// (npm run build:base-path): every link, asset and fragment must resolve under the base.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BASE_PATH, BASE_PATH_DIST } from './support/base-path.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/site/links.test.ts', 'tests/site/html-validity.test.ts', 'tests/site/hosting.test.ts', 'tests/site/releases.test.ts', 'tests/site/markdown-copies.test.ts'],
    environment: 'node',
    env: { SITE_DIR: BASE_PATH_DIST, BASE_PATH },
  },
});
