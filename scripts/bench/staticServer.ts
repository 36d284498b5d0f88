import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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

const gzipCache = new Map<string, number>();

/** Serves `root` on a free localhost port; `/a/` serves `/a/index.html`. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const bytes = statSync(file).size;
    let gzipBytes = gzipCache.get(file);
    if (gzipBytes === undefined) gzipCache.set(file, (gzipBytes = gzipSync(readFileSync(file)).length));
    log.push({ path, bytes, gzipBytes });
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
    createReadStream(file).pipe(res);
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
