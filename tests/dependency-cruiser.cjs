// The layers of src/ and the one direction imports may take between them; `npm run lint` runs it.
// It lives in tests/ because the project's top level is fixed. The README's layout section
// draws the same table: change both together.
//
// Each folder may import only the folders listed for it (and itself). Anything not listed is an
// upward or sideways import and fails the lint, and so does any cycle between modules.
const LAYERS = {
  // Data shapes (zod), site constants and where the content lives: the floor everything stands on.
  'src/schemas': [],
  'src/consts.ts': [],
  'src/content-dirs.ts': [],
  // The site's languages and the interface's words in each (one file per language).
  'src/i18n': ['src/consts.ts'],
  // Pure functions: no Astro, no file system, no browser; unit-tested in tests/unit.
  'src/pure': ['src/schemas', 'src/consts.ts', 'src/i18n'],
  // The one Markdown configuration and its remark/rehype plugins; the words they write into an
  // article's HTML are the article's language's (src/i18n).
  'src/markdown': ['src/pure', 'src/schemas', 'src/i18n'],
  // The content lint's rules and processor: they judge a file's text, they read no files.
  'src/content-lint': ['src/markdown', 'src/pure', 'src/schemas'],
  // Reads the content files once per build: lint and render in worker threads, the cache.
  'src/corpus': ['src/content-lint', 'src/markdown', 'src/pure', 'src/schemas', 'src/content-dirs.ts'],
  // Data access for pages: content collections and the rendered articles.
  'src/data': ['src/corpus', 'src/markdown', 'src/pure', 'src/schemas', 'src/consts.ts', 'src/i18n'],
  // Tools around the build: Astro's hooks, the content loader, the search index, the server.
  'src/integrations': ['src/corpus', 'src/content-lint', 'src/pure'],
  'src/loaders': ['src/corpus', 'src/pure', 'src/schemas'],
  'src/search': ['src/pure'],
  'src/server': ['src/pure'],
  'src/content.config.ts': ['src/loaders', 'src/pure', 'src/schemas', 'src/content-dirs.ts'],
  // What ships to the browser: pure functions only.
  'src/scripts': ['src/pure'],
};

const escape = (path) => path.replace(/[.]/g, '\\.');
const layerPattern = (path) => `^${escape(path)}${path.endsWith('.ts') ? '$' : '/'}`;
const ALL_SOURCE = '^src/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle makes two modules one unit that cannot be read, tested or moved apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...Object.entries(LAYERS).map(([layer, allowed]) => ({
      name: `layer:${layer}`,
      comment: `${layer} may import only ${allowed.join(', ') || 'packages'} (see the README's layout).`,
      severity: 'error',
      from: { path: layerPattern(layer) },
      to: { path: ALL_SOURCE, pathNot: [layer, ...allowed].map(layerPattern) },
    })),
    {
      name: 'pure-is-pure',
      comment: 'src/pure and src/scripts touch no file system, process or Astro module.',
      severity: 'error',
      from: { path: '^src/(pure|scripts)/' },
      to: { path: '^(fs|fs/promises|child_process|worker_threads|http|net)$|^astro(:|/|$)', dependencyTypes: ['core', 'npm', 'unknown', 'undetermined', 'npm-no-pkg'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/.*\\.d\\.ts$' },
  },
};
