import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the server sent: its path, raw size and size once gzipped (what a static host like GitHub Pages sends). */
export interface Served {
  path: string;
  bytes: number;
  gzipBytes: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A static file server over a built site that logs every file it sends, for counting bytes. */
export interface StaticServer {
  url: string;
  log: Served[];
  close(): Promise<void>;
}

/** A file as a static host keeps it: the raw bytes and their gzipped form. */
interface Cached {
  raw: Buffer;
  gzip: Buffer;
}

/**
 * Serves `root` on a free localhost port; `/a/` serves `/a/index.html`. Like GitHub Pages, it
 * sends files gzipped to a browser that accepts gzip and from memory once read (gzipped once per
 * file), so that what a benchmark times is the page's work, not this server's.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const log: Served[] = [];
  const cache = new Map<string, Cached>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let cached = cache.get(file);
    if (!cached) {
      if (!existsSync(file)) return void res.writeHead(404).end();
      const raw = readFileSync(file);
      cache.set(file, (cached = { raw, gzip: gzipSync(raw) }));
    }
    log.push({ path, bytes: cached.raw.length, gzipBytes: cached.gzip.length });
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(gzip ? cached.gzip : cached.raw);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
