import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { processTreeRss } from './processTreeRss';

/** One timed build. */
export interface BuildRun {
  /** Wall-clock milliseconds from start to exit. */
  wallMs: number;
  /** Highest resident memory of the build's process tree seen, in bytes (sampled every 200 ms). */
  peakRss: number;
  /** Exit code (null when killed by a signal, e.g. out of memory). */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Where the build's output went. */
  log: string;
}

/**
 * Runs `astro build --outDir <outDir>` under this Node with extra environment, its output written to
 * `log`, timing it and sampling the memory of its process tree. Resolves when it exits, whatever the outcome.
 */
export function timeBuild(outDir: string, env: NodeJS.ProcessEnv, log: string): Promise<BuildRun> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let peakRss = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRss = Math.max(peakRss, processTreeRss(child.pid));
  };
  const timer = setInterval(sample, 200);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ wallMs: performance.now() - started, peakRss, code, signal, log });
    });
  });
}
