/**
 * An in-memory sync server for the engine's tests: the protocol's push and pull semantics (the
 * domain's own validateMutation and applyMutation), behind a SyncTransport, with faults a test
 * can inject (a lost request, a lost response, an error status) and a restore to an older copy.
 * Not imported by the app.
 */
import { applyMutation, type StoredRow } from '@/domain/sync/merge';
import type {
  Change,
  PullResponse,
  PushRequest,
  PushResponse,
  PushResult,
  RejectionCode,
  ReplacedWrite,
  SessionUser,
  StoredResult,
} from '@/domain/sync/protocol';
import { DELETED_FIELD, keyField, type Entity } from '@/domain/entities';
import { validateMutation, type ValidMutation } from '@/domain/sync/validate-mutation';
import type { PullParams, SyncTransport, TransportFailure, TransportResult } from './transport';

interface Row extends StoredRow {
  readonly entity: Entity;
  readonly id: string;
  readonly updatedBy: string;
}

interface ClientRecord {
  lastMutationId: number;
  readonly owner: string;
  readonly results: Map<number, StoredResult>;
}

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

export const FAKE_SPACE = 'org-demo';

/** The user the fake server signs everyone in as. */
export const FAKE_USER: SessionUser = {
  username: 'koordinaattori',
  displayName: 'Kaisa Koordinaattori',
  role: 'coordinator',
  organizationId: FAKE_SPACE,
  schools: [],
  groups: [],
};

export class FakeServer {
  epoch = 'epoch-1';
  private seq = 0;
  private rows = new Map<string, Row>();
  private clients = new Map<string, ClientRecord>();
  private authors = new Map<number, string>();
  /** The pushed mutation behind each seq it wrote. */
  private writers = new Map<number, { readonly clientId: string; readonly mutationId: number }>();
  /** Per client: its writes that a later write of another user replaced unseen. */
  private replaced = new Map<string, ReplacedWrite[]>();
  private faults: { readonly on: 'push' | 'pull'; readonly fault: Fault }[] = [];
  /** Every mutation the server applied or rejected, in order (the mutation log). */
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
  /** The username pushes are made as. */
  user = FAKE_USER;

  get headSeq(): number {
    return this.seq;
  }

  /** Writes a row as the server itself (seed data), at a new seq. */
  seed(entity: Entity, data: Record<string, unknown>): void {
    const id = String(data[keyField(entity)]);
    this.write(entity, id, 'system', (current, seq) =>
      applyMutation(current, { entity, entityId: id, op: 'create', patch: data, base: {} }, seq),
    );
  }

  /**
   * Another user's change, applied directly (as if pushed by another client). By default they
   * had seen the current row; `base` gives the fieldSeq they had seen instead (an offline edit).
   */
  writeAs(
    by: string,
    entity: Entity,
    id: string,
    op: 'patch' | 'delete',
    patch: Record<string, unknown> = {},
    base?: Readonly<Record<string, number>>,
  ): void {
    const outcome = this.write(entity, id, by, (current, seq) =>
      applyMutation(
        current,
        { entity, entityId: id, op, patch, base: { ...(base ?? current?.fieldSeq) } },
        seq,
      ),
    );
    this.recordReplaced(outcome, entity, id, by);
  }

  row(entity: Entity, id: string): Row | undefined {
    return this.rows.get(`${entity}/${id}`);
  }

  lastMutationId(clientId: string): number {
    return this.clients.get(clientId)?.lastMutationId ?? 0;
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
    readonly keepRows: (row: Row) => boolean;
    readonly lastMutationIds: Readonly<Record<string, number>>;
  }): void {
    this.epoch = options.epoch;
    for (const [key, row] of this.rows) if (!options.keepRows(row)) this.rows.delete(key);
    for (const [clientId, record] of this.clients) {
      record.lastMutationId = options.lastMutationIds[clientId] ?? 0;
    }
  }

  transport(): SyncTransport {
    return {
      serverUrl: 'http://fake.test',
      push: (_space, body) => this.handle('push', () => this.push(body)),
      pull: (_space, params) => this.handle('pull', () => this.pull(params)),
      status: async () => ({
        ok: true,
        value: {
          protocolVersion: 1,
          supportedSchemaVersions: [1],
          dbEpoch: this.epoch,
          headSeq: this.seq,
          serverTime: '2026-09-07T08:00:00.000Z',
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

  private write(
    entity: Entity,
    id: string,
    by: string,
    merge: (current: StoredRow | null, seq: number) => ReturnType<typeof applyMutation>,
  ): ReturnType<typeof applyMutation> {
    const outcome = merge(this.row(entity, id) ?? null, this.seq + 1);
    if (outcome.kind === 'write') {
      this.seq += 1;
      this.authors.set(this.seq, by);
      this.rows.set(`${entity}/${id}`, { ...outcome.row, entity, id, updatedBy: by });
    }
    return outcome;
  }

  /** Keeps, for its client, each pushed value this write replaced unseen (another user's). */
  private recordReplaced(
    outcome: ReturnType<typeof applyMutation>,
    entity: Entity,
    id: string,
    by: string,
  ): void {
    if (outcome.kind !== 'write') return;
    for (const [field, o] of Object.entries(outcome.overwritten)) {
      const writer = this.writers.get(o.seq);
      if (writer === undefined || this.authors.get(o.seq) === by) continue;
      const list = this.replaced.get(writer.clientId) ?? [];
      list.push({
        mutationId: writer.mutationId,
        entity,
        id,
        field,
        yourValue: o.value,
        theirValue: field === DELETED_FIELD ? outcome.row.deleted : outcome.row.data[field],
        by,
        seq: this.seq,
      });
      this.replaced.set(writer.clientId, list);
    }
  }

  private async push(body: PushRequest): Promise<TransportResult<PushResponse>> {
    this.pushes.push(body);
    if (body.dbEpoch !== undefined && body.dbEpoch !== this.epoch) {
      return { ok: false, failure: { kind: 'reset', reason: 'epochChanged', dbEpoch: this.epoch } };
    }
    let client = this.clients.get(body.clientId);
    if (client && client.owner !== this.user.username) {
      return { ok: false, failure: { kind: 'forbidden', code: 'ClientOwnedByAnotherUser' } };
    }
    const first = body.mutations[0];
    const last = client?.lastMutationId ?? 0;
    if (first !== undefined && first.id > last + 1) {
      return { ok: false, failure: { kind: 'gap', expected: last + 1 } };
    }
    if (!client) {
      client = { lastMutationId: 0, owner: this.user.username, results: new Map() };
      this.clients.set(body.clientId, client);
    }
    const results: PushResult[] = [];
    for (const raw of body.mutations) {
      if (raw.id <= client.lastMutationId) {
        results.push({
          id: raw.id,
          status: 'duplicate',
          original: client.results.get(raw.id) ?? null,
        });
        continue;
      }
      const result = this.applyOne(raw, body.clientId);
      client.results.set(raw.id, result);
      client.lastMutationId = raw.id;
      this.log.push({ clientId: body.clientId, mutationId: raw.id, status: result.status });
      results.push(result);
    }
    return {
      ok: true,
      value: {
        protocolVersion: 1,
        schemaVersion: 1,
        lastMutationId: client.lastMutationId,
        headSeq: this.seq,
        results,
      },
    };
  }

  private applyOne(
    raw: { readonly id: number } & Record<string, unknown>,
    clientId: string,
  ): StoredResult {
    const validation = validateMutation(raw);
    if (!validation.ok) {
      return { id: raw.id, status: 'rejected', code: validation.code, message: 'invalid' };
    }
    const m = validation.mutation;
    const code = this.rejectWhen(m);
    if (code !== null) return { id: raw.id, status: 'rejected', code, message: 'refused' };
    const outcome = this.write(m.entity, m.entityId, this.user.username, (current, seq) =>
      applyMutation(current, m, seq),
    );
    switch (outcome.kind) {
      case 'notFound':
        return { id: raw.id, status: 'rejected', code: 'NotFound', message: 'no such row' };
      case 'noop':
        return { id: raw.id, status: 'applied', seq: null };
      case 'write': {
        this.recordReplaced(outcome, m.entity, m.entityId, this.user.username);
        this.writers.set(this.seq, { clientId, mutationId: raw.id });
        const overwritten = Object.entries(outcome.overwritten);
        return {
          id: raw.id,
          status: 'applied',
          seq: this.seq,
          ...(overwritten.length > 0 && {
            overwritten: Object.fromEntries(
              overwritten.map(([f, o]) => [f, { ...o, by: this.authors.get(o.seq) ?? null }]),
            ),
          }),
          ...(outcome.onTombstone && { onTombstone: true as const }),
        };
      }
    }
  }

  private async pull(params: PullParams): Promise<TransportResult<PullResponse>> {
    this.pulls.push(params);
    const client = this.clients.get(params.clientId);
    if (client && client.owner !== this.user.username) {
      return { ok: false, failure: { kind: 'forbidden', code: 'ClientOwnedByAnotherUser' } };
    }
    if (params.since > this.seq) {
      return { ok: false, failure: { kind: 'reset', reason: 'cursorAhead', dbEpoch: this.epoch } };
    }
    if (params.since > 0 && params.dbEpoch !== this.epoch) {
      return { ok: false, failure: { kind: 'reset', reason: 'epochChanged', dbEpoch: this.epoch } };
    }
    const newer = [...this.rows.values()]
      .filter((r) => r.seq > params.since)
      .sort((a, b) => a.seq - b.seq);
    const page = newer.slice(0, params.limit);
    const hasMore = newer.length > params.limit;
    const changes: Change[] = page.map((r) => ({
      entity: r.entity,
      id: r.id,
      seq: r.seq,
      deleted: r.deleted,
      data: structuredClone(r.data) as Record<string, unknown>,
      fieldSeq: { ...r.fieldSeq },
      updatedBy: r.updatedBy,
    }));
    const cursor = hasMore ? page.at(-1)!.seq : this.seq;
    const replaced = (this.replaced.get(params.clientId) ?? []).filter(
      (r) => r.seq > params.since && r.seq <= cursor,
    );
    const answer: PullResponse = {
      protocolVersion: 1,
      schemaVersion: 1,
      dbEpoch: this.epoch,
      changes,
      cursor,
      hasMore,
      headSeq: this.seq,
      lastMutationId: this.lastMutationId(params.clientId),
      ...(replaced.length > 0 && { replaced: structuredClone(replaced) }),
    };
    if (this.beforePullAnswer) await this.beforePullAnswer();
    return { ok: true, value: answer };
  }
}

function networkError<T>(): TransportResult<T> {
  return { ok: false, failure: { kind: 'network', message: 'Failed to fetch' } };
}
