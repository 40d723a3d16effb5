import { describe, expect, it } from 'vitest';
import { actionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { DbWriteError } from './errors';
import { markProgress, saveProgressNote } from './progress-writes';
import { fakeClock, freshDb } from './test-fixtures';

const A = actionId('sy-2026~g:g-2026-1a~t-rules~');
const DAY = '2026-09-03' as LocalDate;

describe('progress writes', () => {
  it('ticks an action: the row and a create entry without the local timestamp', async () => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: ' M. V. ' }, fakeClock());
    expect(await db.progress.get(A)).toEqual({
      actionId: A,
      state: 'done',
      day: DAY,
      by: 'M. V.',
      note: '',
      updatedAt: 1_000_000,
    });
    expect(await db.outbox.toArray()).toEqual([
      {
        mutationId: 1,
        entity: 'progress',
        entityId: A,
        op: 'create',
        patch: { actionId: A, state: 'done', day: DAY, by: 'M. V.', note: '' },
        status: 'pending',
        createdAt: 1_000_001,
        schemaVersion: 1,
        base: {},
        ackSeq: null,
      },
    ]);
  });

  it('undoes a tick with a patch of the changed fields and keeps the note', async () => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M. V.', note: 'Hyvä' });
    await markProgress(db, { actionId: A, state: 'todo', day: DAY, by: 'M. V.' });
    expect(await db.progress.get(A)).toMatchObject({ state: 'todo', day: null, note: 'Hyvä' });
    expect((await db.outbox.toArray()).map((e) => [e.op, e.patch])).toEqual([
      ['create', { actionId: A, state: 'done', day: DAY, by: 'M. V.', note: 'Hyvä' }],
      ['patch', { state: 'todo', day: null }],
    ]);
  });

  it('writes nothing for the undo of an action never marked, or a repeated tick', async () => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'todo', day: null, by: 'M. V.' });
    expect(await db.progress.count()).toBe(0);
    await markProgress(db, { actionId: A, state: 'skipped', day: DAY, by: 'M. V.' });
    await markProgress(db, { actionId: A, state: 'skipped', day: DAY, by: 'M. V.' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('saves a trimmed note, keeping who ticked the action', async () => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M. V.' });
    await saveProgressNote(db, A, '  Pidettiin välitunnilla.  ', 'K. L.');
    expect(await db.progress.get(A)).toMatchObject({
      state: 'done',
      by: 'M. V.',
      note: 'Pidettiin välitunnilla.',
    });
    expect((await db.outbox.toArray()).map((e) => e.patch)).toContainEqual({
      note: 'Pidettiin välitunnilla.',
    });
  });

  it('creates an unmarked row for a first note, and nothing for an empty one', async () => {
    const db = freshDb();
    await saveProgressNote(db, A, '   ', 'K. L.');
    expect(await db.progress.count()).toBe(0);
    await saveProgressNote(db, A, 'Siirretään', 'K. L.');
    expect(await db.progress.get(A)).toMatchObject({ state: 'todo', day: null, by: 'K. L.' });
  });

  it('rejects a note over 500 characters with NOTE_TOO_LONG and writes nothing', async () => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M. V.', note: 'Alku' });
    const error = await saveProgressNote(db, A, 'x'.repeat(501), 'M. V.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbWriteError);
    expect(error).toMatchObject({ code: 'NOTE_TOO_LONG', limit: 500 });
    await expect(
      markProgress(db, {
        actionId: A,
        state: 'todo',
        day: null,
        by: 'M. V.',
        note: 'y'.repeat(501),
      }),
    ).rejects.toMatchObject({ code: 'NOTE_TOO_LONG' });
    expect(await db.progress.get(A)).toMatchObject({ state: 'done', note: 'Alku' });
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get('nextMutationId')).toEqual({ key: 'nextMutationId', value: 2 });
  });

  it.each([
    ['a valid code', 'Soita 131052-308T vanhemmille'],
    ['a wrong check character', 'oppilas 131052-308U'],
    ['no check character', '010203A123'],
    ['a new century sign', 'Kysy 131052Y308T'],
  ])('refuses a note with a personal identity code (%s) and writes nothing', async (_, note) => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M. V.', note: 'Alku' });
    await expect(saveProgressNote(db, A, note, 'M. V.')).rejects.toMatchObject({
      code: 'NOTE_PERSONAL_DATA',
    });
    await expect(
      markProgress(db, { actionId: A, state: 'skipped', day: DAY, by: 'M. V.', note }),
    ).rejects.toMatchObject({ code: 'NOTE_PERSONAL_DATA' });
    expect(await db.progress.get(A)).toMatchObject({ state: 'done', note: 'Alku' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps a note with dates and numbers that are no identity code', async () => {
    const db = freshDb();
    await saveProgressNote(db, A, 'Pidetty 13.10.52, 24 oppilasta, huone 308-T', 'M. V.');
    expect((await db.progress.get(A))?.note).toBe('Pidetty 13.10.52, 24 oppilasta, huone 308-T');
  });

  it('accepts a note of exactly 500 characters after trimming', async () => {
    const db = freshDb();
    await saveProgressNote(db, A, ` ${'x'.repeat(500)} `, 'M. V.');
    expect((await db.progress.get(A))?.note).toHaveLength(500);
  });

  it('rolls back the row when the outbox entry cannot be written', async () => {
    const db = freshDb();
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(
      markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M. V.' }),
    ).rejects.toThrow('disk full');
    expect(await db.progress.count()).toBe(0);
    expect(await db.meta.get('nextMutationId')).toEqual({ key: 'nextMutationId', value: 1 });
  });
});
