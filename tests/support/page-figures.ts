/**
 * The gzipped size of what one page of the built site loads: its HTML, the CSS it links,
 * the JavaScript it runs on load (scripts and their static imports) and what it imports
 * only on demand, and for articles the HTML around the article's own content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { attributeValues, isFile, readPage, resolveInternal, type Page } from './built-site.ts';

/** Gzipped sizes in bytes of what one page loads. */
export interface PageFigures {
  html: number;
  css: number;
  js: number;
  onDemandJs: number;
  /** Articles only: the page with its content (see ARTICLE_CONTENT) removed. */
  htmlBeyondText: number | undefined;
}

/** Gzipped size in bytes, at the level a static host would use. */
export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** `import … from "x"`, `import "x"` and `export … from "x"`, as bundlers write them. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"'\n]+)["']/g;
/** `import("x")` or import(`x`) with a literal specifier: loaded only when that code runs. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?(?:"([^"\n]+)"|'([^'\n]+)'|`([^`$\n]+)`)\s*\)/g;
/** `<script>` types that run as JavaScript (not JSON-LD or import maps). */
const JS_TYPE = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

/** A URL as written in `from`, the page or module that loads it. */
interface ModuleRef {
  ref: string;
  from: string;
}

function importsIn(code: string, from: string): { static: ModuleRef[]; dynamic: ModuleRef[] } {
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((match) => ({ ref: match[1] ?? '', from })),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((match) => ({ ref: match[1] ?? match[2] ?? match[3] ?? '', from })),
  };
}

/** Files reached from `start` through static imports (CSS `@import` included: it loads too),
 * and the dynamic imports met on the way. */
function staticClosure(start: ModuleRef[], skip: ReadonlySet<string>, dist: string, origin: string, dynamic: ModuleRef[] = []): { files: Set<string>; dynamic: ModuleRef[] } {
  const files = new Set<string>();
  const queue = [...start];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const target = resolveInternal(next.ref, next.from, origin);
    if (!target) throw new Error(`${next.from} loads ${next.ref} from another host; its size cannot be measured offline`);
    if (files.has(target.file) || skip.has(target.file)) continue;
    if (!isFile(join(dist, target.file))) throw new Error(`${next.from} loads ${next.ref}, but dist/${target.file} does not exist`);
    files.add(target.file);
    const imports = importsIn(readFileSync(join(dist, target.file), 'utf8'), `/${target.file}`);
    queue.push(...imports.static);
    dynamic.push(...imports.dynamic);
  }
  return { files, dynamic };
}

const sumGzip = (files: Iterable<string>, dist: string): number => [...files].reduce((sum, file) => sum + gzipSize(readFileSync(join(dist, file))), 0);

/** The article's own content: its Markdown body; on an exercise's article, the editions
 * drawn from its data (timeline, map, table); and its JSON-LD, which repeats for machines
 * one citation per source and one event per edition (4.9 kB gzipped for Malabar's 57 notes
 * and 16 editions), so grows with the article, not the template. What is left is the
 * site's template. */
const ARTICLE_CONTENT = ['.article-body', '.editions-data', 'script[type="application/ld+json"]'];

/** The HTML with the article's content cut out, by source offsets, so the rest stays byte-identical. */
function withoutArticleText(html: string, tree: Root): string | undefined {
  if (!select('.article-body', tree)) return undefined;
  // Every element of each kind: the body comes in two parts, its lead and the rest.
  const spans = ARTICLE_CONTENT.flatMap((selector) =>
    selectAll(selector, tree).flatMap((element) => {
      const start = element.children[0]?.position?.start.offset;
      const end = element.children.at(-1)?.position?.end.offset;
      return start === undefined || end === undefined ? [] : [[start, end] as const];
    }),
  ).sort((a, b) => b[0] - a[0]);
  return spans.reduce((rest, [start, end]) => rest.slice(0, start) + rest.slice(end), html);
}

/** The gzipped figures of one page of a built site in `dist`, all assets resolved inside it. */
export function pageFigures(page: Page, dist: string, origin: string): PageFigures {
  const { html, tree } = readPage(page, dist);
  const refs = (selector: string, property: string): ModuleRef[] =>
    selectAll(selector, tree).flatMap((element) => attributeValues(element, property).map((ref) => ({ ref, from: page.url })));
  const css = staticClosure(refs('link[rel~=stylesheet][href]', 'href'), new Set(), dist, origin).files;
  const inline = selectAll('script:not([src])', tree).filter((script) => JS_TYPE.test(attributeValues(script, 'type')[0] ?? ''));
  const inlineCode = inline.map((script) => toString(script)); // counted as JS, though it travels in the HTML
  const inlineImports = inlineCode.map((code) => importsIn(code, page.url));
  const loaded = [...refs('script[src]', 'src'), ...refs('link[rel~=modulepreload][href]', 'href'), ...inlineImports.flatMap((i) => i.static)];
  const onLoad = staticClosure(loaded, new Set(), dist, origin, inlineImports.flatMap((i) => i.dynamic));
  const later = new Set<string>();
  for (let pending = onLoad.dynamic; pending.length > 0; ) {
    const reached = staticClosure(pending, new Set([...onLoad.files, ...later]), dist, origin);
    for (const file of reached.files) later.add(file);
    pending = reached.dynamic;
  }
  const beyond = withoutArticleText(html, tree);
  return {
    html: gzipSize(html),
    css: sumGzip(css, dist),
    js: sumGzip(onLoad.files, dist) + inlineCode.reduce((total, code) => total + gzipSize(code), 0),
    onDemandJs: sumGzip(later, dist),
    htmlBeyondText: beyond === undefined ? undefined : gzipSize(beyond),
  };
}
