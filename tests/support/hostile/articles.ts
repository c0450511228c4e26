/**
 * Hostile articles, generated from the well-formed fixture (tests/fixtures/articles/good.md):
 * frontmatter that hides a draft or a future date from anything but a YAML parser, control
 * characters behind escapes, invisible titles; Markdown that is truncated, unbalanced, nested
 * past the limit by markers or by indentation, flooded with openers the parser is quadratic
 * on, or with a fence never closed. Each says what the site must do with it.
 */
import { readFileSync } from 'node:fs';
import { between, pick, type HostileCase, type Random } from './random.ts';

export const GOOD = readFileSync(new URL('../../fixtures/articles/good.md', import.meta.url), 'utf8');
const END = GOOD.indexOf('\n---', 4) + 4;
const FIELDS = GOOD.slice(4, END - 4).split('\n');
const BODY = GOOD.slice(END);

/** The fixture with its frontmatter's lines changed by `edit`. */
const withFields = (edit: (fields: string[]) => string[]): string => `---\n${edit([...FIELDS]).join('\n')}\n---${BODY}`;
const replaceField = (key: string, line: string) => (fields: string[]) => fields.map((field) => (field.startsWith(`${key}:`) ? line : field));
/** The fields as one YAML flow mapping: no line starts with a key. */
const asFlowMapping = (extra: string) => `---\n{ title: "Flow", description: "A frontmatter written as a single flow mapping of YAML.", ${extra} }\n---${BODY}`;

const DRAFTS = ['draft: true  # wip', 'draft: True', "'draft': true", '"draft": TRUE', 'draft: !!bool true', 'draft:   true'];
const FUTURE = ['"pubDate": 2099-01-01', "pubDate: '2099-01-01'", 'pubDate: !!str 2099-01-01', "'updatedDate': 2099-12-31"];
const ESCAPES = ['\\v', '\\x1f', '\\0', '\\x7f', '\\u0085', '\\a', '\\b', '\\e'];
const INVISIBLE = ['"\u200b"', '"   "', '"***"', '"\u2060\u200b"', "''"];

function frontmatterCase(random: Random, variant: number): Omit<HostileCase, 'name'> {
  switch (variant % 8) {
    case 0:
      return { kind: 'frontmatter: draft', content: withFields((fields) => [...fields, pick(random, DRAFTS)]), expected: 'draft' };
    case 1:
      return { kind: 'frontmatter: draft in a flow mapping', content: asFlowMapping(`pubDate: 2026-01-01, draft: ${pick(random, ['true', 'True', 'TRUE'])}`), expected: 'draft' };
    case 2: {
      const future = pick(random, FUTURE);
      const key = future.replace(/['"]/g, '').split(':')[0] ?? '';
      return { kind: 'frontmatter: future date', content: withFields(key === 'pubDate' ? replaceField('pubDate', future) : (fields) => [...fields.filter((field) => !field.startsWith('updatedDate')), future]), expected: 'refuse' };
    }
    case 3:
      return { kind: 'frontmatter: future date in a flow mapping', content: asFlowMapping(`pubDate: 20${between(random, 30, 99)}-01-01`), expected: 'refuse' };
    case 4: {
      const field = pick(random, ['title', 'description']);
      const text = field === 'title' ? `"Title ${pick(random, ESCAPES)} here"` : `"A description long enough for the schema, with ${pick(random, ESCAPES)} inside it."`;
      return { kind: `frontmatter: control escape in ${field}`, content: withFields(replaceField(field, `${field}: ${text}`)), expected: 'refuse' };
    }
    case 5:
      return { kind: 'frontmatter: invisible title', content: withFields(replaceField('title', `title: ${pick(random, INVISIBLE)}`)), expected: 'refuse' };
    case 6: {
      // Markup in a title is text: the page escapes it, and the lint need not refuse it.
      const markup = pick(random, ['<meta http-equiv=refresh content=0;url=https://evil.example/>', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{ title }} ${x}']);
      return { kind: 'frontmatter: markup in the title', content: withFields(replaceField('title', `title: ${JSON.stringify(`T ${markup}`.slice(0, 70))}`)), expected: 'either' };
    }
    default: {
      // Random characters anywhere in the frontmatter.
      const where = between(random, 4, END - 5);
      const noise = Array.from({ length: between(random, 1, 6) }, () => String.fromCodePoint(between(random, 0x20, 0x24f))).join('');
      return { kind: 'frontmatter: random characters', content: GOOD.slice(0, where) + noise + GOOD.slice(where), expected: 'either' };
    }
  }
}

const MARKUP = ['*', '**', '_', '`', '[', ']', '(', ')', '[^', '<!--', '-->', '<', '>', '|', '#', '\\', '~~', '\n\n', '\n- ', '\n> ', '```'];

/** `text` with `insert` placed at the start of a line of the body, before the notes. */
const intoBody = (insert: string): string => `${GOOD.slice(0, END)}\n${insert}\n${BODY}`;

function markdownCase(random: Random, variant: number): Omit<HostileCase, 'name'> {
  switch (variant % 9) {
    case 0:
      return { kind: 'markdown: truncated', content: GOOD.slice(0, between(random, 0, GOOD.length)), expected: 'either' };
    case 1: {
      let text = GOOD;
      for (let n = between(random, 1, 4); n > 0; n--) {
        const where = between(random, END, text.length);
        text = text.slice(0, where) + pick(random, MARKUP) + text.slice(where);
      }
      return { kind: 'markdown: unbalanced markup', content: text, expected: 'either' };
    }
    case 2: {
      const depth = between(random, 20, 80);
      return { kind: `markdown: markers nested ${depth}`, content: intoBody(`${pick(random, ['> ', '- ', '> - ', '1. '])}`.repeat(depth) + 'Nested text.'), expected: depth > 32 ? 'refuse' : 'either' };
    }
    case 3: {
      const depth = between(random, 24, 120);
      const step = pick(random, ['  ', '   ', '    ', '\t']);
      const marker = pick(random, ['- ', '* ', '+ ', '1. ']);
      const quote = random() < 0.3 ? '> ' : '';
      const list = Array.from({ length: depth }, (_, level) => `${quote}${(marker === '1. ' && step.length < 3 ? '   ' : step).repeat(level)}${marker}item ${level}`).join('\n');
      return { kind: `markdown: list nested ${depth} by indentation`, content: intoBody(list), expected: depth + (quote ? 1 : 0) > 32 ? 'refuse' : 'either' };
    }
    case 4: {
      const count = between(random, 200, 3000);
      const opener = pick(random, ['[a](', '[^a', '![a', '[', '[a]['])
      return { kind: `markdown: ${count} × ${opener}`, content: intoBody(opener.repeat(count)), expected: count * (opener.split('[').length - 1) > 1000 ? 'refuse' : 'either' };
    }
    case 5:
      return { kind: 'markdown: unclosed fence', content: intoBody(`${pick(random, ['```', '~~~', '````js'])}\ncode`), expected: 'refuse' };
    case 6:
      return { kind: 'markdown: heading without letters', content: intoBody(`## ${pick(random, ['***', '…', '(?)', '!?', '“”'])}`), expected: 'refuse' };
    case 7: {
      const code = pick(random, [0x0, 0x1, 0x8, 0xb, 0xc, 0x1b, 0x7f, 0x85, 0x9f]);
      return { kind: `markdown: control character U+${code.toString(16)}`, content: intoBody(`Text ${String.fromCharCode(code)} here.`), expected: 'refuse' };
    }
    default:
      // Attribute-like text in code must stay text, not a place the page splits at.
      return { kind: 'markdown: id in code', content: intoBody(`Code: \`x id="${pick(random, ['editions', 'venues', 'aims', 'main'])}"\`.`), expected: 'either' };
  }
}

/** `count` hostile articles of the class, named `<class>-<n>.md`. */
export function articleCases(random: Random, count: number, kind: 'frontmatter' | 'markdown'): HostileCase[] {
  return Array.from({ length: count }, (_, index) => ({ name: `${kind}-${index}.md`, ...(kind === 'frontmatter' ? frontmatterCase(random, index) : markdownCase(random, index)) }));
}
