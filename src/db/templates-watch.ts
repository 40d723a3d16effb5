/**
 * The task templates, kept current by the keys each change names (keyed-watch.ts): a template
 * edited reads that one template again, and every other stays the same object. The month takes
 * its templates from here rather than from its live read, which would read every template of the
 * class's year again after each edit (npm run bench -- planedit).
 */
import type { TemplateId } from '@/domain/ids';
import type { TaskTemplate } from '@/domain/model';
import { compare } from '@/domain/schedule/schedule-record';
import type { VuosikelloDb } from './database';
import { watchByKeys } from './keyed-watch';
import { listTemplates } from './queries';
import { withoutStamp } from './server-copy';

/** Templates by id. */
export type TemplatesById = ReadonlyMap<TemplateId, TaskTemplate>;

const byId = (templates: readonly TaskTemplate[]): TemplatesById =>
  new Map(templates.map((template) => [template.id, template]));

/** Every template, by id (read once). */
export async function readTemplates(db: VuosikelloDb): Promise<TemplatesById> {
  return byId(await listTemplates(db));
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
      readAll: () => listTemplates(db),
      readKeys: async (keys) =>
        (await db.templates.bulkGet(keys as TemplateId[])).map((row) => row && withoutStamp(row)),
      keyOf: (template) => template.id,
    },
    // By id, as a table reads them (a template added is not left last).
    (templates) => onTemplates(byId([...templates].sort((a, b) => compare(a.id, b.id)))),
    onError,
  );
}
