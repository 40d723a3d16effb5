/**
 * The checks of a fault run, after healing (SYNC-NOTES §9 H): every acknowledged mutation is in
 * the server's log with the status the client was told (no lost write); each written field holds
 * the value of its last applied mutation in server order (nothing vanished but under a later
 * write); every client's visible rows equal the server's (strong convergence). Each returns the
 * problems it found, in words; none means the check passed.
 */
import { readSyncSettings } from '@/db/connect';
import { syncedFieldsOf } from '@/db/server-copy';
import type { LoggedMutation } from '@/server/storage';
import type { SyncStore } from '@/server/storage';
import { SPACE, USERS } from '../../server/fixtures';
import { ACTIONS, THEME, type Acknowledged, type FaultClient } from './fault-clients';

/** clientId → its mutation log. */
export type Logs = ReadonlyMap<
  string,
  readonly Pick<LoggedMutation, 'mutationId' | 'status' | 'payload' | 'seq'>[]
>;

/** Acknowledged mutations missing from the log, or logged with another status. */
export function lostAcknowledgments(acknowledged: Acknowledged, logs: Logs): string[] {
  const problems: string[] = [];
  for (const [key, status] of acknowledged) {
    const [clientId, id] = key.split('/') as [string, string];
    const entry = logs.get(clientId)?.find((m) => m.mutationId === Number(id));
    if (!entry || entry.status !== status) {
      problems.push(`acked ${key} (${status}) logged as ${entry?.status ?? 'missing'}`);
    }
  }
  return problems;
}

/** The last applied write of a field, in server order. */
export interface LastWrite {
  readonly entity: string;
  readonly id: string;
  readonly field: string;
  readonly seq: number;
  readonly value: unknown;
  /** `clientId/mutationId`. */
  readonly by: string;
}

/** For each field any applied mutation wrote, the write with the highest seq. */
export function lastAppliedWrites(logs: Logs): LastWrite[] {
  const last = new Map<string, LastWrite>();
  for (const [clientId, log] of logs) {
    for (const m of log) {
      if (m.status !== 'applied' || m.seq === null || m.seq === 0) continue;
      const payload = m.payload as {
        readonly entity: string;
        readonly entityId: string;
        readonly patch?: Readonly<Record<string, unknown>> | null;
      };
      for (const [field, value] of Object.entries(payload.patch ?? {})) {
        const key = `${payload.entity}\u0000${payload.entityId}\u0000${field}`;
        const prev = last.get(key);
        if (!prev || prev.seq < m.seq) {
          last.set(key, {
            entity: payload.entity,
            id: payload.entityId,
            field,
            seq: m.seq,
            value,
            by: `${clientId}/${m.mutationId}`,
          });
        }
      }
    }
  }
  return [...last.values()];
}

/** Fields whose stored value is not their last applied write's. */
export async function overwrittenLastWrites(
  store: SyncStore,
  writes: readonly LastWrite[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const w of writes) {
    const row = await store.readRow(SPACE, w.entity as 'progress', w.id);
    if (canonical(row?.data[w.field]) !== canonical(w.value)) {
      problems.push(
        `${w.entity} ${w.id}.${w.field} = ${canonical(row?.data[w.field])}, last applied ${w.by} wrote ${canonical(w.value)}`,
      );
    }
  }
  return problems;
}

/** How client `c` differs from the server: rows, outbox, error, cursor (empty: converged). */
export async function divergence(c: FaultClient, store: SyncStore): Promise<string[]> {
  const diffs: string[] = [];
  const user = USERS[c.user];
  const schools: readonly string[] = user.schools;
  for (const action of ACTIONS) {
    const local = await c.db.progress.get(action.id);
    const readable =
      user.role === 'coordinator' || action.school === null || schools.includes(action.school);
    if (!readable) {
      // Another school's row: never pulled; a rejected tick of it has been reverted.
      if (local) diffs.push(`progress ${action.id} of another school is visible`);
      continue;
    }
    const serverRow = await store.readRow(SPACE, 'progress', action.id);
    // The synced fields: neither the local `updatedAt` nor an embedded server copy.
    const localFields = local ? syncedFieldsOf('progress', local) : null;
    const serverFields = serverRow && !serverRow.deleted ? serverRow.data : null;
    if (canonical(localFields) !== canonical(serverFields)) {
      diffs.push(`progress ${action.id}: ${canonical(localFields)} ≠ ${canonical(serverFields)}`);
    }
  }
  const serverTheme = await store.readRow(SPACE, 'theme', THEME);
  const localTheme = await c.db.themes.get(THEME);
  const themeFields = localTheme ? syncedFieldsOf('theme', localTheme) : null;
  if (canonical(themeFields) !== canonical(serverTheme?.data ?? null)) {
    diffs.push(`theme: ${canonical(localTheme)} ≠ ${canonical(serverTheme?.data)}`);
  }
  const left = await c.db.outbox.count();
  if (left > 0) diffs.push(`${left} outbox entries left`);
  const error = c.engine.getState().error;
  if (error !== null) diffs.push(`engine error ${error}`);
  const settings = await readSyncSettings(c.db);
  const { headSeq } = await store.status(SPACE);
  if (settings === null) diffs.push('not connected');
  else if (settings.cursor !== headSeq) diffs.push(`cursor ${settings.cursor} ≠ head ${headSeq}`);
  return diffs;
}

/** JSON with sorted keys, for comparing rows whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
