/**
 * Who may subscribe to which calendar (/api/feeds), and keep receiving it: a teacher their own
 * classes', a principal their own schools' (a class, a grade or the school), a coordinator any
 * in the organization; an admin, who reads nothing synced (readScope), none. The server checks
 * it when a feed is made and again on every fetch, so a feed follows its owner's account (a
 * class handed over or an account disabled ends it); the app uses it to offer only what the
 * server would make.
 */
import type { CalendarTarget } from '../calendar-export/calendar-target';
import { readScope, type Actor } from './authorize';

/**
 * Whether `actor` may follow `target`'s calendar; `schoolId` is the school the target belongs to
 * (a class's school, or the grade's or school's own), as found in the plan.
 */
export function mayFollowCalendar(actor: Actor, target: CalendarTarget, schoolId: string): boolean {
  const scope = readScope(actor);
  switch (scope.kind) {
    case 'nothing':
      return false;
    case 'everything':
      return true;
    case 'ownSchools':
      // Within the schools whose plan the account reads: a principal all, a teacher own classes.
      return (
        scope.schools.includes(schoolId) &&
        (actor.role === 'principal' ||
          (target.kind === 'group' && actor.groups.includes(target.groupId)))
      );
  }
}
