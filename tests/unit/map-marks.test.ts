import { describe, expect, it } from 'vitest';
import { clusterPoints, MAP_LEVELS, mapKey, mapMarks, TARGET_PX } from '../../src/pure/map-marks.ts';
import { venueMap } from '../../src/pure/venue-map.ts';
import { loadExercises } from '../support/exercise-data.ts';

const exercises = loadExercises();
const map = venueMap(exercises, (slug) => `/articles/${slug}/`);
const onMap = map.places.filter((place) => place.onMap);

describe('clustering points', () => {
  it('joins points closer than the least distance, and leaves points already apart alone', () => {
    const points = [
      { x: 0, y: 0, weight: 1 },
      { x: 10, y: 0, weight: 3 },
      { x: 100, y: 0, weight: 1 },
    ];
    expect(clusterPoints(points, 24)).toEqual([[0, 1], [2]]);
    expect(clusterPoints(points, 5)).toEqual([[0], [1], [2]]);
    expect(clusterPoints([], 24)).toEqual([]);
  });

  it('joins again where a joined centre falls near another point', () => {
    // The closest two (at 20 and 30) join at 25, which is then within 26 of the point at 0.
    const points = [
      { x: 0, y: 0, weight: 1 },
      { x: 20, y: 0, weight: 1 },
      { x: 30, y: 0, weight: 1 },
    ];
    expect(clusterPoints(points, 26)).toEqual([[0, 1, 2]]);
    expect(clusterPoints(points, 24)).toEqual([[0], [1, 2]]);
  });
});

describe('the venue map’s marks', () => {
  for (const level of MAP_LEVELS) {
    const marks = mapMarks(map, level.layoutWidth);
    const px = level.layoutWidth / map.width;

    it(`at ${String(level.layoutWidth)} px, keeps every target 24 px across and 24 px from the next`, () => {
      for (const mark of marks) expect(mark.hit * 2 * px).toBeGreaterThanOrEqual(TARGET_PX - 0.1);
      for (const [index, mark] of marks.entries()) {
        for (const other of marks.slice(index + 1)) expect(Math.hypot(mark.x - other.x, mark.y - other.y) * px, `${mark.names[0] ?? ''} and ${other.names[0] ?? ''}`).toBeGreaterThanOrEqual(TARGET_PX - 0.2);
      }
    });

    it(`at ${String(level.layoutWidth)} px, stands for every place on the map once, with its names in a box inside the map`, () => {
      const places = marks.flatMap((mark) => mark.places.map((place) => place.id));
      expect(places.sort()).toEqual(onMap.map((place) => place.id).sort());
      for (const mark of marks) {
        expect(mark.label.x).toBeGreaterThanOrEqual(0);
        expect(mark.label.y).toBeGreaterThanOrEqual(0);
        expect(mark.label.x + mark.label.width).toBeLessThanOrEqual(map.width + 0.1);
        expect(mark.label.y + mark.label.height).toBeLessThanOrEqual(map.height + 0.1);
        expect(mark.label.lines.length).toBeLessThanOrEqual(4);
        expect(mark.kind === 'group').toBe(mark.names.length > 1);
      }
    });
  }

  it('joins Guam’s venues into one mark that names them all, and lists the rest as a count', () => {
    const [narrow, wide] = MAP_LEVELS.map((level) => mapMarks(map, level.layoutWidth));
    const guam = wide?.find((mark) => mark.names.includes('Guam'));
    expect(guam?.kind).toBe('group');
    expect(guam?.names).toEqual(expect.arrayContaining(['Guam', 'Guam (shore phase)', 'Andersen Air Force Base, Guam']));
    expect(guam?.editions).toBe(guam?.places.reduce((total, place) => total + place.editions.length, 0));
    // The phone's map joins more places than the wide one, and a long list ends with a count.
    expect((narrow?.length ?? 0) < (wide?.length ?? 0)).toBe(true);
    expect(narrow?.some((mark) => /^and \d+ more$/.test(mark.label.lines.at(-1) ?? ''))).toBe(true);
    expect(narrow?.every((mark) => mark.label.lines.every((line) => line.length <= 30))).toBe(true);
  });

  it('draws one place alone as a site or a sea area, however many editions share it', () => {
    const alone = mapMarks({ ...map, places: onMap.filter((place) => place.name === 'Off Sydney' || place.name === 'Gulf of Aden' || place.name === 'Palau') }, 560);
    expect(alone.map((mark) => [mark.names[0], mark.kind])).toEqual(
      expect.arrayContaining([
        ['Off Sydney', 'sea'],
        ['Gulf of Aden', 'sea'],
        ['Palau', 'site'],
      ]),
    );
    expect(mapKey(alone)).toEqual({ sites: true, seas: true, groups: false, sized: false });
  });

  it('keys only the kinds of mark drawn', () => {
    expect(mapKey(mapMarks(map, 560))).toEqual({ sites: true, seas: true, groups: true, sized: true });
    expect(mapKey([])).toEqual({ sites: false, seas: false, groups: false, sized: false });
  });
});
