/**
 * What the lint and the loaders read from a content folder: only regular files with names a
 * URL can carry, decoded strictly; every other entry refused (or, hidden, ignored) by name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listContent, readContent } from '../../src/corpus/content-files.ts';
import { ARTICLE_FILES, EXERCISE_FILES, judgeName, urlSafeStem } from '../../src/pure/content-names.ts';
import { decodeText, invalidUtf8At } from '../../src/pure/decode-text.ts';

const scratch = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('content file names', () => {
  it('reads lowercase ASCII names with the folder\'s extensions', () => {
    expect(judgeName('jimex-2012.md', ARTICLE_FILES)).toEqual({ read: true });
    expect(judgeName('kakadu.mdx', ARTICLE_FILES)).toEqual({ read: true });
    expect(judgeName('jimex.yaml', EXERCISE_FILES)).toEqual({ read: true });
  });

  it('refuses every other name with the name to use instead', () => {
    const refusal = (name: string, kind = ARTICLE_FILES) => {
      const verdict = judgeName(name, kind);
      return 'refuse' in verdict ? verdict.refuse : '';
    };
    expect(refusal('jimex.yml', EXERCISE_FILES)).toMatch(/would not be read; rename it jimex\.yaml$/);
    expect(refusal('JIMEX.YAML', EXERCISE_FILES)).toMatch(/rename it jimex\.yaml$/);
    expect(refusal('a#b.md')).toMatch(/cannot be a URL.*rename it a-b\.md$/);
    for (const name of ['a?b.md', 'x%2e.md', 'café.md', 'cafe\u0301.md', 'a b.md', 'a\nb.md', 'a..b.md', 'a_b.md', 'A.md', '-a.md', 'a--b.md']) expect(refusal(name), name).toMatch(/cannot be a URL/);
    expect(refusal('café.md')).toMatch(/rename it cafe\.md$/);
    for (const name of ['x.md ', 'x.md.txt', 'x.markdown', 'x.MD', 'README', 'x.html']) expect(refusal(name), name).toMatch(/would not be read/);
  });

  it('ignores hidden files, saying so', () => {
    for (const name of ['.#jimex.md', '.jimex.md.swp', '.DS_Store', '...md']) expect(judgeName(name, ARTICLE_FILES)).toHaveProperty('ignore');
  });

  it('suggests a name a URL can carry, never an empty one', () => {
    expect(urlSafeStem('Ōkinawa Drill_2')).toBe('okinawa-drill-2');
    expect(urlSafeStem('#?')).toBe('article');
  });
});

describe('a content folder', () => {
  const dir = join(scratch, 'articles');
  mkdirSync(join(dir, 'sub.md'), { recursive: true });
  writeFileSync(join(dir, 'good.md'), 'text');
  writeFileSync(join(dir, 'outside.md'), 'elsewhere');
  symlinkSync(join(dir, 'outside.md'), join(dir, 'link.md'));
  symlinkSync(join(dir, 'missing.md'), join(dir, '.#good.md'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);

  it('lists regular files only, and names every other entry with why', () => {
    const { names, notices } = listContent(dir, ARTICLE_FILES);
    expect(names).toEqual(['good.md', 'outside.md']);
    const reasons = Object.fromEntries(notices.map(({ name, reason, fatal }) => [name, `${fatal ? 'error' : 'warning'}: ${reason}`]));
    expect(reasons['link.md']).toMatch(/^error: A symbolic link/);
    expect(reasons['sub.md']).toMatch(/^error: A folder/);
    expect(reasons['pipe.md']).toMatch(/^error: Not a regular file/);
    expect(reasons['.#good.md']).toMatch(/^warning: ignored: a hidden file/);
  });

  it('reads nothing through a link or from a pipe, and nothing larger than the limit', () => {
    expect(readContent(dir, 'link.md', ARTICLE_FILES)).toMatchObject({ problem: { line: 1, column: 1 } });
    expect(readContent(dir, 'pipe.md', ARTICLE_FILES)).toMatchObject({ problem: { reason: expect.stringMatching(/Not a regular file/) } });
    writeFileSync(join(dir, 'huge.md'), 'a'.repeat(ARTICLE_FILES.maxBytes + 1));
    expect(readContent(dir, 'huge.md', ARTICLE_FILES)).toMatchObject({ problem: { reason: expect.stringMatching(/at most 256 KiB/) } });
    expect(readContent(dir, 'good.md', ARTICLE_FILES)).toEqual({ text: 'text' });
  });

  it('has no files where there is no folder', () => {
    expect(listContent(join(scratch, 'none'), ARTICLE_FILES)).toEqual({ names: [], notices: [] });
  });
});

describe('decoding content', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('refuses Latin-1 at the byte it cannot read', () => {
    const latin1 = Uint8Array.from([...bytes('line one\ncaf'), 0xe9, ...bytes(' au lait\n')]);
    expect(decodeText(latin1)).toEqual({ problem: { reason: expect.stringMatching(/^Not UTF-8: the byte 0xE9/), line: 2, column: 4 } });
  });

  it('refuses a byte order mark and control characters at their place, and keeps tabs and line ends', () => {
    expect(decodeText(bytes('\uFEFF---\n'))).toMatchObject({ problem: { line: 1, column: 1, reason: expect.stringContaining('byte order mark') } });
    expect(decodeText(bytes('a\n\tb\u000Bc'))).toMatchObject({ problem: { line: 2, column: 3, reason: expect.stringContaining('U+000B') } });
    expect(decodeText(bytes('a\u0000'))).toMatchObject({ problem: { line: 1, column: 2 } });
    expect(decodeText(bytes('a\u0085'))).toMatchObject({ problem: { reason: expect.stringContaining('U+0085') } });
    expect(decodeText(bytes('日本\r\n\ttext'))).toEqual({ text: '日本\r\n\ttext' });
  });

  it('finds the first invalid sequence: overlong, surrogate, truncated, past U+10FFFF', () => {
    expect(invalidUtf8At(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(invalidUtf8At(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(invalidUtf8At(Uint8Array.from([0xe6, 0x97]))).toBe(0);
    expect(invalidUtf8At(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8At(bytes('日本'))).toBe(6);
  });
});
