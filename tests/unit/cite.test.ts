import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { apa, bibtexWithAccessed, chicago, CSL_JSON_TYPE, cslRecord, dataUrl, risWithAccessed, withAccessed } from '../../src/pure/cite.ts';
import { citationMeta } from '../../src/pure/citation-meta.ts';
import { bibtexOf, cslJsonOf, risAccessedTag, risOf, tagThatDiffers } from '../../src/pure/cite-export.ts';

const input = {
  title: 'Dharma Guardian',
  url: 'https://example.org/articles/dharma-guardian/',
  updated: new Date('2026-11-22T00:00:00Z'),
  accessed: new Date('2026-12-03T15:00:00Z'),
  siteName: 'India–Japan Defence Exercises',
  slug: 'dharma-guardian',
  version: 3,
};
const record = cslRecord(input);
const tricky = cslRecord({ ...input, title: 'Budgets & 100% of R_D {x} – "quoted"' });
const readerDay = new Date('2027-01-15T09:00:00Z');

/** The first record citation-js reads back from a text. */
const parsed = (text: string) => new Cite(text).data[0] ?? {};

describe('the CSL record of an article', () => {
  it('holds the title, site, address, the updated and accessed dates, and a safe BibTeX key', () => {
    expect(record).toMatchObject({
      type: 'webpage',
      title: 'Dharma Guardian',
      'container-title': 'India–Japan Defence Exercises',
      URL: input.url,
      issued: { 'date-parts': [[2026, 11, 22]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      'citation-key': 'ijde_dharma_guardian',
    });
    // APA would print "(Original work published 2026)" for an original-date; no person author either.
    expect(Object.keys(record)).not.toContain('original-date');
    expect(Object.keys(record)).not.toContain('author');
  });
});

describe('citations written from the record', () => {
  it('writes Chicago with the last-modified and accessed dates and the permanent URL', () => {
    expect(chicago(record)).toBe(
      '“Dharma Guardian.” India–Japan Defence Exercises. Version 3, last modified November 22, 2026. Accessed December 3, 2026. https://example.org/articles/dharma-guardian/.',
    );
  });

  it('writes APA with the update date and a retrieval date', () => {
    expect(apa(record)).toBe(
      'Dharma Guardian (Version 3). (2026, November 22). India–Japan Defence Exercises. Retrieved December 3, 2026, from https://example.org/articles/dharma-guardian/',
    );
  });
});

describe('BibTeX, RIS and CSL-JSON from citation-js, read back by citation-js', () => {
  it('BibTeX is biblatex’s @online with date and urldate, and keeps the key, title, address and dates', () => {
    const bibtex = bibtexOf(tricky);
    expect(bibtex.startsWith('@online{ijde_dharma_guardian,')).toBe(true);
    expect(bibtex).toMatch(/^\s*date = \{2026-11-22\},$/m);
    expect(bibtex).toMatch(/^\s*urldate = \{2026-12-03\},$/m);
    // biblatex refuses classic BibTeX's `month = {nov 22}`; `booktitle` is no field of @online.
    expect(bibtex).not.toMatch(/^\s*(month|booktitle) =/m);
    const back = parsed(bibtex);
    expect(bibtex).toMatch(/^\s*version = \{Version 3\},$/m);
    expect(back).toMatchObject({ title: tricky.title, URL: input.url, version: 'Version 3', issued: { 'date-parts': [[2026, 11, 22]] }, accessed: { 'date-parts': [[2026, 12, 3]] } });
    expect(back['author']).toBeUndefined();
  });

  it('RIS keeps the title, the website’s name, address, language and both dates, and names no author', () => {
    expect(risOf(tricky)).toMatch(/^T2 {2}- India–Japan Defence Exercises$/m);
    expect(risOf(tricky)).not.toMatch(/^(AU|A1) /m);
    expect(parsed(risOf(tricky))).toMatchObject({
      title: tricky.title,
      URL: input.url,
      language: 'en-GB',
      issued: { 'date-parts': [[2026, 11, 22]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
    });
  });

  it('CSL-JSON is the record itself', () => {
    expect(JSON.parse(cslJsonOf(tricky))).toEqual([tricky]);
    expect(parsed(cslJsonOf(tricky))).toMatchObject({ title: tricky.title, accessed: tricky.accessed });
  });
});

describe('the reader\'s date as the accessed date (what the browser does)', () => {
  it('changes the accessed date and nothing else, in every format', () => {
    const reader = withAccessed(record, readerDay);
    expect(reader).toEqual({ ...record, accessed: { 'date-parts': [[2027, 1, 15]] } });
    expect(chicago(reader)).toContain('Accessed January 15, 2027.');
    expect(parsed(bibtexWithAccessed(bibtexOf(record), readerDay))).toMatchObject({ accessed: { 'date-parts': [[2027, 1, 15]] } });
    const ris = parsed(risWithAccessed(risOf(record), risAccessedTag(record), readerDay));
    expect(ris).toMatchObject({ accessed: { 'date-parts': [[2027, 1, 15]] }, issued: { 'date-parts': [[2026, 11, 22]] } });
  });

  it('leaves the publication date alone when it is the same day as the accessed date', () => {
    const sameDay = cslRecord({ ...input, updated: input.accessed });
    const ris = parsed(risWithAccessed(risOf(sameDay), risAccessedTag(sameDay), readerDay));
    expect(ris).toMatchObject({ accessed: { 'date-parts': [[2027, 1, 15]] }, issued: { 'date-parts': [[2026, 12, 3]] } });
  });
});

describe('the downloads', () => {
  it('carry their text whole in a data: URL', () => {
    const text = cslJsonOf(tricky);
    const url = dataUrl(CSL_JSON_TYPE, text);
    expect(url.startsWith('data:application/vnd.citationstyles.csl+json;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(text);
  });

  it('find the RIS line that holds the accessed date, and refuse when none changes', () => {
    expect(tagThatDiffers('TY  - ELEC\nM1  - 1999/1/1/', 'TY  - ELEC\nM1  - 1999/1/2/')).toBe('M1');
    expect(() => tagThatDiffers('TY  - ELEC', 'TY  - ELEC')).toThrow(/no accessed date/);
  });
});

describe('citation meta tags', () => {
  const tags = new Map(citationMeta({ ...input, published: new Date('2026-11-01T00:00:00Z'), language: 'en-GB' }));

  it('give Dublin Core the publication and update dates as ISO dates', () => {
    expect(tags.get('DC.date')).toBe('2026-11-01');
    expect(tags.get('DCTERMS.modified')).toBe('2026-11-22');
  });

  it('name the site as publisher, the article by its title and address, and no author or Highwire tag', () => {
    expect(tags.get('DC.publisher')).toBe(input.siteName);
    expect([tags.get('DC.title'), tags.get('DC.identifier')]).toEqual([input.title, input.url]);
    expect([...tags.keys()].filter((name) => name.startsWith('citation_') || name === 'DC.creator' || name === 'DC.type')).toEqual([]);
  });
});
