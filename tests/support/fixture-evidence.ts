/** The source records the fixture articles cite (tests/fixtures/sources), every note held to them. */
export const FIXTURE_EVIDENCE = { sourcesDir: 'tests/fixtures/sources', required: true };

/** A generated corpus (the benchmarks' articles), whose notes name their sources in prose. */
export const GENERATED_EVIDENCE = { sourcesDir: 'tests/fixtures/no-sources', required: false };
