import type { FootnoteDefinition } from 'mdast';
import { select } from 'unist-util-select';
import { describe, expect, it } from 'vitest';
import { articleParser } from '../../src/content-lint/processor.ts';
import { parseCitation, sourceId, sourceKey } from '../../src/pure/citation.ts';

function citation(markdown: string) {
  const tree = articleParser().parse(`Text.[^n]\n\n[^n]: ${markdown}\n`);
  return parseCitation(select('footnoteDefinition', tree) as FootnoteDefinition);
}

describe('citations', () => {
  it('reads every part of a full citation', () => {
    expect(
      citation(
        'Abhijnan Rej, "India and Japan Sign Military Logistics Agreement for All to See", *The Diplomat*, 12 September 2020, <https://thediplomat.com/2020/09/india-and-japan-sign-military-logistics-agreement-for-all-to-see/>, accessed 10 February 2025.',
      ),
    ).toMatchObject({
      author: 'Abhijnan Rej',
      title: 'India and Japan Sign Military Logistics Agreement for All to See',
      publication: 'The Diplomat',
      date: '12 September 2020',
      url: 'https://thediplomat.com/2020/09/india-and-japan-sign-military-logistics-agreement-for-all-to-see/',
      accessed: '10 February 2025',
    });
  });

  it('reads a citation with no author', () => {
    const parsed = citation('"At Malabar 2024, Quad Nations Promote Maritime Order", *Indo-Pacific Defense Forum*, 25 October 2024, <https://ipdefenseforum.com/2024/10/x/>, accessed 15 February 2025.');
    expect(parsed.author).toBeUndefined();
    expect(parsed).toMatchObject({ title: 'At Malabar 2024, Quad Nations Promote Maritime Order', publication: 'Indo-Pacific Defense Forum', date: '25 October 2024' });
  });

  it('reads a report known only by its address', () => {
    const parsed = citation('Report, *pib.gov.in*, <https://pib.gov.in/PressReleasePage.aspx?PRID=2024651>.');
    expect(parsed).toMatchObject({ publication: 'pib.gov.in', url: 'https://pib.gov.in/PressReleasePage.aspx?PRID=2024651' });
    expect(parsed.author).toBeUndefined();
    expect(parsed.title).toBeUndefined();
  });

  it('reads a source with no address, dated by year', () => {
    const parsed = citation('Simran Walia, "India-Japan Defence Collaboration: Emphasis on Defence Exercises and Defence Technology", *Manohar Parrikar Institute for Defence Studies and Analyses*, New Delhi, 2025.');
    expect(parsed).toMatchObject({ author: 'Simran Walia', date: '2025', publication: 'Manohar Parrikar Institute for Defence Studies and Analyses' });
    expect(parsed.url).toBeUndefined();
  });

  it('treats one address cited with and without www, a fragment or a final slash as one source', () => {
    const a = citation('Report, *x.org*, <https://www.x.org/a/b/#frag>.');
    const b = citation('Report, *x.org*, <https://x.org/a/b>.');
    expect(sourceKey(a)).toBe(sourceKey(b));
    expect(sourceId(a)).toBe('source-x-org-a-b');
    expect(sourceKey(citation('Report, *x.org*, <https://x.org/a/c>.'))).not.toBe(sourceKey(b));
  });
});

describe('a source read from a stored copy', () => {
  it('records "stored copy" in place of an access date, and a month-and-year date outside the title', () => {
    const parsed = citation('Report, *bdtv.in*, June 2012, <http://news.bdtv.in/2012/06/first-bilateral-maritime-exercise.html>, stored copy.');
    expect(parsed).toMatchObject({ publication: 'bdtv.in', date: 'June 2012', accessed: 'stored copy', url: 'http://news.bdtv.in/2012/06/first-bilateral-maritime-exercise.html' });
    expect(parsed.author).toBeUndefined();
  });

  it('does not take a month named in the headline for the publication date', () => {
    expect(citation('"Coast Guard Ship at Chennai in January 2020", *Free Press Journal*, <https://www.freepressjournal.in/x>, stored copy.').date).toBeUndefined();
  });
});
