import { describe, expect, it } from 'vitest';
import { templateId } from '@/domain/ids';
import { saveTemplate } from './plan-writes';
import { seedSampleIfEmpty } from './seed';
import { watchTemplates, type TemplatesById } from './templates-watch';
import { buildSeed, buildTemplate, freshDb } from './test-fixtures';

/** Watches the templates; `next()` resolves with those of the next call. */
function watch(db: ReturnType<typeof freshDb>) {
  const calls: TemplatesById[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  const stop = watchTemplates(
    db,
    (templates) => {
      calls.push(templates);
      wake?.();
    },
    (error) => errors.push(error),
  );
  const next = async () => {
    const seen = calls.length;
    while (calls.length === seen) await new Promise<void>((resolve) => (wake = resolve));
    return calls.at(-1)!;
  };
  return { calls, errors, next, stop };
}

const RULES = templateId('t-rules');
const SURVEY = templateId('t-survey');

describe('watchTemplates', () => {
  it('gives every template, then an edited one read again and the others as the same objects', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const w = watch(db);
    const first = await w.next();
    expect([...first.keys()].sort()).toEqual([
      't-rules',
      't-steering',
      't-survey',
      't-welfare-group',
    ]);
    // Stored rows carry no sync stamp here.
    expect(first.get(RULES)).toEqual(buildSeed().templates.find((t) => t.id === RULES));

    await saveTemplate(db, buildTemplate({ title: { fi: 'Säännöt', sv: 'Regler', en: 'Rules' } }));
    const edited = await w.next();
    expect(edited.get(RULES)?.title.fi).toBe('Säännöt');
    expect(edited.get(SURVEY)).toBe(first.get(SURVEY));
    expect(edited).not.toBe(first);

    // One added takes its place by id, as a read of the table gives them.
    await saveTemplate(db, buildTemplate({ id: templateId('t-a-new') }));
    expect([...(await w.next()).keys()]).toEqual([
      't-a-new',
      't-rules',
      't-steering',
      't-survey',
      't-welfare-group',
    ]);

    await db.templates.delete(SURVEY);
    expect((await w.next()).has(SURVEY)).toBe(false);
    expect(w.errors).toEqual([]);
    w.stop();
  });

  it('reads all again when the table is cleared, and stops when told', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const w = watch(db);
    await w.next();
    await db.templates.clear();
    expect((await w.next()).size).toBe(0);
    w.stop();
    const calls = w.calls.length;
    await saveTemplate(db, buildTemplate());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.calls.length).toBe(calls);
  });

  it('tells a failed read, and reads all again at the next change', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    db.close();
    const w = watch(db);
    await expect.poll(() => w.errors.length).toBe(1);
    await db.open();
    await saveTemplate(db, buildTemplate({ title: { fi: 'Uusi', sv: 'Ny', en: 'New' } }));
    const after = await w.next();
    expect(after.size).toBe(4);
    expect(after.get(RULES)?.title.fi).toBe('Uusi');
    w.stop();
  });
});
