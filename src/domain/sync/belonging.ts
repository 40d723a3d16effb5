/**
 * Where a synced row belongs: the school whose users see it (pull filter) and whose staff may
 * change it (authorization), by its entity's `belongs` declaration in entities.ts. The server
 * records it with every write, also of the rows it writes itself (seed data).
 */
import { ENTITY_REGISTRY, type Belonging, type Entity } from '../entities';
import type { Fields } from './merge';
import { parseActionId, type ActionTarget } from './action-ids';

/** The school of a group (tombstones included), or null when the space has no such group. */
export type GroupSchoolLookup = (groupId: string) => string | null;

/**
 * The school a row of `entity` keyed `id` with fields `data` belongs to: null for one that belongs
 * to the whole organization, undefined when it cannot be told (an action id that does not parse,
 * or names a class the space does not have).
 */
export function rowSchool(
  entity: Entity,
  id: string,
  data: Fields | null,
  groupSchool: GroupSchoolLookup,
): string | null | undefined {
  const belongs: Belonging = ENTITY_REGISTRY[entity].belongs;
  switch (belongs.kind) {
    case 'organization':
      return null;
    case 'self':
      return id;
    case 'field': {
      const value = data?.[belongs.field];
      return typeof value === 'string' ? value : null;
    }
    case 'action': {
      const parsed = parseActionId(id);
      return parsed === null ? undefined : actionSchool(parsed.target, groupSchool);
    }
  }
}

/**
 * The school an action belongs to: its class's school, the school itself, or null for the
 * organization's; undefined when its class is unknown in the space.
 */
export function actionSchool(
  target: ActionTarget,
  groupSchool: GroupSchoolLookup,
): string | null | undefined {
  switch (target.kind) {
    case 'group':
      return groupSchool(target.groupId) ?? undefined;
    case 'school':
      return target.schoolId;
    case 'organization':
      return null;
  }
}
