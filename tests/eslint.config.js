// Lint configuration. It lives in tests/ because the project's top level is fixed;
// `npm run lint` points ESLint at it, and basePath makes its patterns relative to the project.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'dist-base-path/', '.astro/', 'node_modules/', 'tests/.output/']),
  js.configs.recommended,
  tseslint.configs.strict,
  tseslint.configs.stylistic,
  astro.configs.recommended,
  {
    // Build configuration, the server and the tests run in Node; src/scripts run in the browser.
    files: ['*.mjs', 'src/server/**', 'src/integrations/**', 'tests/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/scripts/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // Astro components destructure props they pass through; underscore marks deliberate disuse.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
]);
