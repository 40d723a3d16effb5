/**
 * The browsers of a fault run: each its own fake-indexeddb database and sync engine (no timers,
 * no pokes: it runs when the run says), signed in as a fixture user through the nemesis's fetch,
 * recording every acknowledgment it receives; and the edits they make.
 */
import { connectToServer } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { openVuosikelloDb } from '@/db/open-database';
import { saveTheme } from '@/db/plan-writes';
import { markProgress, saveProgressNote } from '@/db/progress-writes';
import { actionId, themeId, type ActionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { ProgressState } from '@/domain/model';
import { authorizeWrite } from '@/domain/sync/authorize';
import type { SyncEngine } from '@/sync/engine';
import { quietEngine } from '@/sync/test-support';
import { createFetchTransport, type SyncTransport } from '@/sync/transport';
import { ACTION, PASSWORD, USERS, type TestUser } from '../../server/fixtures';
import type { EditDraws } from './fault-plan';
import { FAKE_ORIGIN, type Victim } from './nemesis';

/**
 * Users the clients sign in as, in turn. Coordinators write the theme and tick the
 * organization's task; a teacher ticks own class's, the principal any class's of the school, so
 * the teacher and the principal write the same rows (and two coordinators the same theme); the
 * south teacher's school is apart (its rows never reach the north's devices, and back).
 */
export const ROSTER: readonly TestUser[] = [
  'coordinator',
  'teacher',
  'principal',
  'southTeacher',
  'coordinator2',
  'teacher2',
  'teacher',
];
/** Actions of the fixtures: three classes' and the organization's (no class, no school). */
export const ACTIONS: readonly {
  readonly id: ActionId;
  readonly group: string | null;
  readonly school: string | null;
}[] = [
  { id: actionId(ACTION.north1), group: 'g-n1', school: 's-north' },
  { id: actionId(ACTION.north2), group: 'g-n2', school: 's-north' },
  { id: actionId(ACTION.south1), group: 'g-s1', school: 's-south' },
  { id: actionId(ACTION.org), group: null, school: null },
];

/** Whether `user` may mark `action`: the server's own rule (authorizeWrite), as the month asks it. */
function mayMark(user: (typeof USERS)[TestUser], action: (typeof ACTIONS)[number]): boolean {
  const check = {
    space: user.organizationId,
    entity: 'progress',
    entityId: action.id,
    op: 'patch',
    before: null,
    after: null,
  } as const;
  const schoolOf = (groupId: string) => ACTIONS.find((a) => a.group === groupId)?.school ?? null;
  return authorizeWrite(user, check, schoolOf).ok;
}

/** The fixtures' theme, which coordinators edit. */
export const THEME = themeId('th-1');
const STATES: readonly ProgressState[] = ['done', 'skipped', 'todo'];

/** `clientId/mutationId` → the status the server told the client (a duplicate's original). */
export type Acknowledged = Map<string, string>;

export interface FaultClient extends Victim {
  readonly index: number;
  readonly user: TestUser;
  readonly dbName: string;
  db: VuosikelloDb;
  engine: SyncEngine;
  readonly transport: SyncTransport;
  /** Every clientId this client pushed as (a renumbering starts a new one). */
  readonly clientIds: Set<string>;
}

export interface ClientSetup {
  readonly index: number;
  readonly dbName: string;
  readonly fetch: (client: () => FaultClient | null) => typeof fetch;
  readonly acknowledged: Acknowledged;
  /** The run's clock (epoch ms), shared by every client. */
  readonly now: () => number;
}

/** A client signed in as the roster's user for its index, connected, not yet synced. */
export async function signedInClient(setup: ClientSetup): Promise<FaultClient> {
  const user = ROSTER[setup.index % ROSTER.length]!;
  let client: FaultClient | null = null;
  const inner = createFetchTransport({ serverUrl: FAKE_ORIGIN, fetch: setup.fetch(() => client) });
  const transport: SyncTransport = {
    ...inner,
    push: async (space, body) => {
      client?.clientIds.add(body.clientId);
      const result = await inner.push(space, body);
      if (result.ok) {
        for (const r of result.value.results) {
          const status = r.status === 'duplicate' ? (r.original?.status ?? 'duplicate') : r.status;
          setup.acknowledged.set(`${body.clientId}/${r.id}`, status);
        }
      }
      return result;
    },
  };
  const db = openVuosikelloDb(setup.dbName);
  client = {
    index: setup.index,
    user,
    dbName: setup.dbName,
    db,
    engine: clientEngine(db, transport, setup.now),
    transport,
    closeOnNextAnswer: false,
    clientIds: new Set(),
  };
  const session = await transport.signIn(user, PASSWORD);
  if (!session.ok) throw new Error(`sign-in of ${user}: ${JSON.stringify(session.failure)}`);
  await connectToServer(db, { serverUrl: FAKE_ORIGIN, user: session.value.user }, setup.now);
  return client;
}

/** An engine that runs when the nemesis says, in small batches and pages. */
function clientEngine(db: VuosikelloDb, transport: SyncTransport, now: () => number): SyncEngine {
  // A closed database fails the run with error 'storage'; the engine retries later.
  return quietEngine(db, transport, { now, pushBatchSize: 3, pullLimit: 4, onError: () => {} });
}

/** Closes the client's database (if the nemesis has not already) and reopens it, new engine. */
export async function reopen(c: FaultClient, now: () => number): Promise<void> {
  await c.engine.stop();
  c.db.close();
  c.db = openVuosikelloDb(c.dbName);
  c.engine = clientEngine(c.db, c.transport, now);
}

/**
 * One local edit as `draws` say: a coordinator may change the theme's colour or name; otherwise a
 * tick or a note on a task the user may mark, now and then on one they may not (the server
 * rejects it and the client reverts). `label` makes written texts unique.
 */
export async function edit(
  c: FaultClient,
  draws: EditDraws,
  label: string,
  now: () => number,
): Promise<void> {
  const user = USERS[c.user];
  if (user.role === 'coordinator' && draws.theme < 0.35) {
    const theme = await c.db.themes.get(THEME);
    // Not downloaded yet: a task edit instead.
    if (theme) {
      const color = `#${Math.floor(draws.color * 0xffffff)
        .toString(16)
        .padStart(6, '0')}`;
      await saveTheme(
        c.db,
        draws.themeField < 0.7
          ? { ...theme, color }
          : { ...theme, name: { ...theme.name, fi: `Teema ${label}` } },
        now,
      );
      return;
    }
  }
  const mine = ACTIONS.filter((a) => mayMark(user, a));
  const others = ACTIONS.filter((a) => !mayMark(user, a));
  const choices = draws.otherClass < 0.08 && others.length > 0 ? others : mine;
  const action = choices[Math.floor(draws.action * choices.length)]!;
  if (draws.noteOnly < 0.25) {
    await saveProgressNote(c.db, action.id, `muistiinpano ${label}`, c.user, now);
    return;
  }
  await markProgress(
    c.db,
    {
      actionId: action.id,
      state: STATES[Math.floor(draws.state * STATES.length)]!,
      day: `2026-09-${String(1 + Math.floor(draws.day * 28)).padStart(2, '0')}` as LocalDate,
      by: c.user,
      ...(draws.withNote < 0.2 && { note: `huom ${label}` }),
    },
    now,
  );
}
