import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { correctionsFileSchema, type Correction } from '../../../src/schemas/correction';
import { manifestSchema, type Manifest } from '../../../src/schemas/manifest';
import { IngestError } from '../../../src/core/IngestError';
import { parseYamlFile } from './parseYamlFile';

/** The name of the corrections file inside the seeds folder. */
export const CORRECTIONS_FILE = 'corrections.yaml';

/** A manifest with the paths of itself and its document. */
export interface LoadedManifest {
  manifest: Manifest;
  /** Manifest path from the repo root. */
  manifestFile: string;
  /** Source text path from the repo root. */
  sourceFile: string;
}

/**
 * Reads every `*.yaml` manifest in the seeds folder and checks that each names an existing
 * document and that each document has a manifest. Sorted by file name.
 */
export async function loadManifests(root: string, seedsDir = 'seeds'): Promise<LoadedManifest[]> {
  const dir = path.join(root, seedsDir);
  const names = (await readdir(dir)).sort();
  const texts = new Set(names.filter((n) => n.endsWith('.txt')));
  const loaded: LoadedManifest[] = [];
  for (const name of names.filter((n) => n.endsWith('.yaml') && n !== CORRECTIONS_FILE)) {
    const manifestFile = `${seedsDir}/${name}`;
    const manifest = parseYamlFile(manifestFile, await readFile(path.join(dir, name), 'utf8'), manifestSchema);
    if (!texts.has(manifest.source)) {
      throw new IngestError(manifestFile, 1, `its document ${seedsDir}/${manifest.source} to exist`, 'no such file');
    }
    loaded.push({ manifest, manifestFile, sourceFile: `${seedsDir}/${manifest.source}` });
  }
  const described = new Set(loaded.map((l) => l.manifest.source));
  for (const text of texts) {
    if (!described.has(text)) throw new IngestError(`${seedsDir}/${text}`, null, `a manifest (a .yaml file in ${seedsDir}/ whose source is ${text})`);
  }
  const ids = new Map<string, string>();
  for (const l of loaded) {
    const id = `${l.manifest.municipality}-${l.manifest.id}`;
    if (ids.has(id)) throw new IngestError(l.manifestFile, 1, `a plan id unique per municipality (also in ${ids.get(id)})`, l.manifest.id);
    ids.set(id, l.manifestFile);
  }
  return loaded;
}

/** Reads the corrections layer; an absent file means no corrections. */
export async function loadCorrections(root: string, seedsDir = 'seeds'): Promise<Correction[]> {
  const file = `${seedsDir}/${CORRECTIONS_FILE}`;
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    return [];
  }
  return parseYamlFile(file, text, correctionsFileSchema);
}
