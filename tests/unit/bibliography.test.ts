import { describe, expect, it } from 'vitest';
import { articleParser } from '../../src/content-lint/processor.ts';
import { buildBibliography, dateValue, noteCitations } from '../../src/pure/bibliography.ts';

const article = (id: string, markdown: string) => ({ id, title: id.toUpperCase(), notes: noteCitations(articleParser().parse(markdown)) });

const one = article(
  'one',
  `A.[^dip] B.[^pib] C.[^dip2]

[^dip]: Abhijnan Rej, "Title A", *The Diplomat*, 12 September 2020, <https://thediplomat.com/a/>, accessed 10 February 2025.
[^pib]: Report, *pib.gov.in*, <https://pib.gov.in/x?PRID=1>.
[^dip2]: "Title B", *The Diplomat*, 1 July 2015, <https://thediplomat.com/b/>.
`,
);
const two = article('two', 'X.[^rej]\n\n[^rej]: Report, *thediplomat.com*, <https://www.thediplomat.com/a>.\n');

describe('the bibliography', () => {
  const groups = buildBibliography([one, two]);

  it('lists a source cited in several places once, with every note that cites it', () => {
    const diplomat = groups.find((group) => group.publication === 'The Diplomat');
    const rej = diplomat?.sources.find((source) => source.citation.title === 'Title A');
    expect(rej?.citedIn).toEqual([
      { articleId: 'one', articleTitle: 'ONE', label: 'dip', number: 1 },
      { articleId: 'two', articleTitle: 'TWO', label: 'rej', number: 1 },
    ]);
    expect(rej?.citation.author).toBe('Abhijnan Rej');
  });

  it('groups by publication, sorted without a leading "The", and orders sources by date', () => {
    expect(groups.map((group) => group.publication)).toEqual(['The Diplomat', 'pib.gov.in']);
    expect(groups[0]?.sources.map((source) => source.citation.title)).toEqual(['Title B', 'Title A']);
  });

  it('makes one group of two spellings of one publication, under the first met', () => {
    const spelled = article('three', 'Y.[^a] Z.[^b]\n\n[^a]: Report, *JAPAN Forward*, <https://japan-forward.com/a>.\n[^b]: Report, *Japan Forward*, <https://japan-forward.com/b>.\n');
    const [group, ...others] = buildBibliography([spelled]);
    expect(others).toEqual([]);
    expect(group?.publication).toBe('JAPAN Forward');
    expect(group?.sources).toHaveLength(2);
  });

  it('numbers each citing note as the article does', () => {
    expect(groups[1]?.sources[0]?.citedIn).toEqual([{ articleId: 'one', articleTitle: 'ONE', label: 'pib', number: 2 }]);
  });

  it('reads full dates and bare years, and puts unknown dates last', () => {
    expect(dateValue('2025')).toBeLessThan(dateValue('2 January 2025'));
    expect(dateValue(undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(dateValue('sometime')).toBe(Number.POSITIVE_INFINITY);
  });
});
