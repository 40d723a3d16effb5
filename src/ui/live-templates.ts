/**
 * The task templates by id, one watch per database for every view that asks (templates-watch.ts):
 * an edited template is read again by its key, and every other stays the same object, so that a
 * view's memoised parts render again only for the template that changed.
 */
import type { VuosikelloDb } from '@/db/database';
import { watchTemplates, type TemplatesById } from '@/db/templates-watch';
import { sharedSource, type SharedLiveQuery } from './shared-live-query';

const watches = new WeakMap<VuosikelloDb, SharedLiveQuery<TemplatesById>>();

/** The templates of `db`, watched while someone subscribes (started by the first call). */
export function liveTemplates(db: VuosikelloDb): SharedLiveQuery<TemplatesById> {
  let watch = watches.get(db);
  if (watch === undefined) {
    watch = sharedSource((observer) => watchTemplates(db, observer.next, observer.error));
    watches.set(db, watch);
  }
  return watch;
}
