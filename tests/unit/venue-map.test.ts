import type { Topology } from 'topojson-specification';
import land from 'world-atlas/land-110m.json';
import { describe, expect, it } from 'vitest';
import { landPath, placeRows, venueMap } from '../../src/pure/venue-map.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const map = venueMap(exercises, (slug) => `/articles/${slug}/`);
const editions = exercises.flatMap((exercise) => exercise.editions);

describe('the venue map', () => {
  it('shows every edition once: on the map where its place is known, in the list where not', () => {
    const placed = map.places.flatMap((place) => place.editions.map((edition) => edition.href));
    const unplaced = map.unplaced.map((edition) => edition.href);
    expect(placed.length + unplaced.length).toBe(editions.length);
    expect(new Set([...placed, ...unplaced]).size).toBe(editions.length);
    expect(unplaced.length).toBe(editions.filter((edition) => edition.places.length === 0).length);
  });

  it('groups editions held at the same place into one larger mark', () => {
    const yokosuka = map.places.find((place) => place.name === 'Yokosuka');
    expect(yokosuka?.editions.map((edition) => edition.label)).toEqual(expect.arrayContaining(['JIMEX-24', 'JAIMEX-25']));
    const single = map.places.find((place) => place.editions.length === 1);
    expect(yokosuka && single && yokosuka.r > single.r).toBe(true);
  });

  it('draws every place inside the map, and lists those beyond it (Hawaii) without drawing them', () => {
    const beyond = map.places.filter((place) => !place.onMap);
    expect(beyond.map((place) => place.name)).toEqual(expect.arrayContaining([expect.stringMatching(/Hawai/)]));
    for (const place of beyond) expect(place.x < 0 || place.x > map.width || place.y < 0 || place.y > map.height, place.name).toBe(true);
    for (const place of map.places.filter((candidate) => candidate.onMap)) {
      expect(place.x, place.name).toBeGreaterThanOrEqual(0);
      expect(place.x, place.name).toBeLessThanOrEqual(map.width);
      expect(place.y, place.name).toBeGreaterThanOrEqual(0);
      expect(place.y, place.name).toBeLessThanOrEqual(map.height);
    }
    const sydney = map.places.find((place) => place.name === 'Off Sydney');
    const tokyoBay = map.places.find((place) => place.name === 'Yokosuka');
    expect(sydney && tokyoBay && sydney.y > tokyoBay.y).toBe(true);
  });

  it('draws the land as one compact path, in a frame the same size as the marks\'', () => {
    const drawn = landPath(land as unknown as Topology);
    expect(drawn.d).toMatch(/^M/);
    expect(drawn.d.length).toBeLessThan(40_000);
    expect([drawn.width, drawn.height]).toEqual([map.width, map.height]);
  });

  it('tables every place, then the editions with no place, once each', () => {
    const rows = placeRows(map);
    expect(rows.map((row) => row.id)).toEqual([...map.places.map((place) => place.id), 'place-not-recorded']);
    expect(rows.at(-1)).toEqual({ id: 'place-not-recorded', name: 'Place not recorded', editions: map.unplaced });
    expect(placeRows({ places: [], unplaced: [] })).toEqual([]);
  });
});
