/**
 * What the UI asks the server itself (not synced data, which comes from the local database): the
 * session and the server's status, as TanStack Query options with their keys built here, so that
 * every view (settings today; accounts, history and reports later) shares one cache entry per
 * question. This module and TanStack Query load with the views that use them, never with the
 * first screen, which reads only the local database.
 */
import { queryOptions } from '@tanstack/react-query';
import type { SessionResponse, StatusResponse } from '@/domain/sync/protocol';
import type { z } from 'zod';
import type { SyncTransport, TransportFailure } from '@/sync/transport';

/** A request to the server that gave no usable answer. */
export class ServerRequestError extends Error {
  override readonly name = 'ServerRequestError';
  constructor(readonly failure: TransportFailure) {
    super(failure.kind);
  }
}

/** The query keys, all under the server they ask (so signing in or out can refresh them all). */
export const serverKeys = {
  all: (serverUrl: string) => ['server', serverUrl] as const,
  session: (serverUrl: string) => [...serverKeys.all(serverUrl), 'session'] as const,
  status: (serverUrl: string, space: string) =>
    [...serverKeys.all(serverUrl), 'status', space] as const,
};

/** The session as the server sees it: active (with its expiry) or ended (sign in again). */
export type SessionState =
  { readonly kind: 'active'; readonly session: SessionResponse } | { readonly kind: 'ended' };

/**
 * GET /api/session: is this browser still signed in, as whom, until when. Disabled in local mode
 * (no transport).
 */
export function sessionQuery(transport: SyncTransport | null) {
  return queryOptions({
    queryKey: serverKeys.session(transport?.serverUrl ?? ''),
    enabled: transport !== null,
    queryFn: async (): Promise<SessionState> => {
      if (transport === null) throw new Error('no server connected');
      const result = await transport.session();
      if (result.ok) return { kind: 'active', session: result.value };
      // A 401 is an answer (the session ended), not a failure to retry.
      if (result.failure.kind === 'unauthorized') return { kind: 'ended' };
      throw new ServerRequestError(result.failure);
    },
    staleTime: 60_000,
  });
}

/** GET .../status: the server's protocol, schema versions and head of the space. */
export function statusQuery(transport: SyncTransport, space: string) {
  return queryOptions({
    queryKey: serverKeys.status(transport.serverUrl, space),
    queryFn: async (): Promise<StatusResponse> => {
      const result = await transport.status(space);
      if (result.ok) return result.value;
      throw new ServerRequestError(result.failure);
    },
    staleTime: 30_000,
  });
}

export const NO_JSON: TransportFailure = {
  kind: 'badRequest',
  status: 0,
  code: null,
  message: 'This server connection cannot ask the accounts API',
};

/**
 * One request of the server's other JSON APIs (accounts, history, feeds): the answer, or a
 * ServerRequestError.
 */
export async function askServer<T>(
  transport: SyncTransport,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  schema: z.ZodType<T>,
): Promise<T> {
  if (!transport.json) throw new ServerRequestError(NO_JSON);
  const result = await transport.json(method, path, body, schema);
  if (!result.ok) throw new ServerRequestError(result.failure);
  return result.value;
}

/** The i18n key suffix of a failed request of those APIs (accounts.error_<suffix>). */
export type ApiErrorKey =
  | 'AccountExists'
  | 'InvalidScope'
  | 'OwnAccount'
  | 'BadRequest'
  | 'NotFound'
  | 'forbidden'
  | 'unauthorized'
  | 'network'
  | 'other';

export function apiErrorKey(error: unknown): ApiErrorKey {
  if (!(error instanceof ServerRequestError)) return 'other';
  const failure = error.failure;
  switch (failure.kind) {
    case 'badRequest':
      switch (failure.code) {
        case 'AccountExists':
        case 'InvalidScope':
        case 'OwnAccount':
        case 'BadRequest':
        case 'NotFound':
          return failure.code;
        default:
          return 'other';
      }
    case 'forbidden':
    case 'unauthorized':
    case 'network':
      return failure.kind;
    default:
      return 'other';
  }
}
