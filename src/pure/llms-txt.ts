/**
 * The site's `llms.txt` (the proposal at https://llmstxt.org): a Markdown file at the root
 * that tells a reader's tools what the site is and where its clean text is. Its shape is the
 * proposal's: an `#` title, a `>` summary, a few lines of detail, then `##` sections of links,
 * each `- [name](url): notes`; a section named "Optional" holds what a short context may skip.
 */

export interface LlmsLink {
  title: string;
  url: string;
  description?: string | undefined;
}

export interface LlmsTxt {
  title: string;
  summary: string;
  details: readonly string[];
  sections: readonly { name: string; links: readonly LlmsLink[] }[];
}

/** A line of a link list; brackets in a title are escaped, so the link stays one link. */
function linkLine({ title, url, description }: LlmsLink): string {
  const name = title.replace(/[[\]\\]/g, (character) => `\\${character}`);
  const notes = description?.replace(/\s+/g, ' ').trim();
  return `- [${name}](${url})${notes ? `: ${notes}` : ''}`;
}

/** The file's text, ending with a line break. */
export function llmsTxt({ title, summary, details, sections }: LlmsTxt): string {
  const blocks = [`# ${title}`, `> ${summary.replace(/\s+/g, ' ').trim()}`, ...details, ...sections.map(({ name, links }) => [`## ${name}`, '', ...links.map(linkLine)].join('\n'))];
  return `${blocks.join('\n\n')}\n`;
}
