/**
 * Serves a built site with `astro preview` on a free localhost port: the browser tests' shared
 * server over dist/ (test/support/previewServer.ts), the hostile-fixture test and the Lighthouse bench.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ASTRO_BIN = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

/** A running preview server. */
export interface Preview {
  /** Site root URL with base path and trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  /** Ends the server and waits for it to exit. */
  stop: () => Promise<void>;
}

/** Where and what to serve. */
export interface PreviewOptions {
  /** Project root (its dist/ is served). */
  root: string;
  /** Config file relative to the root, when not astro.config.mjs. */
  config?: string | undefined;
  /** Base path the site was built with (BASE_PATH), default `/`. */
  base?: string | undefined;
}

/** Asks the OS for an unused TCP port on localhost. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('could not read the free port'))));
    });
  });
}

/** Polls a URL until it answers 200, the process dies, or the timeout passes. */
async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${START_TIMEOUT_MS / 1000}s`);
}

/** Ends a child process (by its own handle) and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts `astro preview` for a built project, run from its root with the same Node as the caller
 * (under `npm run`, the pinned Node 24 Astro needs). `--ignore-lock` lets it run beside another preview.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const port = await freePort();
  const args = [ASTRO_BIN, 'preview', '--root', options.root, '--host', HOST, '--port', String(port), '--ignore-lock'];
  if (options.config) args.push('--config', options.config);
  const child = spawn(process.execPath, args, { cwd: options.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = (options.base ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  const url = `http://${HOST}:${port}${base}`;
  try {
    await waitUntilServing(url, child);
  } catch (error) {
    await stop(child);
    throw new Error(`astro preview did not start: ${(error as Error).message}\n${output}`);
  }
  return { url, stop: () => stop(child) };
}
