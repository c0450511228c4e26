/**
 * remark plugin, for MDX articles: each site component the article places (pure/site-components.ts)
 * becomes an empty `<site-component>` element that the compiler does not write but records
 * where it stands (rehype-stringify-sections.ts), so the page draws the component there.
 * Everything else MDX adds is taken out: imports and expressions (never run: the lint
 * refuses them), and any other element, which keeps only its text. The lint has refused
 * those in a build; in `astro dev`, where it only warns, the page stays safe.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { isSiteComponent, SITE_COMPONENTS } from '../pure/site-components.ts';
import { SKIP, walk } from '../pure/walk.ts';

/** The tag the compiler looks for: not an HTML element, and never written. */
export const COMPONENT_TAG = 'site-component';

function placeholder(node: MdxJsxFlowElement): RootContent | undefined {
  if (!isSiteComponent(node.name)) return undefined;
  const wanted = SITE_COMPONENTS[node.name];
  const series = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === wanted)?.value;
  if (typeof series !== 'string') return undefined;
  const { line = 1, column = 1 } = node.position?.start ?? {};
  const properties = { name: node.name, series, line, column };
  return { type: 'siteComponent', children: [], data: { hName: COMPONENT_TAG, hProperties: properties } } as unknown as RootContent;
}

export function remarkSiteComponents() {
  return (tree: Root): void => {
    walk(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
      const component = node.type === 'mdxJsxFlowElement' ? placeholder(node) : undefined;
      // Another element keeps its content, without the element: no raw HTML reaches the page.
      const replacement = component ? [component] : (node as MdxJsxFlowElement | MdxJsxTextElement).children;
      (parent.children as RootContent[]).splice(index, 1, ...(replacement as RootContent[]));
      return component ? SKIP : index;
    });
  };
}
