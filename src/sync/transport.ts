/**
 * The HTTP side of sync (docs/sync-protocol.md): push, pull, status and the session endpoints
 * over fetch. Every answer is validated with the protocol's zod schemas, and every failure comes
 * back as a typed result: nothing here throws.
 */
import type { z } from 'zod';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  errorBodySchema,
  pullResponseSchema,
  pushResponseSchema,
  sessionResponseSchema,
  statusResponseSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SessionResponse,
  type StatusResponse,
} from '@/domain/sync/protocol';
import { keyField } from '@/domain/entities';
import { ROW_SCHEMAS } from '@/domain/sync/row-schemas';

/** Why a request did not give a usable answer. */
export type TransportFailure =
  /** No answer: offline, DNS, connection reset, timeout. Retry with backoff. */
  | { readonly kind: 'network'; readonly message: string }
  /** 5xx: transient on the server. Retry with backoff. */
  | { readonly kind: 'server'; readonly status: number }
  /** 401: sign in again; keep everything. */
  | {
      readonly kind: 'unauthorized';
      readonly code: 'Unauthenticated' | 'SessionExpired' | 'InvalidCredentials';
    }
  /** 403: this account may not use the space, or the clientId is another user's. */
  | { readonly kind: 'forbidden'; readonly code: 'Forbidden' | 'ClientOwnedByAnotherUser' }
  /** 409 MutationGap: re-send from `expected`. */
  | { readonly kind: 'gap'; readonly expected: number }
  /** 410 ResetRequired: pull again from zero, keep the outbox. */
  | { readonly kind: 'reset'; readonly reason: string | null; readonly dbEpoch: string | null }
  /** 413: the body was too large: send smaller batches. */
  | { readonly kind: 'tooLarge'; readonly limit: number | null }
  /** 426: this app is too old (or too new) for the server: update, keep the outbox. */
  | {
      readonly kind: 'updateRequired';
      readonly versionType: 'protocol' | 'schema' | null;
      readonly supported: readonly number[];
    }
  /** 429 (sign-in only): wait `retryAfterSeconds`. */
  | { readonly kind: 'rateLimited'; readonly retryAfterSeconds: number | null }
  /** Any other 4xx: a bug of this client; retrying the same request will not help. */
  | {
      readonly kind: 'badRequest';
      readonly status: number;
      readonly code: string | null;
      readonly message: string;
    }
  /** A 2xx whose body does not match the protocol. */
  | { readonly kind: 'invalidResponse'; readonly message: string };

export type TransportResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly failure: TransportFailure };

/** The pull query (docs/sync-protocol.md §5). */
export interface PullParams {
  readonly since: number;
  readonly limit: number;
  readonly clientId: string;
  readonly schemaVersion: number;
  /** Required when `since > 0`. */
  readonly dbEpoch?: string | null;
}

/** What the sync engine and the sign-in UI need from the server. */
export interface SyncTransport {
  readonly serverUrl: string;
  push(space: string, body: PushRequest): Promise<TransportResult<PushResponse>>;
  pull(space: string, params: PullParams): Promise<TransportResult<PullResponse>>;
  status(space: string): Promise<TransportResult<StatusResponse>>;
  signIn(username: string, password: string): Promise<TransportResult<SessionResponse>>;
  signOut(): Promise<TransportResult<null>>;
  session(): Promise<TransportResult<SessionResponse>>;
  /** The URL of the space's server-sent-events stream (authenticated by the session cookie). */
  eventsUrl(space: string): string;
  /**
   * Any other JSON endpoint of the server (`/api/accounts`...), with the session's token and the
   * same failures; the answer is checked against `schema`. Absent on test doubles that do not
   * serve such endpoints.
   */
  json?<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
  ): Promise<TransportResult<T>>;
}

export interface FetchTransportOptions {
  /** The server's origin, e.g. 'https://vuosikello.example.fi' ('' for the app's own origin). */
  readonly serverUrl: string;
  readonly fetch?: typeof fetch;
  /** Abort a request after this long (default 30 s): a hung request counts as a network error. */
  readonly timeoutMs?: number;
  /**
   * A bearer token to send (e.g. for Node clients). Browsers use the httpOnly session cookie;
   * the token of a sign-in is also kept in memory and sent from then on.
   */
  readonly token?: string | null;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** A transport over fetch. */
export function createFetchTransport(options: FetchTransportOptions): SyncTransport {
  const serverUrl = options.serverUrl.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let token = options.token ?? null;
  const spacePath = (space: string, action: string) =>
    `/sync/v1/spaces/${encodeURIComponent(space)}/${action}`;

  async function request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    parse: (json: unknown) => TransportResult<T>,
  ): Promise<TransportResult<T>> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token !== null) headers['Authorization'] = `Bearer ${token}`;
    let res: Response;
    let text: string;
    try {
      res = await fetchImpl(`${serverUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(timeoutMs),
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      text = await res.text();
    } catch (error) {
      return fail({ kind: 'network', message: error instanceof Error ? error.message : 'failed' });
    }
    if (res.status === 204) return parse(null);
    let json: unknown = undefined;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      // Not JSON: a proxy's error page, or a broken answer; judged by the status below.
    }
    if (res.ok) {
      return json === undefined
        ? fail({ kind: 'invalidResponse', message: `HTTP ${res.status}: not JSON` })
        : parse(json);
    }
    return fail(failureOf(res, json));
  }

  return {
    serverUrl,
    push: (space, body) =>
      request('POST', spacePath(space, 'push'), body, (json) => validate(pushResponseSchema, json)),
    pull: (space, params) => {
      const query = new URLSearchParams({
        since: String(params.since),
        limit: String(params.limit),
        clientId: params.clientId,
        schemaVersion: String(params.schemaVersion),
      });
      if (params.dbEpoch) query.set('dbEpoch', params.dbEpoch);
      return request('GET', `${spacePath(space, 'pull')}?${query}`, undefined, validatePull);
    },
    status: (space) =>
      request('GET', spacePath(space, 'status'), undefined, (json) =>
        validate(statusResponseSchema, json),
      ),
    signIn: async (username, password) => {
      const result = await request('POST', '/api/session', { username, password }, (json) =>
        validate(sessionResponseSchema, json),
      );
      if (result.ok && result.value.token !== undefined) token = result.value.token;
      return result;
    },
    signOut: async () => {
      const result = await request('DELETE', '/api/session', undefined, () => ok(null));
      token = null;
      return result;
    },
    session: () =>
      request('GET', '/api/session', undefined, (json) => validate(sessionResponseSchema, json)),
    eventsUrl: (space) => `${serverUrl}${spacePath(space, 'events')}`,
    json: (method, path, body, schema) =>
      request(method, path, body, (json) => validate(schema, json)),
  };
}

function ok<T>(value: T): TransportResult<T> {
  return { ok: true, value };
}

function fail<T>(failure: TransportFailure): TransportResult<T> {
  return { ok: false, failure };
}

function validate<T>(schema: z.ZodType<T>, json: unknown): TransportResult<T> {
  const parsed = schema.safeParse(json);
  return parsed.success
    ? ok(parsed.data)
    : fail({ kind: 'invalidResponse', message: describe(parsed.error) });
}

/** A pull answer, each row's data also checked against its entity's row schema. */
function validatePull(json: unknown): TransportResult<PullResponse> {
  const page = validate(pullResponseSchema, json);
  if (!page.ok) return page;
  for (const change of page.value.changes) {
    const row = ROW_SCHEMAS[change.entity].safeParse(change.data);
    if (!row.success) {
      return fail({
        kind: 'invalidResponse',
        message: `${change.entity} ${change.id}: ${describe(row.error)}`,
      });
    }
    if (change.data[keyField(change.entity)] !== change.id) {
      return fail({ kind: 'invalidResponse', message: `${change.entity} ${change.id}: key` });
    }
  }
  return page;
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** The failure a non-2xx answer stands for, from its status and error body. */
function failureOf(res: Response, json: unknown): TransportFailure {
  const parsed = errorBodySchema.safeParse(json);
  const body = parsed.success ? parsed.data : null;
  const code = body?.error ?? null;
  const message = body?.message ?? `HTTP ${res.status}`;
  const extra = (body ?? {}) as Record<string, unknown>;
  const numberOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  switch (res.status) {
    case 401:
      return {
        kind: 'unauthorized',
        code: code === 'SessionExpired' || code === 'InvalidCredentials' ? code : 'Unauthenticated',
      };
    case 403:
      return {
        kind: 'forbidden',
        code: code === 'ClientOwnedByAnotherUser' ? code : 'Forbidden',
      };
    case 409: {
      const expected = numberOf(extra['expected']);
      if (code === 'MutationGap' && expected !== null && expected >= 1) {
        return { kind: 'gap', expected };
      }
      return { kind: 'badRequest', status: 409, code, message };
    }
    case 410:
      return {
        kind: 'reset',
        reason: typeof extra['reason'] === 'string' ? extra['reason'] : null,
        dbEpoch: typeof extra['dbEpoch'] === 'string' ? extra['dbEpoch'] : null,
      };
    case 413:
      return { kind: 'tooLarge', limit: numberOf(extra['limit']) };
    case 426: {
      const versionType = extra['versionType'];
      const supported = extra['supported'];
      return {
        kind: 'updateRequired',
        versionType: versionType === 'protocol' || versionType === 'schema' ? versionType : null,
        supported: Array.isArray(supported)
          ? supported.filter((v): v is number => typeof v === 'number')
          : [],
      };
    }
    case 429: {
      const header = Number(res.headers.get('Retry-After'));
      return {
        kind: 'rateLimited',
        retryAfterSeconds: Number.isFinite(header) && header > 0 ? header : null,
      };
    }
    default:
      if (res.status >= 500) return { kind: 'server', status: res.status };
      return { kind: 'badRequest', status: res.status, code, message };
  }
}
