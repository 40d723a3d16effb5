/**
 * Derives the actions of one school year from the plan: each template's windows are resolved once
 * (they do not depend on the class), then fanned out to the classes, schools or the organization
 * the template is for.
 */
import { actionId, assertNever } from '../ids';
import type { SchoolId, TemplateId } from '../ids';
import type {
  Action,
  Grade,
  Group,
  School,
  SchoolAdjustment,
  SchoolYear,
  TaskTemplate,
} from '../model';
import { buildSchoolCalendar } from '../school-calendar';
import type { SchoolCalendar } from '../school-calendar';
import { resolveRule, type ResolvedWindow } from './resolve-window';
import type { ScheduleProblemCode } from './resolve-window';
import { actionIdFor, type ActionTarget } from './schedule-ids';

/** What the scheduler needs of the plan for one school year. */
export interface PlanSnapshot {
  readonly schools: readonly School[];
  readonly schoolYear: SchoolYear;
  readonly groups: readonly Group[];
  readonly templates: readonly TaskTemplate[];
  /** The schools' own changes of the plan (none when absent). */
  readonly adjustments?: readonly SchoolAdjustment[];
}

/** A template whose rule cannot be placed in the year (or in one of its months). */
export interface ScheduleProblem {
  readonly templateId: TemplateId;
  readonly occurrence: string;
  readonly code: ScheduleProblemCode;
}

/** Whether `template` is retired in the school year starting in `startYear` (retiredFrom). */
export function isRetiredIn(template: TaskTemplate, startYear: number): boolean {
  return template.retiredFrom != null && startYear >= template.retiredFrom;
}

/** Bit g set for each grade g, so "do the grades meet" is one AND. */
function gradeMask(grades: readonly Grade[]): number {
  let mask = 0;
  for (const g of grades) mask |= 1 << g;
  return mask;
}

/**
 * Every action of `plan.schoolYear`, and the problems of templates that cannot be placed; templates
 * retired in the year (isRetiredIn) give neither.
 * Class-scoped templates give one action per group of that year whose grades meet the
 * template's (a combined class gets each task once); school-scoped ones one per school whose
 * grades meet them; organization-scoped ones a single action. Output order follows the template
 * list, then the group or school list. A school's adjustment of a template (`adjustments`)
 * applies to that school's classes and to the school's own action: switched off, they get none;
 * moved, they get the windows of the school's own rule, marked `schoolTiming`. Pass `calendar`
 * when it is already built for the year.
 */
export function materializeActions(
  plan: PlanSnapshot,
  calendar: SchoolCalendar = buildSchoolCalendar(plan.schoolYear),
): { actions: Action[]; problems: ScheduleProblem[] } {
  const yearId = plan.schoolYear.id;
  const groups = plan.groups.filter((g) => g.schoolYearId === yearId);
  const groupMasks = groups.map((g) => gradeMask(g.grades));
  const schoolMasks = plan.schools.map((s) => gradeMask(s.grades));
  const actions: Action[] = [];
  const problems: ScheduleProblem[] = [];
  const adjusted = adjustmentsByTemplate(plan.adjustments ?? []);

  for (const template of plan.templates) {
    // A retired task is not planned from its retirement year on; earlier years keep it.
    if (isRetiredIn(template, plan.schoolYear.startYear)) continue;
    const resolution = resolveRule(template.timing, calendar, template.breakShift ?? 'after');
    for (const p of resolution.problems) {
      problems.push({ templateId: template.id, occurrence: p.occurrence, code: p.code });
    }
    const own = adjusted.get(template.id);
    if (resolution.windows.length === 0 && own === undefined) continue;
    const mask = gradeMask(template.grades);
    // The windows of each school whose adjustment applies: none when switched off.
    const ownWindows = new Map<SchoolId, readonly ResolvedWindow[]>();
    for (const [schoolId, adjustment] of own ?? []) {
      ownWindows.set(
        schoolId,
        adjustment.kind === 'move' && adjustment.timing !== null
          ? resolveRule(adjustment.timing, calendar).windows
          : [],
      );
    }
    const pushOwn = (
      target: ActionTarget,
      schoolId: SchoolId,
      windows: readonly ResolvedWindow[],
    ) => {
      for (const w of windows) {
        actions.push({
          id: actionIdFor(yearId, target, template.id, w.occurrence),
          templateId: template.id,
          schoolYearId: yearId,
          scope: template.scope,
          groupId: target.kind === 'group' ? target.groupId : null,
          schoolId,
          occurrence: w.occurrence,
          start: w.start,
          end: w.end,
          themeId: template.themeId,
          adjustment: w.adjustment,
          schoolTiming: true,
        });
      }
    };
    // Every action is built by one object literal with the fields in one order (one shape).
    const pushFor = (target: ActionTarget, schoolId: SchoolId | null) => {
      for (const w of resolution.windows) {
        actions.push({
          id: actionIdFor(yearId, target, template.id, w.occurrence),
          templateId: template.id,
          schoolYearId: yearId,
          scope: template.scope,
          groupId: null,
          schoolId,
          occurrence: w.occurrence,
          start: w.start,
          end: w.end,
          themeId: template.themeId,
          adjustment: w.adjustment,
          spansBreaks: w.spansBreaks,
        });
      }
    };
    switch (template.scope) {
      case 'class': {
        // The hot loop (every class x every window) builds actionIdFor's string inline.
        const prefix = `${yearId}~g:`;
        const suffix = `~${template.id}~`;
        for (let i = 0; i < groups.length; i++) {
          const group = groups[i];
          if (group === undefined || ((groupMasks[i] ?? 0) & mask) === 0) continue;
          const windows = own && ownWindows.get(group.schoolId);
          if (windows) {
            pushOwn({ kind: 'group', groupId: group.id }, group.schoolId, windows);
            continue;
          }
          for (const w of resolution.windows) {
            actions.push({
              id: actionId(prefix + group.id + suffix + w.occurrence),
              templateId: template.id,
              schoolYearId: yearId,
              scope: template.scope,
              groupId: group.id,
              schoolId: group.schoolId,
              occurrence: w.occurrence,
              start: w.start,
              end: w.end,
              themeId: template.themeId,
              adjustment: w.adjustment,
              spansBreaks: w.spansBreaks,
            });
          }
        }
        break;
      }
      case 'school':
        for (let i = 0; i < plan.schools.length; i++) {
          const school = plan.schools[i];
          if (school === undefined || ((schoolMasks[i] ?? 0) & mask) === 0) continue;
          const windows = own && ownWindows.get(school.id);
          if (windows) pushOwn({ kind: 'school', schoolId: school.id }, school.id, windows);
          else pushFor({ kind: 'school', schoolId: school.id }, school.id);
        }
        break;
      case 'organization':
        pushFor({ kind: 'organization' }, null);
        break;
      default:
        assertNever(template.scope);
    }
  }
  return { actions, problems };
}

/** Adjustments by template, then by school. */
function adjustmentsByTemplate(
  adjustments: readonly SchoolAdjustment[],
): Map<string, Map<SchoolId, SchoolAdjustment>> {
  const byTemplate = new Map<string, Map<SchoolId, SchoolAdjustment>>();
  for (const a of adjustments) {
    const bySchool = byTemplate.get(a.templateId) ?? new Map<SchoolId, SchoolAdjustment>();
    bySchool.set(a.schoolId, a);
    byTemplate.set(a.templateId, bySchool);
  }
  return byTemplate;
}
