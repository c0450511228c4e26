/**
 * Content loader for a folder of YAML files (exercise data, source records), one entry per
 * file, the id its name. It reads them as the content lint does (src/pure/read-yaml.ts), not
 * with Astro's `glob()` loader, whose YAML reader turns an unquoted date into a Date and
 * reads some text the lint's reader refuses: one reader, so what was checked is what is built.
 */
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readYaml } from '../pure/read-yaml.ts';
import { judgeName, type ContentKind } from '../pure/content-names.ts';
import { listContent, readContentOrThrow } from '../corpus/content-files.ts';

/** A file's entry id: its name without the extension. */
const idOf = (name: string): string => name.slice(0, name.lastIndexOf('.'));

async function loadFile(context: LoaderContext, folder: string, name: string, kind: ContentKind): Promise<string> {
  const absolute = join(folder, name);
  const filePath = relative(fileURLToPath(context.config.root), absolute).replace(/\\/g, '/');
  const text = readContentOrThrow(folder, name, kind, filePath);
  const id = idOf(name);
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

/** Every file of `kind` directly in `folder` (relative to the project root), one entry each:
 * the files the content lint read (src/corpus/content-files.ts). */
export function yamlFiles(folder: string, kind: ContentKind): Loader {
  return {
    name: 'site:yaml-files',
    load: async (context) => {
      const absolute = fileURLToPath(new URL(folder.endsWith('/') ? folder : `${folder}/`, context.config.root));
      const ids = new Set<string>();
      for (const name of listContent(absolute, kind).names) ids.add(await loadFile(context, absolute, name, kind));
      for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
      // `astro dev`: reload a file when it is saved, added or removed.
      const inFolder = (path: string): boolean => relative(absolute, path) === basename(path) && 'read' in judgeName(basename(path), kind);
      const reload = (path: string): void => {
        if (inFolder(path)) loadFile(context, absolute, basename(path), kind).catch((error: unknown) => context.logger.error(String(error)));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', (path) => {
        if (inFolder(path)) context.store.delete(idOf(basename(path)));
      });
    },
  };
}
