/**
 * Small HTTP helpers on node:http: JSON answers (gzip when worth it), error bodies with codes and
 * never a stack trace, a size-limited body reader, cookies and the client address.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { z } from 'zod';
import type { ErrorCode } from '@/domain/sync/protocol';

/** A failure to answer with `status` and a JSON body `{error: code, message, ...extra}`. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/** Bodies smaller than this go uncompressed: gzip would not pay for its header. */
const GZIP_MIN_BYTES = 1024;

export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string | string[]>> = {},
): void {
  sendBody(req, res, status, Buffer.from(JSON.stringify(body)), { ...JSON_HEADERS, ...headers });
}

/** Answers `payload` with `headers`, gzip-compressed when the client accepts it and it pays. */
export function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  payload: Buffer,
  headers: Readonly<Record<string, string | string[]>>,
): void {
  const out: Record<string, string | string[] | number> = { ...headers, Vary: 'Accept-Encoding' };
  let body = payload;
  if (body.length >= GZIP_MIN_BYTES && acceptsGzip(req)) {
    body = gzipSync(body);
    out['Content-Encoding'] = 'gzip';
  }
  out['Content-Length'] = body.length;
  res.writeHead(status, out);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function acceptsGzip(req: IncomingMessage): boolean {
  const header = req.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b/.test(header);
}

export function sendError(req: IncomingMessage, res: ServerResponse, error: HttpError): void {
  sendJson(
    req,
    res,
    error.status,
    { error: error.code, message: error.message, ...error.extra },
    error.headers,
  );
}

/**
 * Reads the body up to `limit` bytes. Past the limit it answers 413 after draining what the
 * client sends (so the client reads the answer instead of a reset), up to a hard cap.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () =>
    new HttpError(
      413,
      'PayloadTooLarge',
      `The body is larger than ${limit} bytes`,
      { limit },
      { Connection: 'close' },
    );
  const declared = Number(req.headers['content-length'] ?? NaN);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (over) {
        if (size > 16 * limit) req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new HttpError(400, 'BadRequest', 'The request body was cut short'));
    });
  });
}

/** Parses a JSON body; 415 unless it is declared JSON, 400 InvalidJson when it does not parse. */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new HttpError(415, 'UnsupportedMediaType', 'Send Content-Type: application/json');
  }
  const body = await readBody(req, limit);
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'InvalidJson', 'The body is not valid JSON');
  }
}

/** `body` checked against `schema`; 400 BadRequest naming the first problems otherwise. */
export function parseWith<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ');
    throw new HttpError(400, 'BadRequest', detail, {
      fields: parsed.error.issues.map((i) => i.path.join('.')),
    });
  }
  return parsed.data;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      // A malformed cookie is ignored, as browsers do.
    }
  }
  return cookies;
}

/** The client address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim() !== '') {
    return forwarded.split(',')[0]!.trim();
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** Whether the client reached us over HTTPS (directly or through a trusted proxy). */
export function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ('encrypted' in req.socket && req.socket.encrypted === true) return true;
  return trustProxy && req.headers['x-forwarded-proto'] === 'https';
}
