/**
 * `npm run test:incremental`: a rebuild after an edit equals a cold build of the edited
 * content, file for file. Builds a copy of content/ cold; edits one article's text and the
 * title in the record of a source only it cites; rebuilds on the first build's caches (most article pages are
 * copied from Astro's incremental cache, the edited one rendered again); builds the edited
 * copy cold with empty caches (Astro's, and the article cache inside it); and compares the two outputs. The bibliography must show the
 * edited title: it depends on every article, so it is rendered on every build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'incremental-'));
const content = join(scratch, 'content');
cpSync('content', content, { recursive: true });

/** Builds the content copy into `out` with Astro's caches in `cache`; returns Astro's log. */
function build(out: string, cache: string): string {
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(astro.status, 0, `astro build failed:\n${astro.stdout}\n${astro.stderr}`);
  const index = spawnSync(process.execPath, ['src/search/cli.ts', out], { env, encoding: 'utf8' });
  assert.equal(index.status, 0, `indexing failed:\n${index.stderr}`);
  return astro.stdout;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

try {
  const caches = join(scratch, 'caches');
  build(join(scratch, 'first'), caches);

  const article = join(content, 'articles', 'jimex.md');
  // A source only this article cites: its record's title is printed in its notes and the bibliography.
  const record = join(content, 'sources', 'japantimes-jimex13.yaml');
  const title = 'title: MSDF, Indian navy hold joint exercise';
  assert.ok(readFileSync(record, 'utf8').includes(title), 'japantimes-jimex13.yaml no longer has the title this check edits: pick another');
  assert.ok(readFileSync(article, 'utf8').includes('[@japantimes-jimex13]'), 'jimex.md no longer cites the source this check edits: pick another');
  writeFileSync(record, readFileSync(record, 'utf8').replace(title, 'title: MSDF and Indian navy hold a joint exercise'));
  writeFileSync(article, readFileSync(article, 'utf8').replace('\n## ', '\nAn added sentence.\n\n## '));

  const warmLog = build(join(scratch, 'warm'), caches);
  const reused = (warmLog.match(/\((?:cached|restored)\)/g) ?? []).length;
  assert.ok(reused > 5, `the rebuild rendered every page again (${reused} reused)`);
  assert.ok(!/articles\/jimex\/index\.html[^\n]*\((?:cached|restored)\)/.test(warmLog), 'the edited article was not rendered again');

  build(join(scratch, 'cold'), join(scratch, 'fresh-caches'));
  const [warm, cold] = [join(scratch, 'warm'), join(scratch, 'cold')];
  assert.deepEqual(files(warm), files(cold), 'the rebuild and the cold build wrote different files');
  const differing = files(cold).filter((file) => !readFileSync(join(warm, file)).equals(readFileSync(join(cold, file))));
  assert.deepEqual(differing, [], 'files differ between the rebuild and the cold build');
  const bibliography = files(warm).filter((file) => /^sources\/(\d+\/)?index\.html$/.test(file));
  assert.ok(bibliography.some((file) => readFileSync(join(warm, file), 'utf8').includes('MSDF and Indian navy hold a joint exercise')), 'the bibliography kept the old title');
  console.log(`A rebuild after an edit equals a cold build: ${files(cold).length} files, ${reused} pages reused.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
