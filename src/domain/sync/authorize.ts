/**
 * Who may write and read which synced row. The server decides (SYNC-NOTES §8.3 step 2); a client
 * may use the same rules to hide what it could not save.
 *
 * Each entity's rules are declared in entities.ts. Today that means:
 * - teacher: marks the actions of own classes; reads the plan and the progress of own schools.
 * - principal: marks the actions of own schools' classes and the school's own actions, changes
 *   the classes of own schools and when an own school started tracking (`trackingFrom`); reads
 *   the plan and the progress of own schools.
 * - coordinator: changes the whole plan and marks the organization's actions (`~org~`), not a
 *   class's or a school's; reads everything.
 * - admin: runs the server (accounts, via the admin command); reads and writes nothing synced.
 * Nobody touches another organization's space. Organization-wide progress is read by everyone in
 * the organization.
 */
import type { RejectionCode, Role } from './protocol';
import type { Fields, MutationOp } from './merge';
import { jsonEqual } from '../json-equal';
import { ENTITY_REGISTRY, type Entity, type OrganizationRef, type WriteRule } from '../entities';
import { assertNever } from '../ids';
import { parseActionId, type ActionTarget } from './action-ids';
import { actionSchool, rowSchool, type GroupSchoolLookup } from './belonging';

/** The signed-in user as authorization sees them. */
export interface Actor {
  readonly role: Role;
  readonly organizationId: string;
  readonly schools: readonly string[];
  readonly groups: readonly string[];
}

/** A write to check: the row before (null when missing) and after it (null when unchanged). */
export interface WriteCheck {
  readonly space: string;
  readonly entity: Entity;
  readonly entityId: string;
  readonly op: MutationOp;
  readonly before: Fields | null;
  readonly after: Fields | null;
}

export type WriteDecision =
  /** Allowed; `schoolId` is the school the row belongs to (null: organization-wide). */
  | { readonly ok: true; readonly schoolId: string | null }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

function deny(code: RejectionCode, message: string): WriteDecision {
  return { ok: false, code, message };
}

/** Whether `actor` may use `space` at all (their organization, and a role that syncs). */
export function maySync(actor: Actor, space: string): boolean {
  return actor.organizationId === space && actor.role !== 'admin';
}

/**
 * Decides one write of `actor` in `check.space` (which maySync has allowed) by the entity's
 * declared write rule (entities.ts), and finds the school the row belongs to, used to filter
 * pulls.
 */
export function authorizeWrite(
  actor: Actor,
  check: WriteCheck,
  groupSchool: GroupSchoolLookup,
): WriteDecision {
  const wrongOrg = wrongOrganization(check);
  if (wrongOrg !== null) return deny('WrongOrganization', wrongOrg);
  const declaration = ENTITY_REGISTRY[check.entity];
  if (check.op === 'delete' && 'neverDeleted' in declaration)
    return deny('Forbidden', `A ${check.entity} row is never deleted`);
  const write: WriteRule = declaration.write;
  switch (write.kind) {
    case 'actionOwner':
      return authorizeActionWork(actor, check.entityId, groupSchool);
    case 'plan':
      return authorizePlan(actor, check, write, groupSchool);
    default:
      return assertNever(write);
  }
}

function authorizePlan(
  actor: Actor,
  check: WriteCheck,
  rule: Extract<WriteRule, { kind: 'plan' }>,
  groupSchool: GroupSchoolLookup,
): WriteDecision {
  const schoolOf = (row: Fields | null) =>
    rowSchool(check.entity, check.entityId, row, groupSchool) ?? null;
  const schoolId = schoolOf(check.after ?? check.before);
  switch (actor.role) {
    case 'coordinator':
      return { ok: true, schoolId };
    case 'principal': {
      if (!rule.principalOwnSchool && rule.principalFields.length === 0)
        return deny('Forbidden', `A principal cannot change ${check.entity}`);
      const schools = [check.before, check.after]
        .filter((row) => row !== null)
        .map((row) => schoolOf(row));
      if (schools.some((s) => s === null || !actor.schools.includes(s))) {
        return deny('Forbidden', `The ${check.entity} belongs to another school`);
      }
      if (rule.principalOwnSchool) return { ok: true, schoolId };
      // Only the listed fields, of a row that exists: a principal creates or deletes none.
      const changed =
        check.op === 'patch' && check.before !== null
          ? changedFields(check.before, check.after)
          : null;
      if (changed === null || changed.some((f) => !rule.principalFields.includes(f))) {
        return deny(
          'Forbidden',
          `A principal may change only ${rule.principalFields.join(', ')} of a ${check.entity}`,
        );
      }
      return { ok: true, schoolId };
    }
    case 'teacher':
    case 'admin':
      return deny('Forbidden', `A ${actor.role} cannot change ${check.entity}`);
  }
}

/** The fields whose values differ between `before` and `after` (none when `after` is null). */
function changedFields(before: Fields, after: Fields | null): string[] {
  if (after === null) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !jsonEqual(before[k], after[k]));
}

/**
 * Work recorded against an action (progress): a class's actions are its teachers' and its
 * school's principal's, a school's actions its principal's, the organization's the coordinator's.
 */
function authorizeActionWork(
  actor: Actor,
  actionId: string,
  groupSchool: GroupSchoolLookup,
): WriteDecision {
  const parsed = parseActionId(actionId);
  if (parsed === null) return deny('InvalidId', 'Not an action id');
  const { target } = parsed;
  const schoolId = actionSchool(target, groupSchool);
  if (schoolId === undefined)
    return deny('UnknownGroup', `No class ${String(targetGroup(target))}`);
  const allowed = (() => {
    switch (actor.role) {
      case 'teacher':
        return target.kind === 'group' && actor.groups.includes(target.groupId);
      case 'principal':
        return (
          target.kind !== 'organization' && schoolId !== null && actor.schools.includes(schoolId)
        );
      case 'coordinator':
        return target.kind === 'organization';
      case 'admin':
        return false;
    }
  })();
  if (allowed) return { ok: true, schoolId };
  return deny('Forbidden', FORBIDDEN_WORK[target.kind]);
}

const FORBIDDEN_WORK = {
  group: "A class's tasks are marked by its teachers and its principal",
  school: "A school's tasks are marked by its principal",
  organization: "The organization's tasks are marked by the coordinator",
} as const satisfies Record<ActionTarget['kind'], string>;

function targetGroup(target: ActionTarget): string | null {
  return target.kind === 'group' ? target.groupId : null;
}

/** A row that would place itself in another organization than the space it is written to. */
function wrongOrganization(check: WriteCheck): string | null {
  const ref: OrganizationRef = ENTITY_REGISTRY[check.entity].organization;
  switch (ref.kind) {
    case 'key':
      return check.entityId === check.space
        ? null
        : `The ${check.entity} row of a space has the space id`;
    case 'field':
      return check.after !== null && check.after[ref.field] !== check.space
        ? `${ref.field} must be the space`
        : null;
    case 'none':
      return null;
  }
}

/**
 * What a pull gives `actor`, as a storage adapter filters it (mayRead as a query): everything,
 * nothing, or the rows everyone in the organization reads plus the rows of `schools`.
 */
export type ReadScope =
  | { readonly kind: 'everything' }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'ownSchools'; readonly schools: readonly string[] };

/** The read scope of `actor`: the same rule as mayRead, for a whole pull at once. */
export function readScope(actor: Actor): ReadScope {
  switch (actor.role) {
    case 'admin':
      return { kind: 'nothing' };
    case 'coordinator':
      return { kind: 'everything' };
    case 'principal':
    case 'teacher':
      return { kind: 'ownSchools', schools: actor.schools };
  }
}

/**
 * Whether `actor` may read a row of `entity` belonging to `schoolId` (null: organization-wide).
 * The pull query of each storage adapter mirrors this rule (scopeIncludes).
 */
export function mayRead(actor: Actor, entity: Entity, schoolId: string | null): boolean {
  return scopeIncludes(readScope(actor), entity, schoolId);
}

/** Whether `scope` holds a row of `entity` belonging to `schoolId` (null: organization-wide). */
export function scopeIncludes(scope: ReadScope, entity: Entity, schoolId: string | null): boolean {
  switch (scope.kind) {
    case 'everything':
      return true;
    case 'nothing':
      return false;
    case 'ownSchools':
      return (
        ENTITY_REGISTRY[entity].read === 'organization' ||
        schoolId === null ||
        scope.schools.includes(schoolId)
      );
  }
}
