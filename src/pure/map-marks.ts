/**
 * The venue map's marks at the sizes a reader sees the map. The map is one SVG scaled to its
 * box, from a phone's 288 px to 760 px, so marks laid out once for the widest map fell on top
 * of each other on a phone (18 of 49 places within a few pixels: Guam's four venues, Tokyo
 * Bay's). Here, for each size range the map is drawn at (MAP_LEVELS), places whose marks
 * would be closer than a fingertip's target (24 CSS px, WCAG 2.2 SC 2.5.8) at that range's
 * narrowest width join one mark that counts them, and each mark gets a 24 px target and a
 * name box to show on focus or hover. Pure, so the SVG component only draws.
 */
import type { MapPlace, VenueMap } from './venue-map.ts';

/** A target's least size, and the least distance between two targets' centres, in CSS px. */
export const TARGET_PX = 24;

/** The map's size ranges, each laid out for its narrowest width in CSS px (`layoutWidth`) and
 * drawn from `from` px up. VenueMap.astro's container query switches at the same widths; the
 * browser tests measure the targets at both. */
export const MAP_LEVELS = [
  { name: 'narrow', from: 0, layoutWidth: 280 },
  { name: 'wide', from: 560, layoutWidth: 560 },
] as const;

/** The name box's type, in CSS px: 12 px text; a character of it, generously, 7 px. */
const FONT_PX = 12;
const LINE_PX = 16;
const CHAR_PX = 7;
const PAD_PX = 6;
/** At most this many names in a box; the rest are counted ("and 5 more"). */
const MAX_NAMES = 4;

export interface MapMark {
  /** Centre, drawn radius and target radius, in map units. */
  x: number;
  y: number;
  r: number;
  hit: number;
  /** A base or town, a sea area, or a group of several places (drawn with its count). */
  kind: 'site' | 'sea' | 'group';
  /** The places it stands for, most editions first; `names` without repeats. */
  places: MapPlace[];
  names: string[];
  editions: number;
  /** The box with the names, shown when the mark has focus or the pointer: in map units. */
  label: { x: number; y: number; width: number; height: number; fontSize: number; lineHeight: number; lines: string[] };
}

/** What the map's key explains at one size: the kinds of mark drawn, and whether size varies. */
export interface MapKey {
  sites: boolean;
  seas: boolean;
  groups: boolean;
  sized: boolean;
}

interface Cluster {
  x: number;
  y: number;
  weight: number;
  members: number[];
}

/** Indices of `points` in clusters whose centres (weighted means) are all at least
 * `minDistance` apart: the closest two join until none is too close. */
export function clusterPoints(points: readonly { x: number; y: number; weight: number }[], minDistance: number): number[][] {
  let clusters: Cluster[] = points.map((point, index) => ({ ...point, members: [index] }));
  for (;;) {
    let closest: { p: Cluster; q: Cluster; distance: number } | undefined;
    for (const [index, p] of clusters.entries()) {
      for (const q of clusters.slice(index + 1)) {
        const distance = Math.hypot(p.x - q.x, p.y - q.y);
        if (distance < (closest?.distance ?? minDistance)) closest = { p, q, distance };
      }
    }
    if (!closest) return clusters.map((cluster) => cluster.members);
    const { p, q } = closest;
    const weight = p.weight + q.weight;
    const joined = { x: (p.x * p.weight + q.x * q.weight) / weight, y: (p.y * p.weight + q.y * q.weight) / weight, weight, members: [...p.members, ...q.members] };
    clusters = clusters.flatMap((cluster) => (cluster === p ? [joined] : cluster === q ? [] : [cluster]));
  }
}

/** A name cut to `max` characters, so a box fits on the narrowest map. */
function shorten(name: string, max: number): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

/** The marks of the places on the map, for a map drawn `layoutWidth` CSS px wide or wider. */
export function mapMarks(map: Pick<VenueMap, 'width' | 'height' | 'places'>, layoutWidth: number): MapMark[] {
  const unit = map.width / layoutWidth;
  const shown = map.places.filter((place) => place.onMap);
  const groups = clusterPoints(
    shown.map((place) => ({ x: place.x, y: place.y, weight: place.editions.length })),
    TARGET_PX * unit,
  );
  const maxChars = Math.floor((layoutWidth * 0.8 - 2 * PAD_PX) / CHAR_PX);
  return groups.map((members) => {
    const places = members.flatMap((index) => shown[index] ?? []).sort((a, b) => b.editions.length - a.editions.length);
    const editions = places.reduce((total, place) => total + place.editions.length, 0);
    const x = places.reduce((total, place) => total + place.x * place.editions.length, 0) / editions;
    const y = places.reduce((total, place) => total + place.y * place.editions.length, 0) / editions;
    const names = [...new Set(places.map((place) => place.name))];
    const kinds = new Set(places.map((place) => place.kind));
    const kind = names.length > 1 ? 'group' : kinds.has('site') ? 'site' : 'sea';
    const radiusPx = Math.min(10, 3.5 + 1.6 * Math.sqrt(editions));
    const r = (kind === 'group' ? Math.max(9, radiusPx) : radiusPx) * unit;
    const hit = (TARGET_PX / 2) * unit;
    const listed = names.length > MAX_NAMES ? [...names.slice(0, MAX_NAMES - 1), `and ${String(names.length - MAX_NAMES + 1)} more`] : names;
    const lines = listed.map((name) => shorten(name, maxChars));
    const width = (Math.max(...lines.map((line) => line.length)) * CHAR_PX + 2 * PAD_PX) * unit;
    const height = (lines.length * LINE_PX + 2 * PAD_PX - (LINE_PX - FONT_PX)) * unit;
    // Beside the mark, on the side with room, and inside the map.
    const right = x + hit + 2 * unit;
    const labelX = right + width <= map.width ? right : Math.max(0, x - hit - 2 * unit - width);
    const labelY = Math.min(Math.max(0, y - height / 2), map.height - height);
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      x: round(x),
      y: round(y),
      r: round(r),
      hit: round(hit),
      kind,
      places,
      names,
      editions,
      label: { x: round(labelX), y: round(labelY), width: round(width), height: round(height), fontSize: round(FONT_PX * unit), lineHeight: round(LINE_PX * unit), lines },
    };
  });
}

/** What a key beside these marks needs to explain: only the kinds of mark drawn. */
export function mapKey(marks: readonly MapMark[]): MapKey {
  return {
    sites: marks.some((mark) => mark.kind === 'site'),
    seas: marks.some((mark) => mark.kind === 'sea'),
    groups: marks.some((mark) => mark.kind === 'group'),
    sized: new Set(marks.map((mark) => mark.r)).size > 1,
  };
}
