/**
 * The site's components an MDX article may place, by name: each draws from the exercise data
 * a series' editions, where the author puts it. An article's text can name nothing else: no
 * other component, no HTML element, no expression or import runs code at build time
 * (src/content-lint/rules/mdx-components.ts refuses them, with file:line).
 */

/** Component name → the attribute naming the series it draws (the exercise file's name). */
export const SITE_COMPONENTS = { EditionsTable: 'series' } as const;

export type SiteComponentName = keyof typeof SITE_COMPONENTS;

export const isSiteComponent = (name: string | null | undefined): name is SiteComponentName => name !== null && name !== undefined && Object.hasOwn(SITE_COMPONENTS, name);

/** Where an article places a component: an offset into its HTML, and the place in its file. */
export interface PlacedComponent {
  name: SiteComponentName;
  series: string;
  at: number;
  line: number;
  column: number;
}
