/**
 * The role a device acts in when no account is signed in (local mode): the user says which, and
 * the views and what may be marked follow it, as a signed-in account's role would, over every
 * school and class on the device (a local device has no scope of its own).
 */
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
