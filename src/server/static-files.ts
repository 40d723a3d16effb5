/**
 * Serves the built app from DIST_DIR: hashed assets cached for a year, everything else
 * revalidated, and any other path without a file extension answered with index.html so that
 * client-side routes survive a reload.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { HttpError } from './http-util';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
} as const;

/** Vite puts content-hashed files under /assets/: they never change under one name. */
function cacheControl(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function createStaticHandler(distDir: string) {
  const root = resolve(distDir);

  async function fileAt(
    urlPath: string,
  ): Promise<{ path: string; size: number; mtimeMs: number } | null> {
    const path = resolve(join(root, urlPath));
    if (path !== root && !path.startsWith(root + sep)) return null;
    try {
      const s = await stat(path);
      return s.isFile() ? { path, size: s.size, mtimeMs: s.mtimeMs } : null;
    } catch {
      return null;
    }
  }

  /** Answers GET or HEAD of `pathname` (already known not to be an API path). */
  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(pathname);
    } catch {
      throw new HttpError(400, 'BadRequest', 'Malformed path');
    }
    if (urlPath.includes('\0') || urlPath.split('/').includes('..')) {
      throw new HttpError(400, 'BadRequest', 'Malformed path');
    }
    let file = urlPath.endsWith('/') ? null : await fileAt(urlPath);
    let servedPath = urlPath;
    if (file === null) {
      // A missing file with an extension is a real 404; anything else is a client route.
      if (extname(urlPath) !== '' && !urlPath.endsWith('.html')) {
        throw new HttpError(404, 'NotFound', 'No such file');
      }
      file = await fileAt('/index.html');
      servedPath = '/index.html';
      if (file === null) {
        throw new HttpError(
          404,
          'NotFound',
          `The app is not built: no index.html in ${distDir} (run npm run build)`,
        );
      }
    }
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(servedPath),
      ETag: etag,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': file.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file.path).pipe(res);
  };
}
