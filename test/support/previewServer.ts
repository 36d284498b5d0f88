/**
 * Vitest globalSetup for the browser project: serves the production build in dist/
 * with `astro preview` on a free localhost port, hands its URL to the tests as
 * `inject('baseUrl')`, and stops it afterwards. Build first: `npm run build`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the site root on the preview server, with base path and trailing slash. */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

/** Starts the preview server; the returned function stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${root}dist/index.html`)) {
    throw new Error('dist/index.html is missing: run `npm run build` before the browser tests.');
  }
  const port = await freePort();
  // Same Node as Vitest: under `npm run`/`npx` that is the pinned Node 24 Astro needs.
  const child = spawn(
    process.execPath,
    // --ignore-lock: a developer's own `npm start` preview must not stop the tests.
    [astroBin, 'preview', '--host', HOST, '--port', String(port), '--ignore-lock'],
    { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const base = (process.env.BASE_PATH ?? '/').replace(/^\/*/, '/').replace(/\/*$/, '/');
  const baseUrl = `http://${HOST}:${port}${base}`;
  try {
    await waitUntilServing(baseUrl, child);
  } catch (error) {
    await stop(child);
    throw new Error(`astro preview did not start: ${(error as Error).message}\n${output}`);
  }
  project.provide('baseUrl', baseUrl);
  return () => stop(child);
}

/** Asks the OS for an unused TCP port on localhost. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('could not read the free port')),
      );
    });
  });
}

/** Polls the site root until it answers 200, the process dies, or the timeout passes. */
async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url} within ${START_TIMEOUT_MS / 1000}s`);
}

/** Ends the preview server and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
