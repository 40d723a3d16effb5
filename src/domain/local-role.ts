/**
 * The role a device acts in when no account is signed in (local mode): the user says which, and
 * the menu, the views and what the plan views offer to change follow it, as a signed-in
 * account's role would, over every school and class on the device (a local device has no scope
 * of its own). Ticking stays open to whoever holds the device: its work is its own until it
 * signs in, when the server's rules apply.
 */
import type { Role, SessionUser } from './sync/protocol';

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
 * The user a local device acts as: the chosen role over every school and class on the device,
 * so the server's rules (authorize.ts) decide what the views offer, as for an account.
 */
export function localActingUser(
  role: LocalRole,
  organizationId: string,
  schools: readonly string[],
  groups: readonly string[],
): SessionUser {
  return {
    username: '',
    displayName: '',
    role,
    organizationId,
    schools: [...schools],
    groups: [...groups],
  };
}
