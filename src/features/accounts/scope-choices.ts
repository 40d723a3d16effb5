/**
 * What the accounts view offers for an account's schools and classes: the school year shown (the
 * one today falls in, else the latest), and the classes of a school in it.
 */
import type { AccountList, ScopeGroup, ScopeYear } from '@/domain/sync/account-api';
import type { LocalDate } from '@/domain/local-date';
import { byName } from '@/domain/sort-order';

/** The school year `today` falls in (1 Aug - 31 Jul), else the latest; null when there is none. */
export function currentSchoolYear(years: readonly ScopeYear[], today: LocalDate): ScopeYear | null {
  const sorted = [...years].sort((a, b) => a.startYear - b.startYear);
  const current = sorted.find(
    (y) => `${y.startYear}-08-01` <= today && today <= `${y.startYear + 1}-07-31`,
  );
  return current ?? sorted.at(-1) ?? null;
}

/** The classes of `schoolId` in `yearId`, by name. */
export function classesOf(
  list: Pick<AccountList, 'groups'>,
  schoolId: string,
  yearId: string | null,
): ScopeGroup[] {
  return list.groups
    .filter((g) => g.schoolId === schoolId && g.schoolYearId === yearId)
    .sort(byName);
}

/** Names of the account's schools and classes, for the table ('' when it has none). */
export function scopeText(
  list: Pick<AccountList, 'schools' | 'groups'>,
  account: { readonly schools: readonly string[]; readonly groups: readonly string[] },
): string {
  const schoolName = new Map(list.schools.map((s) => [s.id, s.name]));
  const groupsBySchool = new Map<string, string[]>();
  for (const id of account.groups) {
    const group = list.groups.find((g) => g.id === id);
    if (!group) continue;
    groupsBySchool.set(group.schoolId, [...(groupsBySchool.get(group.schoolId) ?? []), group.name]);
  }
  return account.schools
    .map((s) => {
      const names = groupsBySchool.get(s);
      const school = schoolName.get(s) ?? s;
      return names ? `${school}: ${names.join(', ')}` : school;
    })
    .join('; ');
}
