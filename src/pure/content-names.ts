/**
 * Which file names in a content folder the site reads. One rule for the lint and the content
 * loaders alike, so a file is either checked and built, or refused with its name and a fix:
 * never read by one and skipped by the other (a `jimex.yml` the lint passed and the build
 * dropped). A name becomes a URL or a citation key, so it is lowercase ASCII letters, digits
 * and single hyphens: no `#`, `?`, `%`, dots, spaces or letters that a URL or another
 * normalisation form would spell differently, and no two names that differ by case only.
 */

/** What a content folder holds. */
export interface ContentKind {
  /** The folder as an editor knows it, for messages. */
  folder: string;
  /** What its files are, for messages ("articles"). */
  what: string;
  /** The extensions read, lowercase, with the dot; the first is the usual one. */
  extensions: readonly string[];
  /** Larger files are refused unread (bytes): the parsers' cost grows faster than the text. */
  maxBytes: number;
  /** The names allowed before the extension where they differ from STEM, and the rule in words. */
  stem?: { pattern: RegExp; rule: string };
  /** A file may be a translation of another: its name's stem, then `.ja` (jimex.ja.md). */
  translations?: boolean;
}

const KIB = 1024;

/** An article, or its translation beside it: `jimex.md` and `jimex.ja.md` (src/pure/articles.ts). */
export const ARTICLE_FILES: ContentKind = { folder: 'content/articles', what: 'articles', extensions: ['.md', '.mdx'], maxBytes: 256 * KIB, translations: true };
export const EXERCISE_FILES: ContentKind = { folder: 'content/exercises', what: 'exercise data files', extensions: ['.yaml'], maxBytes: 256 * KIB };
export const SOURCE_FILES: ContentKind = { folder: 'content/sources', what: 'source records', extensions: ['.yaml'], maxBytes: 256 * KIB };
export const CORRECTION_FILES: ContentKind = { folder: 'content/corrections', what: 'corrections', extensions: ['.yaml'], maxBytes: 64 * KIB };
/** The term list: one file, `terms.yaml` (src/schemas/term.ts). */
export const TERM_FILES: ContentKind = { folder: 'content/terms', what: 'term lists', extensions: ['.yaml'], maxBytes: 256 * KIB,
  stem: { pattern: /^terms$/, rule: 'the term list, terms.yaml' },
};
/** The release list (`releases.yaml`) and one snapshot per release (`1.2.json`, named for its
 * version). A snapshot holds every record, excerpts included: 1 MiB leaves room for the data
 * to grow about twofold (the README gives the sizes measured). JSON.parse
 * is linear in the text, so the larger limit costs no parser blow-up. */
export const RELEASE_FILES: ContentKind = { folder: 'content/releases', what: 'release files', extensions: ['.json', '.yaml'], maxBytes: 1024 * KIB,
  stem: { pattern: /^(?:releases|(?:0|[1-9]\d*)\.(?:0|[1-9]\d*))$/, rule: 'releases.yaml, or a snapshot named for its version (1.2.json)' },
};

/** A name the site can use in a URL and a citation key, before its extension. */
const STEM = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The name's stem as a URL could carry it: what to rename a refused file to. */
export function urlSafeStem(stem: string): string {
  const safe = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return safe === '' ? 'article' : safe;
}

export type NameVerdict = { read: true } | { ignore: string } | { refuse: string };

/** Whether a file named `name`, directly in a folder of `kind`, is read, ignored or refused. */
export function judgeName(name: string, kind: ContentKind): NameVerdict {
  // Editors' lock and swap files (`.#x.md`, `.x.md.swp`) and the system's (`.DS_Store`).
  if (name.startsWith('.')) return { ignore: `ignored: a hidden file (an editor's or the system's); ${kind.folder} reads no name that starts with a dot` };
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const usual = kind.extensions[0] ?? '';
  if (!kind.extensions.includes(extension)) {
    const known = kind.extensions.find((candidate) => candidate === extension.toLowerCase().trim() || (candidate === '.yaml' && extension.toLowerCase() === '.yml'));
    // `x.md.txt` was meant as `x.md`: the name before its first dot.
    const rename = `${urlSafeStem(name.slice(0, name.indexOf('.') > 0 ? name.indexOf('.') : undefined))}${known ?? usual}`;
    return { refuse: `${kind.folder} holds ${kind.what} only, named like \`x${kind.extensions.join('` or `x')}\`: this file would not be read; rename it ${rename}${known ? '' : ', or move it out of the folder'}` };
  }
  if (kind.stem && !kind.stem.pattern.test(stem)) return { refuse: `${kind.folder} holds ${kind.stem.rule} only: this file would not be read` };
  const language = kind.translations && stem.endsWith('.ja') ? '.ja' : '';
  const named = stem.slice(0, stem.length - language.length);
  if (!kind.stem && !STEM.test(named)) {
    return { refuse: `The name cannot be a URL or a key: use lowercase ASCII letters, digits and single hyphens; rename it ${urlSafeStem(named)}${language}${extension}` };
  }
  return { read: true };
}
