/**
 * What an exported calendar holds: the tasks of one class, of one grade of a school, or of a
 * school itself, in one school year, each over its window, with a UID that stays the same on
 * every export so that a calendar re-importing the file (or polling a feed) updates the event
 * instead of adding a second one. Progress, notes and people are never part of it.
 */
import type { GroupId, SchoolId } from '../ids';
import type { LocalDate } from '../local-date';
import type {
  Action,
  Grade,
  Group,
  Language,
  School,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '../model';
import { compare } from '../schedule/schedule-record';
import { CALENDAR_WORDS } from './calendar-words';

/** Whose tasks a calendar holds. */
export type CalendarTarget =
  /** One class's tasks. */
  | { readonly kind: 'group'; readonly groupId: GroupId }
  /** The tasks of a grade's classes in one school, each task once. */
  | { readonly kind: 'grade'; readonly schoolId: SchoolId; readonly grade: Grade }
  /** A school's own tasks (per-school tasks such as the communal student welfare group's). */
  | { readonly kind: 'school'; readonly schoolId: SchoolId };

export const CALENDAR_TARGET_KINDS = ['group', 'grade', 'school'] as const;
export type CalendarTargetKind = (typeof CALENDAR_TARGET_KINDS)[number];

/** What a calendar is built from: one school year's plan and the actions derived from it. */
export interface CalendarPlan {
  readonly schoolYear: SchoolYear;
  readonly schools: readonly School[];
  readonly groups: readonly Group[];
  readonly templates: readonly TaskTemplate[];
  readonly themes: readonly Theme[];
  /** The year's actions (materializeActions); those of other targets are passed over. */
  readonly actions: readonly Action[];
}

/** One event of a calendar: a task over its window of school days. */
export interface CalendarEntry {
  /** Stable across exports: from the action's id (deterministic, holds no dates). */
  readonly uid: string;
  readonly template: TaskTemplate;
  /** First and last school day of the window, both inclusive. */
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/** The right-hand side of every UID: names the app, so no other calendar's UID can clash. */
export const UID_DOMAIN = 'vuosikello';

/** The UID of an action's event. */
export function actionUid(actionId: string): string {
  return `${actionId}@${UID_DOMAIN}`;
}

/**
 * The events of `target` in the plan's year, by start, then UID; null when the target is not in
 * that year's plan (no such class in the year, no such school), so that nothing is made up.
 * A class gets its class tasks; a school its own school tasks; a grade the class tasks of its
 * classes in the school whose task is for that grade, each task and occurrence once (a UID of
 * its own, as no single action stands for it), over the widest window among those classes.
 */
export function calendarEntries(
  plan: CalendarPlan,
  target: CalendarTarget,
): CalendarEntry[] | null {
  if (targetName(plan, target, 'fi') === null) return null;
  const templates = new Map(plan.templates.map((t) => [t.id, t]));
  const entries: CalendarEntry[] = [];
  const add = (uid: string, action: Action) => {
    const template = templates.get(action.templateId);
    if (template) entries.push({ uid, template, start: action.start, end: action.end });
  };
  switch (target.kind) {
    case 'group':
      for (const a of plan.actions) if (a.groupId === target.groupId) add(actionUid(a.id), a);
      break;
    case 'school':
      for (const a of plan.actions) {
        if (a.scope === 'school' && a.schoolId === target.schoolId) add(actionUid(a.id), a);
      }
      break;
    case 'grade': {
      const classes = new Set(
        plan.groups
          .filter(
            (g) =>
              g.schoolId === target.schoolId &&
              g.schoolYearId === plan.schoolYear.id &&
              g.grades.includes(target.grade),
          )
          .map((g) => g.id),
      );
      const byTask = new Map<string, CalendarEntry>();
      for (const a of plan.actions) {
        if (a.groupId === null || !classes.has(a.groupId)) continue;
        const template = templates.get(a.templateId);
        if (!template?.grades.includes(target.grade)) continue;
        const key = `${plan.schoolYear.id}~grade:${target.schoolId}:${target.grade}~${a.templateId}~${a.occurrence}`;
        const seen = byTask.get(key);
        byTask.set(key, {
          uid: actionUid(key),
          template,
          start: seen && seen.start < a.start ? seen.start : a.start,
          end: seen && seen.end > a.end ? seen.end : a.end,
        });
      }
      entries.push(...byTask.values());
      break;
    }
  }
  return entries.sort((a, b) => compare(a.start, b.start) || compare(a.uid, b.uid));
}

/**
 * Who the calendar is for, in `language`: '3A (Esimerkkikoulu)', '3. luokka (Esimerkkikoulu)',
 * 'Esimerkkikoulu'; null when the target is not in the plan's year. No comma: calendars show the
 * escaped comma of a calendar's name as written ('3A\\, ...').
 */
export function targetName(
  plan: Pick<CalendarPlan, 'schoolYear' | 'schools' | 'groups'>,
  target: CalendarTarget,
  language: Language,
): string | null {
  const schoolName = (id: SchoolId) => plan.schools.find((s) => s.id === id)?.name ?? null;
  switch (target.kind) {
    case 'group': {
      const group = plan.groups.find(
        (g) => g.id === target.groupId && g.schoolYearId === plan.schoolYear.id,
      );
      const school = group && schoolName(group.schoolId);
      return group && school ? `${group.name} (${school})` : null;
    }
    case 'grade': {
      const school = schoolName(target.schoolId);
      return school && `${CALENDAR_WORDS[language].grade(target.grade)} (${school})`;
    }
    case 'school':
      return schoolName(target.schoolId);
  }
}

/** The calendar's name: who it is for and the school year ('3A (Esimerkkikoulu) — lukuvuosi 2026–2027'). */
export function calendarName(
  plan: Pick<CalendarPlan, 'schoolYear' | 'schools' | 'groups'>,
  target: CalendarTarget,
  language: Language,
): string | null {
  const who = targetName(plan, target, language);
  const year = CALENDAR_WORDS[language].schoolYear(plan.schoolYear.startYear);
  return who === null ? null : `${who} — ${year}`;
}
