/**
 * A small static server for the browser playground (`examples/playground/`). It serves, read-only:
 *
 * - `/` and every other path from `examples/playground/`;
 * - `/dist/…` from the library's build;
 * - `/node_modules/…` from the installed packages (for `zod`, `date-fns` and `immer`, reached through the page's
 *   import map).
 *
 * Nothing outside these three folders is reachable: the path is decoded and resolved, dot segments, dotfiles and
 * symbolic links that leave the folder are refused, and only GET and HEAD are answered. Every answer carries a
 * strict Content-Security-Policy; the page's inline import map is allowed by its hash.
 *
 * Run: `node scripts/playground-server.mjs [port]` (after `npm run build`), then open the printed address.
 * Import: `startPlaygroundServer({ port })` resolves to `{ url, close }`.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const mounts = [
  { prefix: '/dist/', dir: join(root, 'dist') },
  { prefix: '/node_modules/', dir: join(root, 'node_modules') },
  { prefix: '/', dir: join(root, 'examples', 'playground') },
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The CSP for a page: its own files only, plus the inline scripts (the import map) it carries, by hash. */
function policy(html) {
  const hashes = [...html.matchAll(/<script type="importmap">([\s\S]*?)<\/script>/g)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Maps a request path to a file inside one of the mounts, or `undefined` when it may not be served. */
async function locate(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const mount = mounts.find((candidate) => decoded.startsWith(candidate.prefix));
  if (mount === undefined) return undefined;
  const segments = decoded.slice(mount.prefix.length).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return undefined;
  const file = resolve(mount.dir, ...segments);
  if (!file.startsWith(mount.dir + sep)) return undefined;
  try {
    const [real, base] = await Promise.all([realpath(file), realpath(mount.dir)]);
    if (!real.startsWith(base + sep) || !(await stat(real)).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

async function handle(request, response) {
  const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    response.end('Method not allowed\n');
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const file = await locate(pathname);
  const type = file === undefined ? undefined : types[extname(file)];
  if (file === undefined || type === undefined) {
    response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    response.end('Not found\n');
    return;
  }
  const body = await readFile(file);
  headers['Content-Type'] = type;
  headers['Content-Length'] = body.length;
  headers['Content-Security-Policy'] = policy(type.startsWith('text/html') ? body.toString('utf8') : '');
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the server on 127.0.0.1.
 *
 * @param {{ port?: number }} [options] - The port; 0 (default) picks a free one.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startPlaygroundServer({ port = 0 } = {}) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startPlaygroundServer({ port: Number(process.argv[2] ?? 8080) });
  console.log(`Playground: ${url} (Ctrl+C to stop)`);
}
