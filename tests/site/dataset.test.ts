/**
 * The open dataset (/data/): the JSON validates against its published JSON Schema (ajv), the
 * CSV read by a maintained parser (csv-parse) says what the JSON says, and every edition the
 * site shows is in both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { DIST, isArticlePage, listPages, readPage } from '../support/built-site.ts';
import { EDITION_COLUMNS, type Dataset } from '../../src/pure/dataset.ts';
import { editionId } from '../../src/pure/exercises.ts';

const text = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
const dataset = JSON.parse(text('exercises.json')) as Dataset;
const csv = text('editions.csv');
const records = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
const editions = dataset.series.flatMap((series) => series.editions.map((edition) => ({ series, edition })));

describe('the open dataset', () => {
  it('validates against its own JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(text('exercises.schema.json')) as object);
    expect(validate(dataset), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ ...dataset, series: [{ name: 'No editions' }] })).toBe(false);
  });

  it('states its licence, its version and where it lives', () => {
    expect(dataset.licence).toEqual({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
    // The release it is (content/releases/); tests/site/releases.test.ts checks which.
    expect(dataset.version).toMatch(/^\d+\.\d+(\+unreleased)?$/);
    expect(dataset.commit).not.toBe('');
    expect(new URL(dataset.url).pathname.endsWith('/data/')).toBe(true);
  });

  it('gives each note an edition cites, with its number and the source’s address where the note has one', () => {
    for (const { series, edition } of editions) {
      for (const label of edition.notes) {
        const note = dataset.notes[series.article]?.[label];
        expect(note?.number, `${edition.label} [^${label}]`).toBeGreaterThan(0);
        if (note?.url) expect(() => new URL(note.url ?? '')).not.toThrow();
      }
    }
  });

  it('writes the CSV as RFC 4180 in UTF-8, with the documented columns', () => {
    expect(csv.split('\r\n')[0]).toBe(EDITION_COLUMNS.map(([name]) => name).join(','));
    // Outside quoted fields every line ends with CRLF, one per record and the header.
    const outside = csv.replace(/"[^"]*"/g, '');
    expect(outside.split('\r\n').length - 1).toBe(records.length + 1);
    expect(/[^\r]\n/.test(outside)).toBe(false);
    expect(csv).not.toContain('\uFFFD');
  });

  it('has one CSV row per edition of the JSON, saying the same', () => {
    expect(records).toHaveLength(editions.length);
    records.forEach((row, index) => {
      const { series, edition } = editions[index] ?? {};
      if (!series || !edition) throw new Error(`row ${index + 2} has no edition in the JSON`);
      // Roles left out of the data (a bilateral edition) are written resolved, as /data/ says.
      const roles = edition.roles ?? { india: edition.host === 'India' ? 'host' : 'participant', japan: edition.host === 'Japan' ? 'host' : 'participant' };
      expect(row).toMatchObject({
        series: series.name,
        edition: edition.label,
        edition_id: editionId(edition),
        number: edition.number?.toString() ?? '',
        year: String(edition.year),
        when: edition.when ?? '',
        start: edition.start ?? '',
        end: edition.end ?? '',
        format: edition.format ?? series.format,
        host: edition.host ?? '',
        host_unrecorded: edition.hostUnrecorded ?? '',
        india_role: roles.india,
        japan_role: roles.japan,
        status: edition.status ?? '',
        places: edition.places.map((place) => place.name).join('; '),
        notes: edition.notes.join('; '),
      });
      // Each note beside its own source's address, position for position.
      const urls = edition.notes.map((label) => dataset.notes[series.article]?.[label]?.url ?? '');
      expect(row['source_urls']?.split('; ')).toEqual(urls);
      expect(row['source_urls']?.split('; ')).toHaveLength(row['notes']?.split('; ').length ?? -1);
    });
  });

  it('holds every edition the site shows', () => {
    const shown = new Set(
      listPages()
        .filter((page) => isArticlePage(page.url))
        .flatMap((page) => selectAll('tr[id^="edition-"]', readPage(page).tree).map((row) => String(row.properties['id']))),
    );
    expect(shown.size).toBeGreaterThan(0);
    const inCsv = new Set(records.map((row) => row['edition_id']));
    const inJson = new Set(editions.map(({ edition }) => editionId(edition)));
    for (const id of shown) {
      expect(inCsv.has(id), id).toBe(true);
      expect(inJson.has(id), id).toBe(true);
    }
  });

  it('links each download from /data/', () => {
    const { tree } = readPage({ url: '/data/', file: 'data/index.html' });
    const links = selectAll('a[href]', tree).map((link) => String(link.properties['href']));
    for (const file of ['exercises.json', 'editions.csv', 'places.csv', 'edition-notes.csv', 'exercises.schema.json']) expect(links.some((href) => href.endsWith(`/data/${file}`)), file).toBe(true);
  });
});
