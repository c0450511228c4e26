import { describe, expect, it } from 'vitest';
import { articleLd, editionEvents } from '../../src/pure/json-ld.ts';
import { loadExercises } from '../support/exercise-data.ts';
import { schemaProblems } from '../support/schema-org.ts';

const exercises = loadExercises();
const base = {
  title: 'JIMEX',
  description: 'The navies’ exercise.',
  url: 'https://example.org/articles/jimex/',
  published: new Date('2026-11-01T00:00:00Z'),
  updated: new Date('2026-11-22T00:00:00Z'),
  siteName: 'India–Japan Defence Exercises',
  siteUrl: 'https://example.org/',
  citations: [{ text: 'x', title: 'A report', author: 'A. Writer', publication: 'The Diplomat', url: 'https://thediplomat.com/a/' }],
};

describe('structured data', () => {
  it.each(exercises.map((exercise) => [exercise.name, exercise] as const))('describes %s as a web page of the site with one valid Event per edition', (_name, exercise) => {
    const ld = articleLd({ ...base, exercise });
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('WebPage');
    expect(ld['isPartOf']).toEqual({ '@type': 'WebSite', name: base.siteName, url: base.siteUrl });
    expect(schemaProblems(ld)).toEqual([]);
    expect(ld['about']).toHaveLength(exercise.editions.length);
  });

  it('dates an edition by its days where known and by its year otherwise', () => {
    const jimex = exercises.find((exercise) => exercise.name === 'JIMEX');
    const events = jimex ? editionEvents(jimex) : [];
    expect(events[0]).toMatchObject({ name: 'JIMEX 2012', startDate: '2012-06-09' });
    const malabar = exercises.find((exercise) => exercise.name === 'Malabar');
    expect((malabar ? editionEvents(malabar) : [])[0]).toMatchObject({ name: 'Malabar 1992', startDate: '1992' });
    expect(events.find((event) => event['name'] === 'JIMEX-21')).toMatchObject({ startDate: '2021-10-06', endDate: '2021-10-08' });
  });

  it('finds what does not fit schema.org', () => {
    expect(schemaProblems({ '@type': 'Event', name: 'x', venue: 'y' })).toEqual(['$: Event has no property venue', '$: Event lacks startDate']);
    expect(schemaProblems({ '@type': 'Exercise' })).toEqual(['$: unknown @type Exercise']);
  });
});
