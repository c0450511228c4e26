/**
 * A small validator for the schema.org types the site emits: each node's @type must be one
 * of these, every property must belong to the type (schema.org's definitions, including
 * those inherited from Thing and CreativeWork), and the required ones must be present.
 */
const THING = ['name', 'description', 'url', 'sameAs', 'identifier'];
const CREATIVE_WORK = [...THING, 'headline', 'author', 'publisher', 'datePublished', 'dateModified', 'inLanguage', 'citation', 'about', 'mainEntityOfPage'];

const TYPES: Record<string, { properties: string[]; required: string[] }> = {
  WebPage: { properties: [...CREATIVE_WORK, 'isPartOf'], required: ['name', 'datePublished', 'publisher', 'isPartOf'] },
  WebSite: { properties: CREATIVE_WORK, required: ['name', 'url'] },
  CreativeWork: { properties: CREATIVE_WORK, required: ['name'] },
  Event: { properties: [...THING, 'startDate', 'endDate', 'location', 'organizer', 'eventAttendanceMode'], required: ['name', 'startDate'] },
  Place: { properties: [...THING, 'address', 'geo'], required: ['name'] },
  GeoCoordinates: { properties: [...THING, 'latitude', 'longitude'], required: ['latitude', 'longitude'] },
  PostalAddress: { properties: [...THING, 'addressCountry'], required: ['addressCountry'] },
  Organization: { properties: THING, required: ['name'] },
  Person: { properties: THING, required: ['name'] },
};

/** Every problem in a JSON-LD node and the nodes inside it, with its path. */
export function schemaProblems(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => schemaProblems(item, `${path}[${index}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string') return Object.entries(record).flatMap(([key, value]) => schemaProblems(value, `${path}.${key}`));
  const definition = TYPES[type];
  if (!definition) return [`${path}: unknown @type ${type}`];
  const problems = Object.keys(record)
    .filter((key) => !key.startsWith('@') && !definition.properties.includes(key))
    .map((key) => `${path}: ${type} has no property ${key}`);
  problems.push(...definition.required.filter((key) => record[key] === undefined).map((key) => `${path}: ${type} lacks ${key}`));
  return [...problems, ...Object.entries(record).flatMap(([key, value]) => (key.startsWith('@') ? [] : schemaProblems(value, `${path}.${key}`)))];
}
