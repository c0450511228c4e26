/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of the table of contents, with the subsections under it. */
export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * Nests h2 and h3 headings into a table of contents. Deeper headings are left out: on a
 * reference page they crowd the list without helping readers find their place.
 */
export function buildToc(headings: readonly Heading[], maxDepth = 3): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const entry: TocEntry = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}
