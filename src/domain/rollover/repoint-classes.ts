/**
 * Accounts follow their classes into the new school year. The new class is added next to the
 * old one rather than in its place: the last weeks of the old year can still be ticked, and an
 * undone roll-over leaves nobody without their class (an id of a class that is gone gives no
 * access to anything).
 */
import { z } from 'zod';
import { entityIdSchema } from '../sync/sync-ids';

/** At most this many classes in one request: a city has a few thousand. */
export const REPOINT_MAX_CLASSES = 20_000;

/** The body of POST /api/rollover/accounts: the roll-over's old -> new class mapping. */
export const repointRequestSchema = z
  .object({
    mapping: z
      .array(z.object({ from: entityIdSchema, to: entityIdSchema }).strict())
      .max(REPOINT_MAX_CLASSES),
  })
  .strict();

/**
 * An account's classes, followed by the new class `newClassOf` gives each of them (each once);
 * null when nothing is added.
 */
export function repointedClasses(
  classes: readonly string[],
  newClassOf: ReadonlyMap<string, string>,
): string[] | null {
  const next = [...classes];
  const have = new Set(classes);
  for (const old of classes) {
    const added = newClassOf.get(old);
    if (added !== undefined && !have.has(added)) {
      next.push(added);
      have.add(added);
    }
  }
  return next.length === classes.length ? null : next;
}
