/**
 * The dataset's releases on the built site: /data/changes.json says what the kept snapshots
 * (content/releases/) say, release by release; every kept release downloads at its address
 * with its records as released; exercises.json, /data/ and /data/changes/ name the same version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { readCurrentSnapshot, readReleases } from '../../src/corpus/release-files.ts';
import { DATASET_LICENCE, type Dataset } from '../../src/pure/dataset.ts';
import { editionId } from '../../src/pure/exercises.ts';
import { changelog, diffSnapshots, isUnchanged } from '../../src/pure/release-diff.ts';
import { BASE, DIST, readPage } from '../support/built-site.ts';

const json = (file: string) => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as Record<string, unknown>;
const releases = readReleases();
const changes = json('changes.json') as { version: string; unreleased: unknown; releases: Record<string, unknown>[] };
const dataset = json('exercises.json') as unknown as Dataset;
const hrefs = (url: string, file: string) => selectAll('a[href]', readPage({ url, file }).tree).map((a) => String(a.properties['href']));

describe('the changelog and the releases', () => {
  it('lists every kept release, newest first, with what its snapshot changed against the one before', () => {
    expect(releases.length).toBeGreaterThan(0);
    expect(changes.releases.map((release) => release['version'])).toEqual(releases.map((release) => release.version));
    changelog(releases).forEach((entry, index) => {
      const published = changes.releases[index] ?? {};
      expect(published['changes'], `release ${entry.version}`).toEqual(entry.changes);
      expect(published).toMatchObject({ version: entry.version, date: entry.date, summary: entry.summary });
      expect(published['removed']).toEqual(entry.removed);
    });
  });

  it('names the data’s version, and holds unreleased changes exactly when the data differs from the newest release', () => {
    const diff = diffSnapshots(releases[0]?.snapshot ?? { series: {}, editions: {}, sources: {} }, readCurrentSnapshot());
    expect(changes.unreleased).toEqual(isUnchanged(diff) ? null : diff);
    expect(changes.version).toBe(`${releases[0]?.version}${isUnchanged(diff) ? '' : '+unreleased'}`);
    expect(dataset.version).toBe(changes.version);
  });

  it('serves every kept release at /data/releases/<version>.json, its records as released', () => {
    for (const release of releases) {
      const file = join(DIST, 'data', 'releases', `${release.version}.json`);
      expect(existsSync(file), file).toBe(true);
      const download = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expect(download).toMatchObject({ version: release.version, date: release.date, summary: release.summary, licence: DATASET_LICENCE });
      expect({ series: download['series'], editions: download['editions'], sources: download['sources'] }).toEqual(release.snapshot);
      const link = `${BASE}data/releases/${release.version}.json`;
      expect(changes.releases.find((entry) => entry['version'] === release.version)?.['download']).toMatch(new RegExp(`${link.replaceAll('.', '\\.')}$`));
      expect(hrefs(`${BASE}data/`, 'data/index.html'), `/data/ links to ${link}`).toContain(link);
      expect(hrefs(`${BASE}data/changes/`, 'data/changes/index.html'), `/data/changes/ links to ${link}`).toContain(link);
    }
  });

  it('publishes each series’ and edition’s stable id in exercises.json', () => {
    const current = readCurrentSnapshot();
    expect(dataset.series.map((series) => series.id).sort()).toEqual(Object.keys(current.series));
    for (const series of dataset.series) for (const edition of series.editions) expect(edition.id).toBe(editionId(edition));
  });

  it('links the changed editions to their rows and sources to their entries', () => {
    const links = hrefs(`${BASE}data/changes/`, 'data/changes/index.html');
    expect(links.some((href) => /\/articles\/[a-z0-9-]+\/#edition-[a-z0-9-]+$/.test(href))).toBe(true);
    expect(links.some((href) => /\/sources\/(\d+\/)?#source-/.test(href))).toBe(true);
    expect(hrefs(`${BASE}data/`, 'data/index.html')).toContain(`${BASE}data/changes/`);
  });
});
