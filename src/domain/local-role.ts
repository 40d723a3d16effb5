/**
 * The role a device acts in when no account is signed in (local mode): the user says which, and
 * the views and what may be marked follow it, as a signed-in account's role would, over every
 * school and class on the device (a local device has no scope of its own).
 */
import type { Actor } from './sync/authorize';
import type { Role } from './sync/protocol';

/** The roles a device may act in without a server (the admin's work needs one). */
export const LOCAL_ROLES = [
  'teacher',
  'principal',
  'coordinator',
] as const satisfies readonly Role[];
export type LocalRole = (typeof LOCAL_ROLES)[number];

/** Whether `value` is a role a device may act in locally. */
export function isLocalRole(value: unknown): value is LocalRole {
  return (LOCAL_ROLES as readonly unknown[]).includes(value);
}

/**
 * The actor a local device acting as `role` is: that role over all of `groups` and their schools
 * (a teacher of every class, a principal of every school, the coordinator).
 */
export function localActor(
  role: LocalRole,
  groups: readonly { readonly id: string; readonly schoolId: string }[],
  organizationId: string,
): Actor {
  return {
    role,
    organizationId,
    schools: [...new Set(groups.map((g) => g.schoolId))],
    groups: groups.map((g) => g.id),
  };
}
