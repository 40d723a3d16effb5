/**
 * Serves the built app from DIST_DIR: hashed assets cached for a year, everything else
 * revalidated, and any other path without a file extension answered with index.html so that
 * client-side routes survive a reload. Text files are sent brotli- or gzip-compressed when the
 * browser accepts it, each compressed once and kept in memory (the app is a few files).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { HttpError } from './http-util';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.map',
  '.svg',
  '.txt',
]);
/** Below this a compressed answer saves less than its headers cost. */
const COMPRESS_MIN_BYTES = 1024;
/** Compressed files kept; more than a built app has, so it only bounds a misconfigured DIST_DIR. */
const CACHE_LIMIT = 500;

type Encoding = 'br' | 'gzip';

/** The best encoding the request accepts (brotli before gzip), or null. */
function chooseEncoding(req: IncomingMessage): Encoding | null {
  const header = req.headers['accept-encoding'];
  if (typeof header !== 'string') return null;
  const accepted = new Map(
    header.split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return [name.trim(), q === undefined ? 1 : Number(q)] as const;
    }),
  );
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

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
  // Promises, so that requests arriving during the first compression share it.
  const compressed = new Map<string, Promise<Buffer>>();

  /** The file compressed with `encoding`, from memory after the first time. */
  function compressedBody(path: string, etag: string, encoding: Encoding): Promise<Buffer> {
    const key = `${encoding}:${etag}:${path}`;
    const cached = compressed.get(key);
    if (cached !== undefined) return cached;
    const body = readFile(path).then((raw) =>
      encoding === 'br'
        ? brotliAsync(raw, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: 11,
              [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
        : gzipAsync(raw, { level: 9 }),
    );
    if (compressed.size >= CACHE_LIMIT) compressed.clear();
    compressed.set(key, body);
    // A failed read is not kept: the next request tries again.
    body.catch(() => compressed.delete(key));
    return body;
  }

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
    const extension = extname(file.path).toLowerCase();
    const compressible = COMPRESSIBLE.has(extension) && file.size >= COMPRESS_MIN_BYTES;
    const encoding = compressible ? chooseEncoding(req) : null;
    const version = `${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}`;
    // Each encoding is its own representation, with its own validator.
    const etag = `W/"${version}${encoding === null ? '' : `-${encoding}`}"`;
    const headers: Record<string, string | number> = {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(servedPath),
      ETag: etag,
      ...(compressible && { Vary: 'Accept-Encoding' }),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    if (encoding !== null) {
      const body = await compressedBody(file.path, etag, encoding);
      res.writeHead(200, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': body.length,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
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
