/**
 * A temporary copy of the project for a browser test that needs a second build from other content
 * (the hostile fixture, a synthetic national sample): the named entries copied, node_modules linked,
 * and a way to run Node scripts (astro) in it with the output kept for the error message.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Astro's command-line entry, run with the same Node as the tests. */
const ASTRO_BIN = path.join(REPO, 'node_modules/astro/bin/astro.mjs');
/** Builds are dated by SOURCE_DATE_EPOCH when CI sets it, else by a fixed day (2026-01-01): the copy is no git checkout. */
const EPOCH = process.env.SOURCE_DATE_EPOCH ?? '1767225600';

/** A copy of the project in a temporary folder. */
export interface ProjectCopy {
  root: string;
  /** Runs `astro <args>` in the copy (cwd: its root); rejects with the command's output if it exits non-zero. */
  astro(args: string[], env?: NodeJS.ProcessEnv): Promise<void>;
  /** Deletes the copy. */
  remove(): Promise<void>;
}

/** Copies `entries` (paths relative to the repository) into a new temporary folder named after `prefix`. */
export async function copyProject(prefix: string, entries: readonly string[]): Promise<ProjectCopy> {
  const root = await mkdtemp(path.join(tmpdir(), `machikurabe-${prefix}-`));
  for (const entry of entries) await cp(path.join(REPO, entry), path.join(root, entry), { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const astro = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [ASTRO_BIN, ...args], { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: EPOCH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro ${args.join(' ')} exited with ${code}:\n${output}`))));
    });
  return { root, astro, remove: () => rm(root, { recursive: true, force: true }) };
}
