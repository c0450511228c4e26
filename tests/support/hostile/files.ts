/**
 * Hostile entries in the content folders, generated: names no URL can carry, extensions the
 * site does not read, folders, links into and out of the folder, dangling links (an editor's
 * lock file), named pipes, text in another encoding or past the size limit; and exercise data
 * with blank or invisible names, control characters, repeated labels and alias bombs. Each
 * says what the site must do with it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD } from './articles.ts';
import { between, pick, type HostileCase, type Random } from './random.ts';

const NAMES = ['a#b', 'a?b', 'caf\u00e9', 'cafe\u0301', 'A', 'a b', 'a\nb', 'a%2e%2e', 'a%41', 'a_b', 'a..b', '-a', 'a--b', 'x.y'];
const EXTENSIONS = ['.MD', '.md ', '.md.txt', '.markdown', '.Md', '.html', ''];

/** One hostile entry in the articles folder, numbered `n` so names never collide. */
function fileSystemCase(random: Random, variant: number, n: number, outside: string): HostileCase {
  switch (variant % 9) {
    case 0:
      return { kind: 'file system: name no URL can carry', name: `${pick(random, NAMES)}${n}.md`, content: GOOD, expected: 'refuse' };
    case 1:
      return { kind: 'file system: extension not read', name: `fs-${n}${pick(random, EXTENSIONS)}`, content: GOOD, expected: 'refuse' };
    case 2:
      return { kind: 'file system: hidden file', name: `.${pick(random, ['#', '', '.'])}fs-${n}.md`, content: GOOD, expected: 'ignore' };
    case 3:
      return { kind: 'file system: dangling link (lock file)', name: `.#fs-${n}.md`, content: (path) => symlinkSync(`user@host.${n}:1`, path), expected: 'ignore' };
    case 4:
      return { kind: 'file system: folder', name: `fs-${n}${pick(random, ['.md', ''])}`, content: (path) => {
        mkdirSync(path);
        writeFileSync(join(path, 'inside.md'), GOOD);
      }, expected: 'refuse' };
    case 5:
      return { kind: 'file system: link', name: `fs-${n}.md`, content: (path) => symlinkSync(random() < 0.5 ? outside : '/etc/hostname', path), expected: 'refuse' };
    case 6:
      return { kind: 'file system: named pipe', name: `fs-${n}.md`, content: (path) => execFileSync('mkfifo', [path]), expected: 'refuse' };
    case 7: {
      // The fixture with a word in Latin-1 (or Windows-1252) bytes, or behind a byte order mark.
      const latin1 = random() < 0.5;
      const bytes = latin1 ? Buffer.concat([Buffer.from(GOOD.replace('first held', 'first h'), 'utf8'), Buffer.from([0xe9, 0x6c, 0x64])]) : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD, 'utf8')]);
      return { kind: `file system: ${latin1 ? 'Latin-1' : 'byte order mark'}`, name: `fs-${n}.md`, content: new Uint8Array(bytes), expected: 'refuse' };
    }
    default:
      return { kind: 'file system: past the size limit', name: `fs-${n}.md`, content: `${GOOD}\n${'Long text. '.repeat(between(random, 24_000, 30_000))}\n`, expected: 'refuse' };
  }
}

export function fileSystemCases(random: Random, count: number, outside: string): HostileCase[] {
  return Array.from({ length: count }, (_, index) => fileSystemCase(random, index, index, outside));
}

export const GOOD_DATA = readFileSync(new URL('../../fixtures/exercises/good.yaml', import.meta.url), 'utf8');

const ESCAPES = ['\\0', '\\v', '\\x1f', '\\e', '\\u0085', '\\x7f'];

/** One hostile exercise data file, numbered `n`, about the fixture article `good`. */
function dataCase(random: Random, variant: number, n: number): HostileCase {
  const name = `data-${n}.yaml`;
  // Each file names its own series, so files never clash with each other.
  const own = GOOD_DATA.replace('name: Example', `name: Example ${n}`).replaceAll('label: Example ', `label: Example ${n} `);
  switch (variant % 8) {
    case 0:
      return { kind: 'data: extension not read', name: `data-${n}${pick(random, ['.yml', '.YAML', '.Yaml', '.yaml.bak', '.json'])}`, content: own, expected: 'refuse' };
    case 1:
      return { kind: 'data: hidden file', name: `.data-${n}.yaml`, content: own, expected: 'ignore' };
    case 2:
      return { kind: 'data: blank or invisible name', name, content: own.replace(`name: Example ${n}`, `name: ${pick(random, ['" "', '"\u200b"', '"-"', "''"])}`), expected: 'refuse' };
    case 3:
      return { kind: 'data: control escape', name, content: own.replace(/summary: (.*)/, (_, summary: string) => `summary: "${summary.replace(' ', ` ${pick(random, ESCAPES)} `)}"`), expected: 'refuse' };
    case 4:
      return { kind: 'data: raw control character', name, content: own.replace('A well-formed', `A ${String.fromCharCode(pick(random, [0, 1, 0xb, 0x1f, 0x7f]))} well-formed`), expected: 'refuse' };
    case 5: {
      const label = `Example ${n} 2019`;
      const twin = pick(random, [label, label.toUpperCase(), label.replace(/ /g, '-'), `${label}.`]);
      return { kind: 'data: repeated label', name, content: own.replace(`label: ${label}`, `label: "${twin}"\n    year: 2019\n    hostUnrecorded: none of the sources cited names a host\n    notes: [second]\n  - label: ${label}`), expected: 'refuse' };
    }
    case 6:
      return { kind: 'data: alias bomb', name, content: `${own}\nx: &a [${'z, '.repeat(9)}z]\ny: &b [${'*a, '.repeat(9)}*a]\nz: [${'*b, '.repeat(9)}*b]\n`, expected: 'refuse' };
    default: {
      const where = between(random, 0, own.length);
      const noise = Array.from({ length: between(random, 1, 5) }, () => String.fromCodePoint(between(random, 0x20, 0x24f))).join('');
      return { kind: 'data: random characters', name, content: own.slice(0, where) + noise + own.slice(where), expected: 'either' };
    }
  }
}

export function dataCases(random: Random, count: number): HostileCase[] {
  return Array.from({ length: count }, (_, index) => dataCase(random, index, index));
}
