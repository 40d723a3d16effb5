/**
 * The sync endpoints of one space (docs/sync-protocol.md): push, pull, events and status. Each
 * checks, in this order, the session (401), the space and role (403), the protocol header (426),
 * then the body or query (415, 413, 400 for JSON and hostile keys, 426 for versions, 400 for the
 * shape) before the store is touched (docs/sync-protocol.md §3).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { maySync } from '@/domain/sync/authorize';
import { findHostileKeyPath, HOSTILE_KEYS } from '@/domain/sync/hostile-keys';
import {
  MAX_BODY_BYTES,
  PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
  SUPPORTED_SCHEMA_VERSIONS,
  pullQuerySchema,
  pushRequestSchema,
  type StatusResponse,
} from '@/domain/sync/protocol';
import { pullParamsProblem, pullResponse } from '@/domain/sync/pull';
import { pushResponse } from '@/domain/sync/push';
import type { Auth } from './auth';
import { streamEvents, type PokeHub } from './events';
import { HttpError, readJson, sendJson } from './http-util';
import type { Account, ResetReason, SyncStore } from './storage';

export interface SyncRouteDeps {
  readonly store: SyncStore;
  readonly auth: Auth;
  readonly hub: PokeHub;
  readonly now: () => number;
  readonly heartbeatMs: number;
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function versionError(versionType: 'protocol' | 'schema', got: unknown): HttpError {
  const supported =
    versionType === 'protocol' ? SUPPORTED_PROTOCOL_VERSIONS : SUPPORTED_SCHEMA_VERSIONS;
  return new HttpError(
    426,
    'VersionNotSupported',
    `${versionType} version ${String(got)} is not supported; update the app`,
    {
      versionType,
      supported,
    },
  );
}

function clientOwnedError(): HttpError {
  return new HttpError(403, 'ClientOwnedByAnotherUser', 'This clientId belongs to another user');
}

function resetError(reason: ResetReason, dbEpoch: string): HttpError {
  return new HttpError(
    410,
    'ResetRequired',
    'Pull again from zero, keep the outbox and push it again',
    {
      reason,
      dbEpoch,
    },
  );
}

/** 426 when the X-Sync-Protocol header names a protocol this server does not speak. */
function checkProtocolHeader(req: IncomingMessage): void {
  const header = req.headers['x-sync-protocol'];
  if (header === undefined) return;
  if (typeof header !== 'string' || !SUPPORTED_PROTOCOL_VERSIONS.includes(Number(header))) {
    throw versionError('protocol', header);
  }
}

export class SyncRoutes {
  constructor(private readonly deps: SyncRouteDeps) {}

  /**
   * The signed-in account, allowed in `space`: 401 without a session; 403 for admin and for any
   * space but the account's organization, whether or not such a space exists (the answer does
   * not tell which organizations a server holds).
   */
  private async caller(req: IncomingMessage, space: string): Promise<Account> {
    const { account } = await this.deps.auth.authenticate(req);
    if (!maySync(account, space))
      throw new HttpError(403, 'Forbidden', 'This account cannot use this space');
    checkProtocolHeader(req);
    return account;
  }

  async push(req: IncomingMessage, res: ServerResponse, space: string): Promise<void> {
    const account = await this.caller(req, space);
    const body = await readJson(req, MAX_BODY_BYTES);
    checkBody(body);
    const parsed = pushRequestSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'BadRequest', describe(parsed.error));
    const { clientId, dbEpoch, appVersion, mutations } = parsed.data;
    mutations.forEach((m, i) => {
      if (i > 0 && m.id !== mutations[i - 1]!.id + 1) {
        throw new HttpError(400, 'BadRequest', 'Mutation ids in a push must be consecutive');
      }
    });
    const outcome = await this.deps.store.push({
      space,
      account,
      clientId,
      dbEpoch,
      appVersion,
      mutations,
      now: this.deps.now(),
    });
    switch (outcome.kind) {
      case 'gap':
        throw new HttpError(409, 'MutationGap', `Send mutations from ${outcome.expected}`, {
          expected: outcome.expected,
        });
      case 'clientOwnedByAnotherUser':
        throw clientOwnedError();
      case 'resetRequired':
        throw resetError(outcome.reason, outcome.dbEpoch);
      case 'ok': {
        sendJson(req, res, 200, pushResponse(outcome));
        if (outcome.results.some((r) => r.status === 'applied' && r.seq !== null)) {
          this.deps.hub.publish(space, outcome.headSeq);
        }
      }
    }
  }

  async pull(
    req: IncomingMessage,
    res: ServerResponse,
    space: string,
    params: URLSearchParams,
  ): Promise<void> {
    const account = await this.caller(req, space);
    const query: Record<string, string> = {};
    for (const [key, value] of params) {
      if (HOSTILE_KEYS.has(key))
        throw new HttpError(400, 'BadRequest', `Parameter "${key}" is not allowed`);
      if (Object.hasOwn(query, key))
        throw new HttpError(400, 'BadRequest', `${key} is given twice`);
      query[key] = value;
    }
    const schemaVersion = query['schemaVersion'];
    if (
      schemaVersion !== undefined &&
      /^\d{1,16}$/.test(schemaVersion) &&
      !SUPPORTED_SCHEMA_VERSIONS.includes(Number(schemaVersion))
    ) {
      throw versionError('schema', schemaVersion);
    }
    const parsed = pullQuerySchema.safeParse(query);
    if (!parsed.success) throw new HttpError(400, 'BadRequest', describe(parsed.error));
    const q = parsed.data;
    const problem = pullParamsProblem(q);
    if (problem !== null) throw new HttpError(400, 'BadRequest', problem);
    const outcome = await this.deps.store.pull({
      space,
      account,
      clientId: q.clientId,
      since: q.since,
      limit: q.limit,
      dbEpoch: q.dbEpoch,
    });
    switch (outcome.kind) {
      case 'clientOwnedByAnotherUser':
        throw clientOwnedError();
      case 'resetRequired':
        throw resetError(outcome.reason, outcome.dbEpoch);
      case 'ok': {
        sendJson(req, res, 200, pullResponse(outcome));
      }
    }
  }

  async status(req: IncomingMessage, res: ServerResponse, space: string): Promise<void> {
    await this.caller(req, space);
    const { headSeq, dbEpoch } = await this.deps.store.status(space);
    const response: StatusResponse = {
      protocolVersion: PROTOCOL_VERSION,
      supportedSchemaVersions: [...SUPPORTED_SCHEMA_VERSIONS],
      dbEpoch,
      headSeq,
      serverTime: new Date(this.deps.now()).toISOString(),
    };
    sendJson(req, res, 200, response);
  }

  async events(req: IncomingMessage, res: ServerResponse, space: string): Promise<void> {
    await this.caller(req, space);
    const { headSeq } = await this.deps.store.status(space);
    streamEvents(req, res, {
      hub: this.deps.hub,
      space,
      headSeq,
      heartbeatMs: this.deps.heartbeatMs,
      stillAuthorized: () => this.deps.auth.stillValid(req),
    });
  }
}

/**
 * The checks of a push body as parsed, before any schema rebuilds its objects: 400 for a body
 * that is no object, and for a hostile key (`__proto__`, `constructor`, `prototype`) at any depth,
 * mutations and their patches included (a schema's copy would drop the key, or set the copy's
 * prototype, before the mutation's own validation could see it; nothing is applied); then 426 for
 * versions, before the shape, so that a client of another version learns to update rather than
 * reading a 400 about a shape it cannot know.
 */
function checkBody(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'BadRequest', 'The body must be a JSON object');
  }
  const hostile = findHostileKeyPath(body);
  if (hostile !== null) {
    throw new HttpError(
      400,
      'BadRequest',
      `Key "${String(hostile.at(-1))}" is not allowed (at ${hostile.join('.')})`,
      { path: hostile },
    );
  }
  const b = body as Record<string, unknown>;
  if (
    typeof b['protocolVersion'] === 'number' &&
    !SUPPORTED_PROTOCOL_VERSIONS.includes(b['protocolVersion'])
  ) {
    throw versionError('protocol', b['protocolVersion']);
  }
  if (
    typeof b['schemaVersion'] === 'number' &&
    !SUPPORTED_SCHEMA_VERSIONS.includes(b['schemaVersion'])
  ) {
    throw versionError('schema', b['schemaVersion']);
  }
  if (Array.isArray(b['mutations'])) {
    for (const m of b['mutations'] as unknown[]) {
      const v =
        typeof m === 'object' && m !== null
          ? (m as Record<string, unknown>)['schemaVersion']
          : undefined;
      if (typeof v === 'number' && !SUPPORTED_SCHEMA_VERSIONS.includes(v))
        throw versionError('schema', v);
    }
  }
}
