/**
 * Who may subscribe to which calendar (/api/feeds), and keep receiving it: a teacher their own
 * classes', a principal their own schools' (a class, a grade or the school), a coordinator any
 * in the organization; an admin, who reads nothing synced, none: within each role's read scope
 * (readScope in authorize.ts), a teacher only their own classes. The server checks
 * it when a feed is made and again on every fetch, so a feed follows its owner's account (a
 * class handed over or an account disabled ends it); the app uses it to offer only what the
 * server would make.
 */
import type { CalendarTarget } from '../calendar-export/calendar-target';
// Only the type: the rules are readScope's (authorize.ts), said here apart, so that the app's
// calendars view does not pull the sync rules into the chunk the first screen shares.
import type { Actor } from './authorize';

/**
 * Whether `actor` may follow `target`'s calendar; `schoolId` is the school the target belongs to
 * (a class's school, or the grade's or school's own), as found in the plan.
 */
export function mayFollowCalendar(actor: Actor, target: CalendarTarget, schoolId: string): boolean {
  switch (actor.role) {
    case 'admin':
      return false;
    case 'coordinator':
      return true;
    case 'principal':
      return actor.schools.includes(schoolId);
    case 'teacher':
      return (
        target.kind === 'group' &&
        actor.groups.includes(target.groupId) &&
        actor.schools.includes(schoolId)
      );
  }
}
