/**
 * A static file server on 127.0.0.1 for test pages: our fixtures, the demo article, and the
 * shared corpus when it exists. Pages are served as saved; `?strip=scripts` removes scripts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
export const CORPUS = process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(join(CORPUS, 'pages'));

const MOUNTS: Record<string, string> = {
  fixtures: join(ROOT, 'tests', 'fixtures'),
  demo: join(ROOT, 'demo'),
  corpus: CORPUS,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Removes the page's own code: script elements, inline event handlers, srcdoc frames. */
export function stripScripts(html: string): string {
  let out = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
  // Inline handlers and srcdoc documents (whose scripts would run and touch the parent).
  const handler = /(<[a-z][^<>]*?)\s+(?:on[a-z]+|srcdoc)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(handler, '$1');
  }
  return out;
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  /** Serve a one-off HTML string at a path (for tests that build their own page). */
  put(path: string, html: string): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const dynamic = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(u.pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    const body = dynamic.get(path);
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(body);
      return;
    }
    const [, mount, ...rest] = path.split('/');
    const base = MOUNTS[mount];
    const file = base ? normalize(join(base, ...rest)) : '';
    if (!base || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    let data: Buffer | string = readFileSync(file);
    if (extname(file) === '.html' && u.searchParams.get('strip') === 'scripts') data = stripScripts(data.toString('utf8'));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(data);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    put: (p, html) => dynamic.set(p, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
