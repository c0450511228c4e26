import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { contentLint } from '../../src/integrations/content-lint.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the integration's setup hook as Astro would for `command`, recording what it logs. */
async function setUp(dir: string, command: 'build' | 'dev'): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (text: string) => logged.push(`info ${text}`), warn: (text: string) => logged.push(`warn ${text}`) };
  const hook = (dir === 'content/articles' ? contentLint(dir, 'content/exercises', { correctionsDir: 'content/corrections' }) : contentLint(dir, 'tests/fixtures/exercises', { evidence: FIXTURE_EVIDENCE })).hooks['astro:config:setup'] as SetupHook;
  await hook({ command, logger, config: { base: '/', cacheDir: new URL('../../node_modules/.astro/', import.meta.url) } } as unknown as Parameters<SetupHook>[0]);
  return logged;
}

describe('content lint in the build', () => {
  it('stops a build on bad content, naming file, line and column', async () => {
    const failure = setUp('tests/fixtures/articles', 'build');
    await expect(failure).rejects.toThrow(/^tests\/fixtures\/articles\/bad-raw-html\.md:9:1 {2}Unexpected HTML, use markdown instead {2}\[remark-lint\/no-html\]$/m);
    await expect(failure).rejects.toThrow(/^tests\/fixtures\/articles\/bad-impossible-date\.md:4:10 {2}Frontmatter `pubDate`: Write the date as YYYY-MM-DD/m);
    await expect(failure).rejects.toThrow(/\n\n69 problems, 1 warning$/);
  });

  it('only warns in the dev server, so the preview keeps running', async () => {
    const logged = await setUp('tests/fixtures/articles', 'dev');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^warn Content problems \(the build will fail until they are fixed\)/);
  });

  it('lets the build go on when every article passes', async () => {
    expect(await setUp('content/articles', 'build')).toEqual([expect.stringMatching(/^info \d+ articles, data files and source records pass the content lint\.$/)]);
  });
});
