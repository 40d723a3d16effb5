/**
 * The task templates, kept current by the keys each change names (keyed-watch.ts): a template
 * edited reads that one template again, and every other stays the same object. The month takes
 * its templates from here rather than from its live read, which would read every template of the
 * class's year again after each edit (npm run bench -- planedit).
 */
import type { TemplateId } from '@/domain/ids';
import type { TaskTemplate } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { watchByKeys } from './keyed-watch';
import { withoutStamp } from './server-copy';

const byId = (a: TaskTemplate, b: TaskTemplate) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Templates by id. */
export type TemplatesById = ReadonlyMap<TemplateId, TaskTemplate>;

/** Every template, by id (read once). */
export async function readTemplates(db: VuosikelloDb): Promise<TemplatesById> {
  return new Map((await db.templates.toArray()).map((row) => [row.id, withoutStamp(row)]));
}

/**
 * Calls `onTemplates` with every template by id, first all, then after each change anywhere
 * (this tab, another tab, a sync) with the changed ones read again. Returns the function that
 * stops watching; a read that fails goes to `onError`.
 */
export function watchTemplates(
  db: VuosikelloDb,
  onTemplates: (templates: TemplatesById) => void,
  onError: (error: unknown) => void,
): () => void {
  return watchByKeys<TaskTemplate>(
    {
      part: `idb://${db.name}/${db.templates.name}/`,
      holds: (key) => typeof key === 'string',
      mayHold: () => true,
      readAll: async () => [...(await readTemplates(db)).values()],
      readKeys: async (keys) =>
        (await db.templates.bulkGet(keys as TemplateId[])).map((row) => row && withoutStamp(row)),
      keyOf: (template) => template.id,
    },
    // By id, as a table reads them (a template added is not left last).
    (templates) =>
      onTemplates(new Map([...templates].sort(byId).map((template) => [template.id, template]))),
    onError,
  );
}
