import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkYaml } from '../../src/content-lint/yaml-check.ts';
import { readYaml } from '../../src/pure/read-yaml.ts';

describe('the site’s one YAML reader', () => {
  it('leaves an unquoted date as written, so a text field holding one is text', () => {
    expect(readYaml('when: 2020-01-01\nyear: 2020\n')).toEqual({ when: '2020-01-01', year: 2020 });
    const { data, problems } = checkYaml('when: 2020-01-01\n', z.strictObject({ when: z.string() }), 'Data');
    expect(problems).toEqual([]);
    expect(data).toEqual({ when: '2020-01-01' });
  });

  it('reads the same data the lint checked', () => {
    const text = 'name: &n JIMEX\nalso: *n\nlist: [1, two]\n';
    expect(readYaml(text)).toEqual(checkYaml(text, z.unknown(), 'Data').written?.data);
  });

  it('refuses text that is not YAML, saying so', () => {
    expect(() => readYaml('a: [1, 2\n')).toThrow(/^not valid YAML: /);
  });

  it('reads an empty document as no fields', () => {
    expect(readYaml('')).toEqual({});
  });
});
