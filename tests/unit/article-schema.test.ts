import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article.ts';

const fixture = readFileSync(new URL('../fixtures/articles/good.md', import.meta.url), 'utf8');
const good = parse(fixture.split('---')[1] ?? '') as Record<string, unknown>;

/** The paths and messages of the schema's complaints about `data`. */
function problems(data: Record<string, unknown>): { path: string; message: string }[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('article frontmatter', () => {
  it('accepts the good fixture and fills in defaults', () => {
    const { draft, tags, pubDate } = articleSchema.parse({ ...good, tags: undefined });
    expect(draft).toBe(false);
    expect(tags).toEqual([]);
    expect(pubDate.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });

  it('gives an article never updated its publication date as the date of its last update', () => {
    const { updatedDate: _written, revisions: _listed, ...unchanged } = good;
    expect(articleSchema.parse(unchanged).updatedDate.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(articleSchema.parse(good).updatedDate.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });

  it('takes the last revision as the last update, and holds updatedDate to it', () => {
    const { updatedDate: _written, ...listed } = good;
    const revisions = [
      { date: '2026-11-05', summary: 'A source added.' },
      { date: '2026-11-20', summary: 'The dates corrected.' },
    ];
    expect(articleSchema.parse({ ...listed, revisions }).updatedDate.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(problems({ ...good, revisions: revisions.slice(0, 1) })).toEqual([expect.objectContaining({ path: 'updatedDate' })]);
    expect(problems({ ...listed, revisions: [...revisions].reverse() })).toEqual([expect.objectContaining({ path: 'revisions' })]);
    expect(problems({ ...listed, revisions: [{ date: '2026-11-01', summary: 'Published.' }] })).toEqual([expect.objectContaining({ path: 'revisions' })]);
    expect(problems({ ...listed, revisions: [{ date: '2026-11-05', summary: ' ' }] })).toEqual([expect.objectContaining({ path: 'revisions.0.summary' })]);
  });

  it('accepts dates written as YYYY-MM-DD strings', () => {
    expect(articleSchema.parse({ ...good, pubDate: '2024-02-29' }).pubDate.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each([
    ['a missing title', { title: undefined }, 'title'],
    ['an empty title', { title: '  ' }, 'title'],
    ['a short description', { description: 'Too short.' }, 'description'],
    ['a missing publication date', { pubDate: undefined }, 'pubDate'],
    ['an impossible date', { pubDate: '2024-13-45' }, 'pubDate'],
    ['a date in another format', { pubDate: '22/11/2026' }, 'pubDate'],
    ['an update before publication', { updatedDate: new Date('2020-01-01') }, 'updatedDate'],
    ['tags that are not a list', { tags: 'army' }, 'tags'],
    ['a capitalised tag', { tags: ['Army'] }, 'tags.0'],
    ['a repeated tag', { tags: ['army', 'army'] }, 'tags'],
    ['a draft flag that is not true or false', { draft: 'yes' }, 'draft'],
    ['a misspelt field', { pubdate: '2024-01-01' }, ''],
  ])('rejects %s, naming the field', (_case, change, path) => {
    const found = problems({ ...good, ...change });
    expect(found.map((problem) => problem.path)).toContain(path);
  });

  it('explains how to write a date it rejects', () => {
    expect(problems({ ...good, pubDate: '2024-13-45' })[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
