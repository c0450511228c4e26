import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../src/corpus/lint-content.ts';
import { GENERATED_EVIDENCE } from '../support/fixture-evidence.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { blankFrontmatter, frontmatterOf } from '../../src/pure/frontmatter.ts';
import { readYaml } from '../../src/pure/read-yaml.ts';
import { scalingRatios } from '../bench/report.ts';
import { syntheticArticle } from '../bench/synthetic-articles.ts';
import { syntheticExercises } from '../bench/synthetic-exercises.ts';

const COUNT = 30;
const articles = Array.from({ length: COUNT }, (_, index) => syntheticArticle(7, index, COUNT));
const scratch = mkdtempSync(join(tmpdir(), 'bench-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const body = (text: string) => blankFrontmatter(text);
const prose = (text: string) => body(text).replace(/^\[\^[^\]]+\]:.*$/gm, '');

describe('the benchmark’s article generator', () => {
  it('gives the same articles for the same seed, and others for another seed', () => {
    expect(syntheticArticle(7, 3, COUNT)).toEqual(articles[3]);
    expect(syntheticArticle(8, 3, COUNT).text).not.toBe(articles[3]?.text);
  });

  it('shapes each article like the site’s: about 1,500 words, 6–10 sections, 10–20 notes, a table and a list', () => {
    const words = articles.map(({ text }) => prose(text).split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((sum, count) => sum + count, 0) / words.length;
    expect(mean).toBeGreaterThan(1300);
    expect(mean).toBeLessThan(1800);
    expect(Math.min(...words)).toBeGreaterThan(900);
    expect(Math.max(...words)).toBeLessThan(2400);
    for (const { text, file } of articles) {
      expect(body(text).match(/^## /gm)?.length ?? 0, file).toBeGreaterThanOrEqual(6);
      expect(body(text).match(/^## /gm)?.length ?? 0, file).toBeLessThanOrEqual(10);
      const notes = body(text).match(/^\[\^[^\]]+\]:/gm)?.length ?? 0;
      expect(notes, file).toBeGreaterThanOrEqual(10);
      expect(notes, file).toBeLessThanOrEqual(20);
      expect(body(text), file).toMatch(/^\| .* \|$/m);
      expect(body(text), file).toMatch(/^- /m);
      expect(articleSchema.safeParse(readYaml(frontmatterOf(text) ?? '')).success, file).toBe(true);
    }
  });

  it('cites some notes twice, as articles do', () => {
    const repeated = articles.filter(({ text }) => {
      const references = prose(text).match(/\[\^[^\]]+\](?!:)/g) ?? [];
      return new Set(references).size < references.length;
    });
    expect(repeated.length).toBeGreaterThan(COUNT / 2);
  });

  it('passes the content lint, links and exercise data included', async () => {
    mkdirSync(join(scratch, 'articles'));
    mkdirSync(join(scratch, 'exercises'));
    for (const { file, text } of articles) writeFileSync(join(scratch, 'articles', file), text);
    for (const [file, yaml] of syntheticExercises(articles)) writeFileSync(join(scratch, 'exercises', file), yaml);
    const files = await lintContent(join(scratch, 'articles'), join(scratch, 'exercises'), { root: scratch, evidence: GENERATED_EVIDENCE });
    expect(files.length).toBe(COUNT + syntheticExercises(articles).length);
    expect(files.flatMap((file) => file.messages.map((message) => `${file.path}:${message.line} ${message.reason}`))).toEqual([]);
  });
});

describe('the benchmark report', () => {
  it('compares build time per article between each article count and the next', () => {
    const ratios = scalingRatios([
      { count: 10_000, wallMs: 460_000 },
      { count: 100, wallMs: 7_000 },
      { count: 1_000, wallMs: 46_000 },
    ]);
    expect(ratios.map(({ from, to }) => [from, to])).toEqual([
      [100, 1_000],
      [1_000, 10_000],
    ]);
    expect(ratios[1]?.ratio).toBeCloseTo(1, 5);
    expect(ratios[0]?.ratio).toBeCloseTo(46 / 70, 5);
  });
});
