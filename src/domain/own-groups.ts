/**
 * Which classes are a signed-in user's own, and which class the teacher's month opens.
 */
import type { GroupId } from './ids';
import type { Group } from './model';
import type { SessionUser } from './sync/protocol';

/**
 * The classes the signed-in user works with: a teacher's own classes, a principal's schools'
 * classes; none for a coordinator or in local mode (every class is equally theirs).
 */
export function ownGroups(groups: readonly Group[], user: SessionUser | undefined | null): Group[] {
  switch (user?.role) {
    case 'teacher':
      return groups.filter((g) => user.groups.includes(g.id));
    case 'principal':
      return groups.filter((g) => user.schools.includes(g.schoolId));
    default:
      return [];
  }
}

/**
 * The class a month opens among a school year's `groups` when the address names none: the
 * remembered one, else the user's first own class, else the first; undefined when there are none.
 */
export function defaultGroup(
  groups: readonly Group[],
  ownIds: ReadonlySet<GroupId>,
  remembered: GroupId | undefined,
): Group | undefined {
  return (
    groups.find((g) => g.id === remembered) ?? groups.find((g) => ownIds.has(g.id)) ?? groups[0]
  );
}
