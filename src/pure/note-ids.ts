/**
 * The ids GFM footnotes get on a page: remark-rehype's `user-content-` prefix (which keeps
 * them apart from ids a page's own markup may use) before `fn-label` for a note and
 * `fnref-label` for its first reference. Whatever links to a note, or checks that one exists,
 * takes the id from here.
 */
const PREFIX = 'user-content-';

/** The id of the note labelled `label` (`[^label]`). */
export function noteId(label: string): string {
  return `${PREFIX}fn-${label}`;
}

/** The id of the first reference to the note labelled `label`. */
export function noteReferenceId(label: string): string {
  return `${PREFIX}fnref-${label}`;
}
