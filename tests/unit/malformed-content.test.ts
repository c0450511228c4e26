/**
 * Bad input, generated: many malformed articles (random truncation, unbalanced markup, random
 * bytes in the frontmatter, deep nesting) through the build's own article pass. Every one must
 * either render with all of its text on the page, or fail with messages at real places in the
 * file; never a crash, never text silently dropped.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { articleKey, readEntry } from '../../src/corpus/article-cache.ts';
import { articlePass } from '../../src/corpus/article-pass.ts';
import { FIXTURE_EVIDENCE } from '../support/fixture-evidence.ts';
import { articleParser } from '../../src/content-lint/processor.ts';

/** A fixed seed, so a failure is reproducible; MALFORMED_SEED runs another set. */
const SEED = Number(process.env['MALFORMED_SEED'] ?? 20261127);
const CASES = 160;
const good = readFileSync(new URL('../fixtures/articles/good.md', import.meta.url), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'malformed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, so a failing case can be made again from its seed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKUP = ['*', '**', '_', '`', '[', ']', '(', ')', '[^', '<!--', '-->', '<', '>', '|', '#', '\\', '~~', '\n\n', '\n- ', '\n> '];

/** One malformed article from the good fixture, by the mutation `kind`. */
function mutate(random: () => number, kind: number): string {
  const at = (text: string) => Math.floor(random() * text.length);
  const frontmatterEnd = good.indexOf('\n---', 4) + 4;
  switch (kind) {
    case 0: // truncated anywhere, the frontmatter included
      return good.slice(0, at(good));
    case 1: {
      // unbalanced markup dropped into the body
      let text = good;
      for (let n = 0; n < 1 + Math.floor(random() * 4); n++) {
        const where = frontmatterEnd + Math.floor(random() * (text.length - frontmatterEnd));
        text = text.slice(0, where) + (MARKUP[Math.floor(random() * MARKUP.length)] ?? '*') + text.slice(where);
      }
      return text;
    }
    case 2: {
      // random bytes in the frontmatter
      const where = 4 + Math.floor(random() * (frontmatterEnd - 8));
      const bytes = Array.from({ length: 1 + Math.floor(random() * 6) }, () => String.fromCharCode(Math.floor(random() * 0x250))).join('');
      return good.slice(0, where) + bytes + good.slice(where);
    }
    default: {
      // quotes or lists nested deep
      const depth = 1 + Math.floor(random() * 80);
      const marker = random() < 0.5 ? '> ' : '- ';
      return `${good.slice(0, frontmatterEnd)}\n${marker.repeat(depth)}Nested text.\n${good.slice(frontmatterEnd)}`;
    }
  }
}

/** The words a reader should find on the page: the text the parser reads in the body, without
 * the frontmatter, raw HTML (refused or a comment) or footnote labels. */
function expectedWords(text: string): string[] {
  const tree = articleParser().parse(text) as Root;
  const words: string[] = [];
  const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
    // A note's `[@key]` names its source record, which the page prints in its place.
    if (node.type === 'text' || node.type === 'inlineCode') words.push(...(node.value ?? '').replace(/\[@[a-z0-9-]*\]/g, ' ').split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2));
    if (node.type === 'yaml' || node.type === 'html') return;
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as never);
  return words;
}

describe('generated malformed content', () => {
  it(`builds or fails with a located message, for ${CASES} articles from seed ${SEED}`, async () => {
    const random = generator(SEED);
    const dir = join(scratch, 'articles');
    mkdirSync(dir);
    const texts = new Map<string, string>();
    for (let index = 0; index < CASES; index++) {
      const text = mutate(random, index % 4);
      texts.set(`case-${index}.md`, text);
      writeFileSync(join(dir, `case-${index}.md`), text);
    }
    const { files } = await articlePass(dir, { root: scratch, base: '/', render: true, evidence: FIXTURE_EVIDENCE });
    let rendered = 0;
    for (const file of files) {
      const name = file.path.replace(/^articles\//, '');
      const text = texts.get(name) ?? '';
      const lines = text.split('\n').length;
      const fatal = file.messages.filter((message) => message.fatal);
      if (fatal.length > 0) {
        for (const message of fatal) {
          expect(message.line ?? 0, `${name}: ${message.reason}`).toBeGreaterThanOrEqual(1);
          expect(message.line ?? 0, `${name}: ${message.reason}`).toBeLessThanOrEqual(lines + 1);
          expect(message.column ?? 0, `${name}: ${message.reason}`).toBeGreaterThanOrEqual(1);
        }
        continue;
      }
      const html = readEntry(articleKey(file.path, text, '/', FIXTURE_EVIDENCE))?.rendered?.html;
      if (html === undefined) throw new Error(`${name} passed the lint but was not rendered`);
      const page = html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
      for (const word of expectedWords(text)) expect(page.includes(word), `${name}: "${word}" is not on the page`).toBe(true);
      rendered++;
    }
    expect(files).toHaveLength(CASES);
    // Both outcomes occur, so the test exercises each of its branches.
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(CASES);
  }, 120_000);
});
