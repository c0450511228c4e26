/**
 * Content loader for a folder of YAML files (exercise data, source records), one entry per
 * file, the id its name. It reads them as the content lint does (src/pure/read-yaml.ts), not
 * with Astro's `glob()` loader, whose YAML reader turns an unquoted date into a Date and
 * reads some text the lint's reader refuses: one reader, so what was checked is what is built.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readYaml } from '../pure/read-yaml.ts';

const isYaml = (name: string): boolean => name.toLowerCase().endsWith('.yaml');

async function loadFile(context: LoaderContext, folder: string, name: string): Promise<string> {
  const absolute = join(folder, name);
  const filePath = relative(fileURLToPath(context.config.root), absolute).replace(/\\/g, '/');
  const text = await readFile(absolute, 'utf8');
  const id = basename(name).slice(0, -'.yaml'.length);
  const digest = context.generateDigest(text);
  // Unchanged since the last build: the stored entry stands, and nothing is parsed again.
  if (context.store.get(id)?.digest === digest) return id;
  let raw: unknown;
  try {
    raw = readYaml(text);
  } catch (error) {
    throw new Error(`${filePath}: ${error instanceof Error ? error.message : String(error)}. Run npm run lint:content for its line and column.`, { cause: error });
  }
  const data = await context.parseData({ id, data: raw as Record<string, unknown>, filePath });
  context.store.set({ id, data, filePath, digest });
  return id;
}

/** The folder's file names; none where there is no folder (a corpus without source records,
 * as the benchmarks build), as Astro's own loaders treat a missing folder. */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every `.yaml` file directly in `folder` (relative to the project root), one entry each. */
export function yamlFiles(folder: string): Loader {
  return {
    name: 'site:yaml-files',
    load: async (context) => {
      const absolute = fileURLToPath(new URL(folder.endsWith('/') ? folder : `${folder}/`, context.config.root));
      const ids = new Set<string>();
      for (const name of (await namesIn(absolute)).filter(isYaml)) ids.add(await loadFile(context, absolute, name));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      // `astro dev`: reload a file when it is saved, added or removed.
      const inFolder = (path: string): boolean => path.startsWith(absolute) && isYaml(path);
      const reload = (path: string): void => {
        if (inFolder(path)) loadFile(context, absolute, relative(absolute, path)).catch((error: unknown) => context.logger.error(String(error)));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        if (inFolder(path)) context.store.delete(basename(path).slice(0, -'.yaml'.length));
      });
    },
  };
}
