/**
 * An in-memory sync server for the engine's tests, behind a SyncTransport: the server's own push
 * and pull rules (src/domain/sync/push.ts, pull.ts) on an in-memory store, with faults a test can
 * inject (a lost request, a lost response, an error status) and a restore to an older copy. Who
 * may write what is the test's to decide (`rejectWhen`); everything else is the server's rule.
 * Not imported by the app.
 */
import type {
  PullResponse,
  PushRequest,
  PushResponse,
  RejectionCode,
  SessionUser,
  StoredResult,
} from '@/domain/sync/protocol';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '@/domain/sync/protocol';
import { pullParamsProblem, pullResponse, runPull } from '@/domain/sync/pull';
import { pushResponse, runPush, type PushInput, type WriteAuthorizer } from '@/domain/sync/push';
import { writeServerRows } from '@/domain/sync/server-rows';
import type { SyncAccount } from '@/domain/sync/store-types';
import type { ValidMutation } from '@/domain/sync/validate-mutation';
import type { Entity } from '@/domain/entities';
import { FakeServerStore, type FakeRow } from './fake-server-store';
import type { PullParams, SyncTransport, TransportFailure, TransportResult } from './transport';

/** A fault for the next matching request. */
export type Fault =
  /** The request never reaches the server. */
  | { readonly kind: 'dropRequest' }
  /** The server commits, then the answer is lost. */
  | { readonly kind: 'dropResponse' }
  /** The server answers with this failure, changing nothing. */
  | { readonly kind: 'fail'; readonly failure: TransportFailure };

export interface LoggedPush {
  readonly clientId: string;
  readonly mutationId: number;
  readonly status: StoredResult['status'];
}

const FAKE_SPACE = 'org-demo';

/** The user the fake server signs everyone in as. */
export const FAKE_USER: SessionUser = {
  username: 'koordinaattori',
  displayName: 'Kaisa Koordinaattori',
  role: 'coordinator',
  organizationId: FAKE_SPACE,
  schools: [],
  groups: [],
};

/** The fake's clock: what the server records as the time of each write. */
const SERVER_TIME = Date.parse('2026-09-07T08:00:00.000Z');

/** The fake's accounts are their usernames. */
function accountOf(user: SessionUser): SyncAccount {
  return { ...user, id: user.username, scopeSeq: 0 };
}

export class FakeServer {
  private readonly store = new FakeServerStore();
  private pending: Promise<unknown>[] = [];
  private faults: { readonly on: 'push' | 'pull'; readonly fault: Fault }[] = [];
  /** Every mutation pushed through the transport, applied or rejected, in order (the log). */
  readonly log: LoggedPush[] = [];
  /** Every push and pull request made, also those a fault dropped or failed. */
  readonly attempts: ('push' | 'pull')[] = [];
  /** The pushes and pulls that reached the server. */
  readonly pushes: PushRequest[] = [];
  readonly pulls: PullParams[] = [];
  /** Refuses a valid mutation with a code, as authorization would. */
  rejectWhen: (m: ValidMutation) => RejectionCode | null = () => null;
  /** Runs before a pull is answered (after its snapshot is taken). */
  beforePullAnswer: (() => Promise<void>) | null = null;
  /** The user pushes and pulls are made as. */
  user = FAKE_USER;

  get epoch(): string {
    return this.store.epoch;
  }

  get headSeq(): number {
    return this.store.headSeq;
  }

  /**
   * Writes a row as the server itself (seed data), at a new seq. It is queued: every request and
   * write after it sees it (await `settled()` to read it at once).
   */
  seed(entity: Entity, data: Record<string, unknown>): void {
    this.pending.push(
      this.store.transaction((tx) =>
        writeServerRows(tx, FAKE_SPACE, [{ entity, data }], 'system', SERVER_TIME),
      ),
    );
  }

  /** Resolves once every queued seed has been written; rejects if one failed. */
  async settled(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    await Promise.all(pending);
  }

  /**
   * Another user's change, pushed by a client of theirs through the same rules (authorization
   * aside). By default they had seen the current row; `base` gives the fieldSeq they had seen
   * instead (an offline edit). Throws when the rules refuse it: a test writes what a user could.
   */
  async writeAs(
    by: string,
    entity: Entity,
    id: string,
    op: 'patch' | 'delete',
    patch: Record<string, unknown> = {},
    base?: Readonly<Record<string, number>>,
  ): Promise<void> {
    const clientId = `fake-client-of-${by}`;
    const user: SessionUser = { ...this.user, username: by, displayName: by };
    const outcome = await this.store.transaction(async (tx) => {
      const mutationId = ((await tx.client(clientId))?.lastMutationId ?? 0) + 1;
      const seen = base ?? (await tx.row(FAKE_SPACE, entity, id))?.fieldSeq ?? {};
      const mutation = { id: mutationId, entity, entityId: id, op, base: { ...seen } };
      return runPush(
        tx,
        this.pushInput(user, clientId, [op === 'patch' ? { ...mutation, patch } : mutation]),
        { authorize: () => ({ ok: true }) },
      );
    });
    const result = outcome.kind === 'ok' ? outcome.results[0] : undefined;
    if (result?.status !== 'applied') {
      throw new Error(`writeAs ${by} ${op} ${entity} ${id}: ${JSON.stringify(outcome)}`);
    }
  }

  row(entity: Entity, id: string): FakeRow | undefined {
    return this.store.row(entity, id);
  }

  lastMutationId(clientId: string): number {
    return this.store.clients.get(clientId)?.lastMutationId ?? 0;
  }

  /** Fails, drops or loses the answer of the next push or pull. */
  inject(on: 'push' | 'pull', fault: Fault): void {
    this.faults.push({ on, fault });
  }

  /**
   * Restores an older copy: the state as it was at `seq` is not kept here, so the test gives
   * what survives; the epoch changes and clients' lastMutationIds go back to `lastMutationIds`.
   */
  restore(options: {
    readonly epoch: string;
    readonly keepRows: (row: FakeRow) => boolean;
    readonly lastMutationIds: Readonly<Record<string, number>>;
  }): void {
    this.store.epoch = options.epoch;
    for (const [key, row] of this.store.rows) {
      if (!options.keepRows(row)) this.store.rows.delete(key);
    }
    for (const [clientId, record] of this.store.clients) {
      record.lastMutationId = options.lastMutationIds[clientId] ?? 0;
    }
  }

  transport(): SyncTransport {
    return {
      serverUrl: 'http://fake.test',
      push: (space, body) => this.handle('push', () => this.push(space, body)),
      pull: (space, params) => this.handle('pull', () => this.pull(space, params)),
      status: async () => ({
        ok: true,
        value: {
          protocolVersion: PROTOCOL_VERSION,
          supportedSchemaVersions: [SCHEMA_VERSION],
          dbEpoch: this.store.epoch,
          headSeq: this.store.headSeq,
          serverTime: new Date(SERVER_TIME).toISOString(),
        },
      }),
      signIn: async () => ({
        ok: true,
        value: { user: this.user, expiresAt: '2026-09-07T20:00:00.000Z', token: 't' },
      }),
      signOut: async () => ({ ok: true, value: null }),
      session: async () => ({
        ok: true,
        value: { user: this.user, expiresAt: '2026-09-07T20:00:00.000Z' },
      }),
      eventsUrl: (space) => `http://fake.test/sync/v1/spaces/${space}/events`,
    };
  }

  private async handle<T>(
    on: 'push' | 'pull',
    run: () => Promise<TransportResult<T>>,
  ): Promise<TransportResult<T>> {
    this.attempts.push(on);
    const index = this.faults.findIndex((f) => f.on === on);
    const fault = index === -1 ? null : this.faults.splice(index, 1)[0]!.fault;
    if (fault?.kind === 'dropRequest') return networkError();
    if (fault?.kind === 'fail') return { ok: false, failure: fault.failure };
    const result = await run();
    if (fault?.kind === 'dropResponse') return networkError();
    return result;
  }

  private pushInput(
    user: SessionUser,
    clientId: string,
    mutations: PushInput['mutations'],
    body?: PushRequest,
  ): PushInput {
    return {
      space: user.organizationId,
      account: accountOf(user),
      clientId,
      dbEpoch: body?.dbEpoch,
      appVersion: body?.appVersion,
      mutations,
      now: SERVER_TIME,
    };
  }

  /** The test decides who may write what; the rules decide the rest. */
  private readonly authorize: WriteAuthorizer = (_actor, _check, _groupSchool, mutation) => {
    const code = this.rejectWhen(mutation);
    return code === null ? { ok: true } : { ok: false, code, message: 'refused by the test' };
  };

  private async push(space: string, body: PushRequest): Promise<TransportResult<PushResponse>> {
    this.pushes.push(body);
    const input = { ...this.pushInput(this.user, body.clientId, body.mutations, body), space };
    const outcome = await this.store.transaction((tx) =>
      runPush(tx, input, { authorize: this.authorize }),
    );
    switch (outcome.kind) {
      case 'gap':
        return { ok: false, failure: { kind: 'gap', expected: outcome.expected } };
      case 'clientOwnedByAnotherUser':
        return { ok: false, failure: { kind: 'forbidden', code: 'ClientOwnedByAnotherUser' } };
      case 'resetRequired':
        return {
          ok: false,
          failure: { kind: 'reset', reason: outcome.reason, dbEpoch: outcome.dbEpoch },
        };
      case 'ok':
        for (const r of outcome.results) {
          if (r.status !== 'duplicate') {
            this.log.push({ clientId: body.clientId, mutationId: r.id, status: r.status });
          }
        }
        return { ok: true, value: pushResponse(outcome) };
    }
  }

  private async pull(space: string, params: PullParams): Promise<TransportResult<PullResponse>> {
    this.pulls.push(params);
    const problem = pullParamsProblem(params);
    if (problem !== null) {
      return {
        ok: false,
        failure: { kind: 'badRequest', status: 400, code: 'BadRequest', message: problem },
      };
    }
    const outcome = await this.store.transaction((tx) =>
      runPull(tx, {
        space,
        account: accountOf(this.user),
        clientId: params.clientId,
        since: params.since,
        limit: params.limit,
        dbEpoch: params.dbEpoch ?? undefined,
      }),
    );
    switch (outcome.kind) {
      case 'clientOwnedByAnotherUser':
        return { ok: false, failure: { kind: 'forbidden', code: 'ClientOwnedByAnotherUser' } };
      case 'resetRequired':
        return {
          ok: false,
          failure: { kind: 'reset', reason: outcome.reason, dbEpoch: outcome.dbEpoch },
        };
      case 'ok': {
        const answer = pullResponse(outcome);
        if (this.beforePullAnswer) await this.beforePullAnswer();
        return { ok: true, value: answer };
      }
    }
  }
}

function networkError<T>(): TransportResult<T> {
  return { ok: false, failure: { kind: 'network', message: 'Failed to fetch' } };
}
