import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlFiles } from '../../src/loaders/yaml-files.ts';
import { EXERCISE_FILES } from '../../src/pure/content-names.ts';

const root = mkdtempSync(join(tmpdir(), 'yaml-loader-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
}

/** The part of Astro's loader context the loader uses, with an in-memory store. */
function context(store = new Map<string, Entry>(), parsed: string[] = []) {
  const value = {
    config: { root: pathToFileURL(`${root}/`) },
    generateDigest: (text: string) => `${String(text.length)}:${text}`,
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    store: { get: (id: string) => store.get(id), set: (entry: Entry) => store.set(entry.id, entry), keys: () => [...store.keys()], delete: (id: string) => store.delete(id) },
    logger: { error: () => undefined },
  };
  return { store, parsed, context: value as unknown as LoaderContext };
}

describe('the YAML files loader', () => {
  const folder = join(root, 'data');
  mkdirSync(folder);
  writeFileSync(join(folder, 'jimex.yaml'), 'name: JIMEX\nwhen: 2020-01-01\n');
  writeFileSync(join(folder, 'notes.txt'), 'not data\n');

  it('stores each .yaml file by its name, read as the lint reads it (an unquoted date stays text)', async () => {
    const { store, context: ctx } = context();
    await yamlFiles('data', EXERCISE_FILES).load(ctx);
    expect([...store.keys()]).toEqual(['jimex']);
    expect(store.get('jimex')).toMatchObject({ data: { name: 'JIMEX', when: '2020-01-01' }, filePath: 'data/jimex.yaml' });
  });

  it('parses nothing again for an unchanged file, and drops an entry whose file is gone', async () => {
    const first = context();
    await yamlFiles('data', EXERCISE_FILES).load(first.context);
    first.store.set('gone', { id: 'gone', data: {} });
    const again = context(first.store);
    await yamlFiles('data', EXERCISE_FILES).load(again.context);
    expect(again.parsed).toEqual([]);
    expect([...again.store.keys()]).toEqual(['jimex']);
  });

  it('holds no entries where the folder does not exist', async () => {
    const { store, context: ctx } = context();
    await yamlFiles('missing', EXERCISE_FILES).load(ctx);
    expect(store.size).toBe(0);
  });

  it('fails on a file that is not YAML, naming it', async () => {
    const bad = join(root, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'broken.yaml'), 'a: [1, 2\n');
    await expect(yamlFiles('bad', EXERCISE_FILES).load(context().context)).rejects.toThrow(/^bad\/broken\.yaml: not valid YAML/);
  });
});
