/**
 * Problems the research desk found with a source's address as the documents give it, by
 * source key (see citation.ts). The bibliography marks these sources, so a reader whose
 * link fails knows why.
 */
export const SOURCE_FLAGS: ReadonlyMap<string, string> = new Map([
  [
    'eurasiantimes.com/india-japan-ink-agreement-to',
    'The MP-IDSA paper gives this address with an advertising fragment (#google_vignette) attached, removed here; the address may be cut short.',
  ],
]);
