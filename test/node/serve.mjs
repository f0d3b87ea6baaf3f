/**
 * A static server for the embedding tests: every answer carries the strict
 * Content-Security-Policy that a ministry or municipal site may set.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // What an old CMS serves: a page in windows-1251, a script with no charset at all.
  '.cp1251': 'text/html; charset=windows-1251',
  '.nocharset': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * A file under a folder route: a route whose path ends in `/` maps to
 * `{ folder, type? }`, a folder served under that path, with one content type
 * for all its files if `type` is given.
 */
function folderRoute(routes, pathname) {
  const prefix = Object.keys(routes).find((key) => key.endsWith('/') && pathname.startsWith(key));
  if (!prefix) return undefined;
  const { folder, type } = routes[prefix];
  return { folder, type, file: join(folder, normalize(pathname.slice(prefix.length))) };
}

/**
 * Serves `root` (with `routes` by path before it: a file's path, or a folder
 * route) on a free port; a POST to
 * /submit answers with the fields it received, as a site's form handler would.
 */
export async function serve(root, routes = {}) {
  const received = [];
  const server = createServer((request, response) => {
    const headers = { 'content-security-policy': CSP };
    const url = new URL(request.url, 'http://localhost');

    if (request.method === 'POST' && url.pathname === '/submit') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const fields = Object.fromEntries(new URLSearchParams(body));
        received.push(fields);
        const escaped = JSON.stringify(fields).replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
        response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        response.end(
          '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Получено</title>' +
            `<link rel="icon" href="/favicon.svg"></head><body><pre>${escaped}</pre></body></html>`,
        );
      });
      return;
    }

    const route = routes[url.pathname] ?? folderRoute(routes, url.pathname);
    const file =
      typeof route === 'string'
        ? route
        : (route?.file ??
          join(root, normalize(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (typeof route !== 'string' && !file.startsWith(route?.folder ?? root)) {
      return response.writeHead(403, headers).end();
    }
    if (!existsSync(file) || !statSync(file).isFile())
      return response.writeHead(404, headers).end();
    const type = route?.type ?? TYPES[extname(file)] ?? 'text/plain';
    response.writeHead(200, { ...headers, 'content-type': type });
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
