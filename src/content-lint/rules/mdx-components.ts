/**
 * remark-lint rule: an MDX article may place the site's components (src/pure/site-components.ts)
 * and nothing else MDX allows. MDX runs an article's expressions, imports and exports as code
 * when the site is built, and renders its HTML elements as raw HTML: all are refused here, at
 * their line. An import is allowed only of a site component from src/components, as an editor
 * writes it for MDX tooling; the page supplies the component either way.
 */
import { dirname, relative, resolve } from 'node:path';
import type { Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement, MdxjsEsm } from 'mdast-util-mdx';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import { isSiteComponent, SITE_COMPONENTS } from '../../pure/site-components.ts';
import { walk } from '../../pure/walk.ts';

const NAMES = Object.keys(SITE_COMPONENTS).join(', ');

function checkImports(node: MdxjsEsm, file: VFile): void {
  for (const statement of node.data?.estree?.body ?? []) {
    const source = statement.type === 'ImportDeclaration' ? String(statement.source.value) : undefined;
    const [specifier, ...more] = statement.type === 'ImportDeclaration' ? statement.specifiers : [];
    const name = specifier?.type === 'ImportDefaultSpecifier' ? specifier.local.name : undefined;
    const target = source === undefined ? '' : relative(file.cwd, resolve(file.cwd, dirname(file.path), source)).replace(/\\/g, '/');
    if (source !== undefined && more.length === 0 && isSiteComponent(name) && target === `src/components/${name}.astro`) continue;
    const what = statement.type === 'ImportDeclaration' ? `the import of "${source ?? ''}"` : 'an export';
    file.message(`MDX runs imports and exports as code at build time: remove ${what}. An article may import only a site component (${NAMES}) from src/components`, node);
  }
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, file: VFile): void {
  const name = node.name ?? '';
  if (!/^[A-Z]/.test(name)) {
    file.message(`<${name}> is raw HTML, which the site refuses: write Markdown instead`, node);
    return;
  }
  if (!isSiteComponent(name)) {
    file.message(`<${name}> is not one of the site's components an article may place (${NAMES})`, node);
    return;
  }
  if (node.type === 'mdxJsxTextElement') {
    file.message(`<${name}> draws a block: put it on a line of its own, with a blank line before and after`, node);
    return;
  }
  const wanted = SITE_COMPONENTS[name];
  for (const attribute of node.attributes) {
    const ok = attribute.type === 'mdxJsxAttribute' && attribute.name === wanted && typeof attribute.value === 'string';
    if (!ok) file.message(`<${name}> takes one attribute, ${wanted}="…" (the exercise file's name), written as text in quotes`, node);
  }
  if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === wanted)) {
    file.message(`<${name}> needs ${wanted}="…": the name of the exercise file (content/exercises/<name>.yaml) whose editions it draws`, node);
  }
  if (node.children.length > 0) file.message(`<${name}> holds nothing: write it as <${name} ${wanted}="…" />`, node);
}

/** A component stands in a section, at the top level: the page draws it between the
 * article's blocks, and the lead is the article's own words. */
function checkPlace(node: MdxJsxFlowElement, parent: Parent | undefined, tree: Root, file: VFile): void {
  const index = parent === tree ? tree.children.indexOf(node) : -1;
  if (index < 0) file.message(`<${node.name ?? ''}> stands on its own, not inside a list, a quotation or a table`, node);
  else if (!tree.children.slice(0, index).some((block) => block.type === 'heading' && block.depth === 2)) {
    file.message(`<${node.name ?? ''}> belongs in a section: put it after a ## heading (the lead before the first is the article's own words)`, node);
  }
}

export const remarkLintMdxComponents = lintRule<Root>('site:mdx-components', (tree, file) => {
  walk(tree, (node, _index, parent) => {
    if (node.type === 'mdxJsxFlowElement' && isSiteComponent(node.name)) checkPlace(node, parent, tree, file);
    if (node.type === 'mdxjsEsm') checkImports(node, file);
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      file.message('MDX runs {…} as code at build time: write the text itself (a literal brace as \\{)', node);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') checkElement(node, file);
  });
});
