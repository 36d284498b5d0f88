import path from 'node:path';

/** The environment variable that points the build at another content folder (a synthetic data set). */
export const CONTENT_ENV = 'MACHIKURABE_CONTENT';

/** The committed content folder, from the repository root. */
export const DEFAULT_CONTENT_DIR = 'content';

/** Where the build reads its data from. */
export interface ContentLocation {
  /** The content folder as the loaders name it: relative to the root as given, or absolute (`content`, `tmp/national`). */
  dir: string;
  /** Whether it is the committed `content/` (whose source texts lie in seeds/ beside it). */
  committed: boolean;
  /** The folder that a record's `source.file` (`seeds/….txt`) is a path from: the root for `content/`, else the content folder itself. */
  sourceRoot: string;
  /**
   * Astro's cache folder (its content data store) for this folder: Astro's default for content/,
   * else `<dir>/.astro-cache`, so that a build of a synthetic set never shares a data store with a
   * build of the real one, even while both run.
   */
  cacheDir: string | undefined;
}

/**
 * The content folder of this build: `MACHIKURABE_CONTENT`, else `content`. The committed folder's
 * source texts are the repository's seeds/; any other folder carries its own, so a data set is one
 * folder. `contentLocation({ MACHIKURABE_CONTENT: 'tmp/national' }, '/repo')` →
 * { dir: 'tmp/national', committed: false, sourceRoot: '/repo/tmp/national', cacheDir: '/repo/tmp/national/.astro-cache' }.
 */
export function contentLocation(env: NodeJS.ProcessEnv = process.env, root: string = process.cwd()): ContentLocation {
  const dir = env[CONTENT_ENV]?.trim() || DEFAULT_CONTENT_DIR;
  const absolute = path.resolve(root, dir);
  const committed = absolute === path.resolve(root, DEFAULT_CONTENT_DIR);
  return { dir, committed, sourceRoot: committed ? path.resolve(root) : absolute, cacheDir: committed ? undefined : path.join(absolute, '.astro-cache') };
}

/** A file of the content folder, as the loaders name it: `contentFile('plans.json')` → 'content/plans.json'. */
export function contentFile(name: string, location: ContentLocation = contentLocation()): string {
  return path.join(location.dir, name);
}
