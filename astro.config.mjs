// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { ARTICLES_DIR, CORRECTIONS_DIR, EXERCISES_DIR, TERMS_DIR } from './src/content-dirs.ts';
import { contentLint } from './src/integrations/content-lint.ts';
import { resolveSiteUrl } from './src/pure/site-url.ts';
import { markdownConfig } from './src/markdown/index.ts';
import { DEFAULT_LANG, LANGUAGES, LANGUAGE_TAGS } from './src/i18n/languages.ts';

// One setting for the public URL: canonical links and the sitemap read `site`, and its path
// is the base every internal link starts with ("/", or "/india-japan/" for a project page).
const site = resolveSiteUrl(process.env['SITE_URL']);
const base = new URL(site).pathname;

export default defineConfig({
  // Astro's caches, and the article cache beside them (src/corpus/article-cache.ts): the
  // incremental-build check (tests/support/check-incremental.ts) points them at a scratch folder.
  cacheDir: process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only: the Content-Security-Policy allows no inline styles.
    inlineStylesheets: 'never',
  },
  markdown: markdownConfig(base),
  // English at the site's addresses as they were, Japanese under /ja/: each page sets its
  // language from Astro.currentLocale (src/i18n/languages.ts).
  i18n: {
    locales: [...LANGUAGES],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // First: bad content stops the build before anything is rendered.
    contentLint(ARTICLES_DIR, EXERCISES_DIR, { correctionsDir: CORRECTIONS_DIR, termsDir: TERMS_DIR }),
    mdx(),
    // The search page holds no content of its own; search engines get the articles instead.
    sitemap({
      filter: (page) => !new URL(page).pathname.endsWith('/search/'),
      // Each page lists its other language as an alternate (xhtml:link), as its head does.
      i18n: { defaultLocale: DEFAULT_LANG, locales: LANGUAGE_TAGS },
    }),
  ],
  experimental: {
    // Article pages whose inputs (cacheKey in src/pages/articles/[...id].astro) and code are
    // unchanged since the last build are copied from Astro's cache instead of rendered again.
    incrementalBuild: true,
  },
  vite: {
    // Never inline scripts or assets as data: URLs or inline <script>: the CSP forbids both.
    build: { assetsInlineLimit: 0 },
  },
});
