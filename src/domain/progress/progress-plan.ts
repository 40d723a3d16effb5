/**
 * A school year's actions with what a progress summary asks of each (its school, class, levels,
 * responsible roles, theme, the month it falls due), worked out once per plan: a tick then costs
 * a pass over numbers, not a look-up of every action's class and task again.
 */
import type { ActionId, SchoolYearId, TemplateId, ThemeId } from '../ids';
import { monthOf, type LocalDate } from '../local-date';
import {
  RESPONSIBLE_ROLES,
  type Action,
  type Grade,
  type Group,
  type School,
  type TaskTemplate,
} from '../model';
import { SCHOOL_YEAR_MONTHS } from '../schedule/resolve-window';
import { byGradeThenName, byName } from '../sort-order';
import { LEVELS, type Level } from './progress-filter';

/** What a summary is made from: one school year's plan and the actions derived from it. */
export interface ProgressPlan {
  readonly schoolYearId: SchoolYearId;
  /** Every action of the year (materializeActions), all scopes. */
  readonly actions: readonly Action[];
  readonly schools: readonly School[];
  /** The classes of the year (others are ignored). */
  readonly groups: readonly Group[];
  readonly templates: readonly TaskTemplate[];
}

/** A plan worked out for summaries (indexProgressPlan); the per-action arrays follow `actions`. */
export interface PlanIndex {
  readonly schoolYearId: SchoolYearId;
  readonly actions: readonly Action[];
  /** By name. */
  readonly schools: readonly School[];
  /** The year's classes by school (in `schools` order), then lowest grade and name. */
  readonly groups: readonly Group[];
  readonly templates: readonly TaskTemplate[];
  /** Per class (as `groups`): the index of its school in `schools`. */
  readonly groupSchool: readonly number[];
  /** The themes the actions have, in order of first appearance. */
  readonly themeIds: readonly ThemeId[];
  /** Per action: index in `schools`, -1 for the organization's own (or an unknown school). */
  readonly school: Int32Array;
  /** Per action: index in `groups`, -1 for a school's or the organization's own. */
  readonly group: Int32Array;
  /** Per action: bit i set for each LEVELS[i] the action is of. */
  readonly levels: Int32Array;
  /** Per action: bit i set for each RESPONSIBLE_ROLES[i] its task names. */
  readonly roles: Int32Array;
  /** Per action: index in SCHOOL_YEAR_MONTHS of the month its window ends in. */
  readonly month: Int8Array;
  /** Per action: index in `themeIds`, -1 without a theme. */
  readonly theme: Int32Array;
  /** Per action: index in `templates`, -1 when its task is not in the list. */
  readonly template: Int32Array;
  /** Per school (as `schools`): when it started tracking, null from the start. */
  readonly trackingFrom: readonly (LocalDate | null)[];
  /** Action id to its index. */
  readonly byId: ReadonlyMap<ActionId, number>;
  /** Per template (as `templates`): the indexes of its actions. */
  readonly actionsOfTemplate: readonly (readonly number[])[];
}

const SCHOOL_LEVEL_BIT = 1 << LEVELS.indexOf('school');
const ORGANIZATION_LEVEL_BIT = 1 << LEVELS.indexOf('organization');

/** Bit LEVELS.indexOf(level) (grades are their own index). */
export function levelBit(level: Level): number {
  return 1 << LEVELS.indexOf(level);
}

function gradeBits(grades: readonly Grade[]): number {
  let mask = 0;
  for (const g of grades) mask |= levelBit(g);
  return mask;
}

function roleBits(template: TaskTemplate | undefined): number {
  let mask = 0;
  for (const r of template?.responsible ?? []) mask |= 1 << RESPONSIBLE_ROLES.indexOf(r);
  return mask;
}

/** The index of the month (in SCHOOL_YEAR_MONTHS) in which `day` falls. */
export function schoolYearMonthIndex(day: LocalDate): number {
  return SCHOOL_YEAR_MONTHS.indexOf(monthOf(day) as (typeof SCHOOL_YEAR_MONTHS)[number]);
}

/**
 * Works `plan` out for summaries. A class's action is of the grades its task and its class share
 * (a combined class's task of both its grades is of both); a school's own action of level
 * 'school', the organization's of 'organization'.
 */
export function indexProgressPlan(plan: ProgressPlan): PlanIndex {
  const schools = [...plan.schools].sort(byName);
  const schoolIndex = new Map(schools.map((s, i) => [s.id, i]));
  // Sorted school by school: a city's classes in one sort by name took tens of milliseconds.
  const groupsOf = schools.map((): Group[] => []);
  for (const g of plan.groups) {
    const s = schoolIndex.get(g.schoolId);
    if (g.schoolYearId === plan.schoolYearId && s !== undefined) groupsOf[s]!.push(g);
  }
  const groups = groupsOf.flatMap((list) => list.sort(byGradeThenName));
  const groupIndex = new Map(groups.map((g, i) => [g.id, i]));
  const groupBits = groups.map((g) => gradeBits(g.grades));
  const templateIndex = new Map(plan.templates.map((t, i) => [t.id, i]));
  const templateGrades = plan.templates.map((t) => gradeBits(t.grades));
  const templateRoles = plan.templates.map(roleBits);
  const themeIds: ThemeId[] = [];
  const themeIndex = new Map<ThemeId, number>();

  const n = plan.actions.length;
  const index = {
    school: new Int32Array(n),
    group: new Int32Array(n),
    levels: new Int32Array(n),
    roles: new Int32Array(n),
    month: new Int8Array(n),
    theme: new Int32Array(n),
    template: new Int32Array(n),
  };
  const byId = new Map<ActionId, number>();
  const actionsOfTemplate: number[][] = plan.templates.map(() => []);
  for (let i = 0; i < n; i += 1) {
    const action = plan.actions[i]!;
    byId.set(action.id, i);
    const s = action.schoolId === null ? -1 : (schoolIndex.get(action.schoolId) ?? -1);
    const g = action.groupId === null ? -1 : (groupIndex.get(action.groupId) ?? -1);
    const t = templateIndex.get(action.templateId) ?? -1;
    index.school[i] = s;
    index.group[i] = g;
    index.template[i] = t;
    if (t >= 0) actionsOfTemplate[t]!.push(i);
    index.levels[i] =
      action.scope === 'class'
        ? (g >= 0 ? groupBits[g]! : 0) & (t >= 0 ? templateGrades[t]! : -1)
        : action.scope === 'school'
          ? SCHOOL_LEVEL_BIT
          : ORGANIZATION_LEVEL_BIT;
    index.roles[i] = t >= 0 ? templateRoles[t]! : 0;
    index.month[i] = schoolYearMonthIndex(action.end);
    if (action.themeId === null) {
      index.theme[i] = -1;
    } else {
      let th = themeIndex.get(action.themeId);
      if (th === undefined) {
        th = themeIds.length;
        themeIds.push(action.themeId);
        themeIndex.set(action.themeId, th);
      }
      index.theme[i] = th;
    }
  }
  return {
    schoolYearId: plan.schoolYearId,
    actions: plan.actions,
    schools,
    groups,
    groupSchool: groupsOf.flatMap((list, s) => list.map(() => s)),
    templates: plan.templates,
    themeIds,
    ...index,
    trackingFrom: schools.map((s) => s.trackingFrom ?? null),
    byId,
    actionsOfTemplate,
  };
}

/** The index of `id` among the plan's templates, or -1. */
export function templateIndexOf(index: PlanIndex, id: TemplateId): number {
  return index.templates.findIndex((t) => t.id === id);
}
