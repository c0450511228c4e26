/**
 * The layout of the venue map: the land of the Indo-Pacific from Natural Earth (world-atlas,
 * public domain), projected with d3-geo at build time into one shared image, and one mark
 * per place where editions were held, sized by how many share it. Pure, so the SVG only
 * draws it.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPoint, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { editionDates, editionId } from './exercises.ts';
import { editionCaveat } from './roles.ts';
import { ui } from '../i18n/index.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Exercise } from '../schemas/exercise.ts';

/** The Indo-Pacific as the map shows it: from the Arabian Sea to Guam, Mongolia to Sydney.
 * Places beyond it (Hawaii, for RIMPAC) are listed with the map, not drawn on it. */
export const MAP_BOUNDS = { west: 45, east: 160, south: -42, north: 50 };

export interface MapEdition {
  label: string;
  text: string;
  href: string;
  /** What marks it out from a plain joint edition (editionCaveat): an observer, a status; or ''. */
  caveat: string;
}

export interface MapPlace {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  kind: 'site' | 'sea';
  /** False for a place beyond MAP_BOUNDS: listed with the map, not drawn. */
  onMap: boolean;
  editions: MapEdition[];
}

export interface VenueMap {
  width: number;
  height: number;
  places: MapPlace[];
  /** Editions with no recorded place, which the map cannot show. */
  unplaced: MapEdition[];
}

/** A row of the table beneath the map (its text alternative): a place and its editions. */
export interface PlaceRow {
  id: string;
  name: string;
  /** False for a place beyond the map; absent for the row of editions with no place. */
  onMap?: boolean;
  editions: MapEdition[];
}

/** The map's corners. Fitting to points, not a polygon, avoids d3-geo reading a ring the
 * wrong way round as everything outside it (polygons are spherical there). */
const corners: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [MAP_BOUNDS.west, MAP_BOUNDS.south],
    [MAP_BOUNDS.east, MAP_BOUNDS.north],
  ],
};

/** The map's projection at `width` pixels, and the height that keeps MAP_BOUNDS in view. */
function mapProjection(width: number) {
  const projection = geoMercator().fitWidth(width, corners);
  const height = Math.round(geoPath(projection).bounds(corners)[1][1]);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, height };
}

/** The land inside the map as one SVG path, for the shared background image. */
export function landPath(topology: Topology, width = 760): { width: number; height: number; d: string } {
  const { projection, height } = mapProjection(width);
  const land = feature(topology, topology.objects['land'] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  // Whole pixels: finer coordinates add bytes, not detail, at this size.
  return { width, height, d: geoPath(projection).digits(0)(land) ?? '' };
}

/** One mark per place where editions were held, in the same projection as landPath. */
export function venueMap(exercises: readonly Exercise[], articleHref: (slug: string) => string, width = 760, lang: Lang = 'en'): VenueMap {
  const { projection, height } = mapProjection(width);
  const groups = new Map<string, MapPlace>();
  const unplaced: MapEdition[] = [];
  for (const exercise of exercises) {
    for (const edition of exercise.editions) {
      const entry = { label: edition.label, text: editionDates(edition, lang), href: `${articleHref(exercise.article)}#${editionId(edition)}`, caveat: editionCaveat(edition, lang) };
      // An edition held in phases is placed at its first place: one mark per edition.
      const place = edition.places[0];
      if (!place) {
        unplaced.push(entry);
        continue;
      }
      const key = `${place.lat.toFixed(1)},${place.lon.toFixed(1)}`;
      const [x = 0, y = 0] = projection([place.lon, place.lat]) ?? [];
      const onMap = place.lon >= MAP_BOUNDS.west && place.lon <= MAP_BOUNDS.east && place.lat >= MAP_BOUNDS.south && place.lat <= MAP_BOUNDS.north;
      const group = groups.get(key) ?? { id: `place-${key.replace(/-/g, 'm').replace(/[^0-9m]+/g, '-')}`, name: place.name, x: Math.round(x), y: Math.round(y), r: 0, kind: place.kind, onMap, editions: [] };
      group.editions.push(entry);
      groups.set(key, group);
    }
  }
  const places = [...groups.values()].map((group) => ({ ...group, r: Math.round((4 + 2.5 * Math.sqrt(group.editions.length)) * 10) / 10 }));
  return { width, height, places: places.sort((a, b) => b.r - a.r), unplaced };
}

/** The table's rows: each place on the map (largest first), then the editions whose place is
 * not recorded. */
export function placeRows(map: Pick<VenueMap, 'places' | 'unplaced'>, lang: Lang = 'en'): PlaceRow[] {
  const unplaced = map.unplaced.length > 0 ? [{ id: 'place-not-recorded', name: ui(lang).exercises.map.placeNotRecorded, editions: map.unplaced }] : [];
  return [...map.places.map(({ id, name, onMap, editions }) => ({ id, name, onMap, editions })), ...unplaced];
}
