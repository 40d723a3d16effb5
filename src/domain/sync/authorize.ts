/**
 * Who may write and read which synced row. The server decides (SYNC-NOTES §8.3 step 2); a client
 * may use the same rules to hide what it could not save.
 *
 * - teacher: writes progress of class actions of own groups only; reads the plan and the
 *   progress of own schools.
 * - principal: writes progress of own schools' classes and school actions, and the groups of own
 *   schools; reads the plan and the progress of own schools.
 * - coordinator: writes and reads the whole plan and all progress.
 * - admin: runs the server (accounts, via the admin command); reads and writes nothing synced.
 * Nobody touches another organization's space. Organization-wide progress (`~org~` actions) is
 * written by coordinators and read by everyone in the organization.
 */
import type { RejectionCode, Role } from './protocol';
import type { Fields } from './merge';
import type { Entity } from './row-schemas';
import { parseActionId } from './action-ids';

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
  readonly before: Fields | null;
  readonly after: Fields | null;
}

export type WriteDecision =
  /** Allowed; `schoolId` is the school the row belongs to (null: organization-wide). */
  | { readonly ok: true; readonly schoolId: string | null }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

/** The school of a group (tombstones included), or null when the space has no such group. */
export type GroupSchoolLookup = (groupId: string) => string | null;

function deny(code: RejectionCode, message: string): WriteDecision {
  return { ok: false, code, message };
}

/** Whether `actor` may use `space` at all (their organization, and a role that syncs). */
export function maySync(actor: Actor, space: string): boolean {
  return actor.organizationId === space && actor.role !== 'admin';
}

/**
 * Decides one write of `actor` in `check.space` (which maySync has allowed), and finds the school
 * the row belongs to, used to filter pulls.
 */
export function authorizeWrite(
  actor: Actor,
  check: WriteCheck,
  groupSchool: GroupSchoolLookup,
): WriteDecision {
  const wrongOrg = wrongOrganization(check);
  if (wrongOrg !== null) return deny('WrongOrganization', wrongOrg);
  if (check.entity === 'progress') return authorizeProgress(actor, check.entityId, groupSchool);
  const schoolId = rowSchool(check);
  switch (actor.role) {
    case 'coordinator':
      return { ok: true, schoolId };
    case 'principal': {
      if (check.entity !== 'group')
        return deny('Forbidden', `A principal cannot change ${check.entity}`);
      const schools = [check.before, check.after]
        .filter((row) => row !== null)
        .map((row) => String(row['schoolId']));
      if (schools.some((s) => !actor.schools.includes(s))) {
        return deny('Forbidden', 'The class belongs to another school');
      }
      return { ok: true, schoolId };
    }
    case 'teacher':
    case 'admin':
      return deny('Forbidden', `A ${actor.role} cannot change ${check.entity}`);
  }
}

function authorizeProgress(
  actor: Actor,
  actionId: string,
  groupSchool: GroupSchoolLookup,
): WriteDecision {
  const parsed = parseActionId(actionId);
  if (parsed === null) return deny('InvalidId', 'Not an action id');
  const { target } = parsed;
  let schoolId: string | null = null;
  if (target.kind === 'group') {
    schoolId = groupSchool(target.groupId);
    if (schoolId === null) return deny('UnknownGroup', `No class ${target.groupId}`);
  } else if (target.kind === 'school') {
    schoolId = target.schoolId;
  }
  switch (actor.role) {
    case 'coordinator':
      return { ok: true, schoolId };
    case 'principal':
      return schoolId !== null && actor.schools.includes(schoolId)
        ? { ok: true, schoolId }
        : deny('Forbidden', 'The action belongs to another school or to the organization');
    case 'teacher':
      return target.kind === 'group' && actor.groups.includes(target.groupId)
        ? { ok: true, schoolId }
        : deny('Forbidden', 'A teacher marks the actions of own classes only');
    case 'admin':
      return deny('Forbidden', 'An admin does not mark progress');
  }
}

/** The school a plan row belongs to: a school is its own, a group has one, the rest have none. */
function rowSchool(check: WriteCheck): string | null {
  const row = check.after ?? check.before;
  if (check.entity === 'school') return check.entityId;
  if (check.entity === 'group' && row !== null) return String(row['schoolId']);
  return null;
}

/** A row that would place itself in another organization than the space it is written to. */
function wrongOrganization(check: WriteCheck): string | null {
  if (check.entity === 'organization' && check.entityId !== check.space) {
    return 'The organization row of a space has the space id';
  }
  if (
    (check.entity === 'school' || check.entity === 'schoolYear') &&
    check.after !== null &&
    check.after['organizationId'] !== check.space
  ) {
    return 'organizationId must be the space';
  }
  return null;
}

/**
 * Whether `actor` may read a row of `entity` belonging to `schoolId` (null: organization-wide).
 * The SQL of each storage adapter mirrors this rule.
 */
export function mayRead(actor: Actor, entity: Entity, schoolId: string | null): boolean {
  switch (actor.role) {
    case 'admin':
      return false;
    case 'coordinator':
      return true;
    case 'principal':
    case 'teacher':
      return entity !== 'progress' || schoolId === null || actor.schools.includes(schoolId);
  }
}
