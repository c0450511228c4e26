import type { APIRoute } from 'astro';
import { getReleases } from '../../data/site-releases.ts';
import { DATASET_LICENCE } from '../../pure/dataset.ts';
import { releasePath, withBase } from '../../pure/paths.ts';

/** The changelog as data: every kept release, newest first, with what it added, removed and
 * changed against the one before, and what the data holds that no release has yet. */
export const GET: APIRoute = ({ site }) => {
  const { entries, unreleased, version } = getReleases();
  const changelog = {
    title: 'India–Japan defence exercises: changes to the data',
    version,
    licence: DATASET_LICENCE,
    url: new URL(withBase('data/changes/'), site).href,
    unreleased: unreleased ?? null,
    releases: entries.map(({ changes, ...release }) => ({ ...release, download: new URL(releasePath(release.version), site).href, changes })),
  };
  return new Response(`${JSON.stringify(changelog, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
