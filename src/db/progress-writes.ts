/**
 * Writes of progress (kuittaus): a tick, a skip, an undo, a note. Each runs in one rw transaction
 * with its outbox entry. Progress is keyed by the deterministic action id, so it survives any
 * re-materialization of the plan.
 */
import type { ActionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Progress, ProgressState } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { findPersonalIdentityCode } from '@/domain/personal-identity-code';
import { DbWriteError, trimmedWithin } from './errors';
import { USER_NAME_MAX_LENGTH } from './meta';
import { appendOutbox, changedFields, type Clock } from './outbox';
import { detachServerCopy, syncedFieldsOf, withoutStamp } from './server-copy';
import { fieldsOf } from './server-rows';
import { bindTables } from './tx-tables';

/** Longest note on an action; notes are short and class-level, never about a pupil. */
export const NOTE_MAX_LENGTH = 500;

/** A tick ('done'), a skip ('skipped') or an undo ('todo'). */
export interface MarkProgressInput {
  readonly actionId: ActionId;
  readonly state: ProgressState;
  /** The day it was done or skipped; ignored (stored as null) for 'todo'. */
  readonly day: LocalDate | null;
  /** Display name of who marked it. */
  readonly by: string;
  /** Replaces the note when given. */
  readonly note?: string;
}

/** A note as stored: trimmed, short, and holding no personal identity code. */
function parseNote(note: string): string {
  const text = trimmedWithin(note, NOTE_MAX_LENGTH, 'NOTE_TOO_LONG');
  if (findPersonalIdentityCode(text) !== null) throw new DbWriteError('NOTE_PERSONAL_DATA');
  return text;
}

function parseBy(by: string): string {
  return trimmedWithin(by, USER_NAME_MAX_LENGTH, 'NAME_TOO_LONG');
}

/**
 * Puts `next` with a create or patch outbox entry; does nothing when no synced field changed.
 * `updatedAt` is local metadata and the embedded server copy no field (syncedFieldsOf); a stored
 * row's embedded copy moves to serverRows before the row changes (copy-on-write).
 */
export async function putProgress(
  db: VuosikelloDb,
  next: (before: Progress | undefined) => Progress | null,
  actionId: ActionId,
  now: Clock,
): Promise<void> {
  await db.transaction('rw', [db.progress, db.outbox, db.meta, db.serverRows], async (tx) => {
    const t = bindTables(tx);
    const before = await t.progress.get(actionId);
    const proposed = next(before && withoutStamp(before));
    if (proposed === null) return;
    const row = withoutStamp(proposed);
    const synced = syncedFieldsOf('progress', fieldsOf(row));
    const patch = before
      ? changedFields(syncedFieldsOf('progress', fieldsOf(before)), synced)
      : synced;
    if (patch === null) return;
    const server = await detachServerCopy(t, 'progress', actionId, before && fieldsOf(before));
    await t.progress.put(row);
    await appendOutbox(
      t,
      { entity: 'progress', entityId: actionId, op: before ? 'patch' : 'create', patch },
      server,
      now,
    );
  });
}

/**
 * Marks an action done, skipped or back to todo (undo). Validates the note (NOTE_TOO_LONG,
 * NOTE_PERSONAL_DATA) and name (NAME_TOO_LONG) before writing anything. Undo of an action never
 * marked writes nothing. Leaving done clears the action's rating (null).
 */
export async function markProgress(
  db: VuosikelloDb,
  input: MarkProgressInput,
  now: Clock = Date.now,
): Promise<void> {
  const note = input.note === undefined ? undefined : parseNote(input.note);
  const by = parseBy(input.by);
  await putProgress(
    db,
    (before) => {
      if (!before && input.state === 'todo' && !note) return null;
      const rating = before?.rating;
      return {
        actionId: input.actionId,
        state: input.state,
        day: input.state === 'todo' ? null : input.day,
        by,
        note: note ?? before?.note ?? '',
        // A rating is kept only while done (set by rateProgress); a record without one stays so.
        ...(rating !== undefined && { rating: input.state === 'done' ? rating : null }),
        updatedAt: now(),
      };
    },
    input.actionId,
    now,
  );
}

/**
 * Saves the note of an action, trimmed; throws DbWriteError (nothing written) NOTE_TOO_LONG when
 * it exceeds NOTE_MAX_LENGTH, NOTE_PERSONAL_DATA when it holds a personal identity code. A first note on an unmarked action creates a 'todo' row by `by`;
 * on a marked one it keeps who marked it.
 */
export async function saveProgressNote(
  db: VuosikelloDb,
  actionId: ActionId,
  note: string,
  by: string,
  now: Clock = Date.now,
): Promise<void> {
  const text = parseNote(note);
  const author = parseBy(by);
  await putProgress(
    db,
    (before) => {
      if (before) return { ...before, note: text, updatedAt: now() };
      if (text === '') return null;
      return { actionId, state: 'todo', day: null, by: author, note: text, updatedAt: now() };
    },
    actionId,
    now,
  );
}
