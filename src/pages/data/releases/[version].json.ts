import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleases } from '../../../data/site-releases.ts';
import { DATASET_LICENCE } from '../../../pure/dataset.ts';
import { releaseAnchor, withBase } from '../../../pure/paths.ts';
import { serializeSnapshot } from '../../../pure/release-snapshot.ts';
import type { KeptRelease } from '../../../pure/release-diff.ts';

/** One kept release, to download and cite by its version: the records as released, one a line. */
export const getStaticPaths = (() => getReleases().releases.map((release) => ({ params: { version: release.version }, props: { release } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ release: KeptRelease }> = ({ props: { release }, site }) => {
  const { snapshot, ...about } = release;
  const head = {
    title: 'India–Japan defence exercises: the exercise data',
    ...about,
    licence: DATASET_LICENCE,
    changes: new URL(`${withBase('data/changes/')}#${releaseAnchor(release.version)}`, site).href,
  };
  return new Response(serializeSnapshot(snapshot, head), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
