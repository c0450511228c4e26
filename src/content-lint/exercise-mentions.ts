/**
 * The content lint's rule across articles and data: an article that names an exercise series
 * (by the `name` in its data file) links to that series' own article, so a reader can always
 * go from a mention to the record. Notes and the frontmatter are not searched: a note names
 * its source, not the exercise. Run by the article pass on the tree it parsed, with the
 * series of the exercise data.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { translationOf } from '../pure/articles.ts';
import { articleLinks } from '../pure/mentions.ts';
import { SKIP, walk } from '../pure/walk.ts';

export interface NamedSeries {
  name: string;
  /** The slug of the series' own article. */
  article: string;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reports, on `file`, each series of `series` that the article `slug` names without a link
 * to the series' article anywhere in its body: at the first place it names it. */
export function checkExerciseMentions(tree: Root, file: VFile, slug: string, series: readonly NamedSeries[]): void {
  const linked = new Set(articleLinks(tree).map((link) => link.target));
  // A translation (jimex.ja) is its original's article: it names its own series unlinked too.
  const own = translationOf(slug)?.of ?? slug;
  const unlinked = series.filter(({ article }) => article !== own && !linked.has(article));
  if (unlinked.length === 0) return;
  const patterns = unlinked.map((named) => ({ ...named, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped(named.name).replace(/ /g, '[ -]')}(?![\\p{L}\\p{N}])`, 'u') }));
  const reported = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'footnoteDefinition' || node.type === 'code' || node.type === 'yaml') return SKIP;
    if (node.type !== 'text' || !node.position) return undefined;
    for (const { name, article, pattern } of patterns) {
      const match = reported.has(name) ? null : pattern.exec(node.value);
      if (!match) continue;
      reported.add(name);
      // The place of the match itself: a text node may span lines.
      const before = node.value.slice(0, match.index).split('\n');
      const line = node.position.start.line + before.length - 1;
      const column = (before.length === 1 ? node.position.start.column : 1) + (before.at(-1)?.length ?? 0);
      const message = file.message(`${name} is named without a link to its article: link a mention to /articles/${article}/, as [${name}](/articles/${article}/)`, {
        place: { line, column },
        ruleId: 'exercise-links',
        source: 'site',
      });
      message.fatal = true;
    }
    return undefined;
  });
}
