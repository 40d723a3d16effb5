/**
 * Where a task falls in one school year, for the template form's live preview and the library's
 * month filter: computed with the scheduler itself (materializeActions) from the template as it
 * stands, so the preview shows exactly what saving would plan.
 */
import type { GroupId, SchoolId, TemplateId } from '../ids';
import { isoWeekOf, monthOf } from '../local-date';
import type { LocalDate } from '../local-date';
import type { Group, School, SchoolYear, TaskTemplate, WindowAdjustment } from '../model';
import { materializeActions } from '../schedule/materialize-actions';
import type { ScheduleProblemCode } from '../schedule/resolve-window';
import type { SchoolCalendar } from '../school-calendar';
import { byGradeThenName, byName } from '../sort-order';
import type { Month } from '../timing-rule';

export interface PreviewWindow {
  readonly occurrence: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** ISO week numbers of the first and last day. */
  readonly startWeek: number;
  readonly endWeek: number;
  /** Why the window is not where the rule put it, or null. */
  readonly adjustment: WindowAdjustment | null;
}

/** Who gets the task: the classes (class scope) or schools (school scope); none for the organization. */
export type PreviewTargets =
  | { readonly scope: 'class'; readonly groups: readonly (Group & { schoolName: string })[] }
  | { readonly scope: 'school'; readonly schools: readonly School[] }
  | { readonly scope: 'organization' };

export interface RulePreview {
  readonly windows: readonly PreviewWindow[];
  readonly problems: readonly ScheduleProblemCode[];
  readonly targets: PreviewTargets;
}

/** The plan of one school year without its templates. */
export interface PreviewPlan {
  readonly schools: readonly School[];
  readonly schoolYear: SchoolYear;
  readonly groups: readonly Group[];
}

/** The template as the scheduler sees it for its windows: once, for the organization, not retired. */
function windowProbe(template: TaskTemplate): TaskTemplate {
  return { ...template, scope: 'organization', retiredFrom: null };
}

/**
 * The windows of `template` in `plan.schoolYear` (also when no class gets it, and also when it is
 * retired: the caller says so), the scheduler's problems with its rule, and the classes or schools
 * of the year that get it, by grade and name.
 */
export function previewTemplate(
  template: TaskTemplate,
  plan: PreviewPlan,
  calendar: SchoolCalendar,
): RulePreview {
  const probed = materializeActions({ ...plan, templates: [windowProbe(template)] }, calendar);
  const windows = probed.actions.map((a) => ({
    occurrence: a.occurrence,
    start: a.start,
    end: a.end,
    startWeek: isoWeekOf(a.start).week,
    endWeek: isoWeekOf(a.end).week,
    adjustment: a.adjustment,
  }));
  const problems = [...new Set(probed.problems.map((p) => p.code))];
  return { windows, problems, targets: targetsOf(template, plan, calendar) };
}

function targetsOf(
  template: TaskTemplate,
  plan: PreviewPlan,
  calendar: SchoolCalendar,
): PreviewTargets {
  if (template.scope === 'organization') return { scope: 'organization' };
  // Grades alone decide who gets the task, so a rule that places nothing still shows them: probe
  // with a rule that always has a window (the whole year's first month with school days).
  const { actions } = materializeActions(
    {
      ...plan,
      templates: [
        {
          ...template,
          retiredFrom: null,
          timing: { kind: 'everyMonth', months: [], part: 'whole' },
        },
      ],
    },
    calendar,
  );
  if (template.scope === 'class') {
    const ids = new Set<GroupId | null>(actions.map((a) => a.groupId));
    const schoolNames = new Map(plan.schools.map((s) => [s.id, s.name]));
    const groups = plan.groups
      .filter((g) => ids.has(g.id))
      .sort(byGradeThenName)
      .map((g) => ({ ...g, schoolName: schoolNames.get(g.schoolId) ?? '' }));
    return { scope: 'class', groups };
  }
  const ids = new Set<SchoolId | null>(actions.map((a) => a.schoolId));
  return { scope: 'school', schools: plan.schools.filter((s) => ids.has(s.id)).sort(byName) };
}

/**
 * The calendar months each template's windows touch in the year (start and end month, and those
 * between), for the library's month filter. Retired templates touch none in their retired years.
 */
export function templateMonths(
  templates: readonly TaskTemplate[],
  plan: PreviewPlan,
  calendar: SchoolCalendar,
): Map<TemplateId, ReadonlySet<Month>> {
  const months = new Map<TemplateId, Set<Month>>(templates.map((t) => [t.id, new Set()]));
  const probes = templates.map((t) => ({ ...t, scope: 'organization' as const }));
  const { actions } = materializeActions({ ...plan, groups: [], templates: probes }, calendar);
  for (const a of actions) {
    const set = months.get(a.templateId);
    if (set === undefined) continue;
    let m = monthOf(a.start);
    const last = monthOf(a.end);
    set.add(m as Month);
    while (m !== last) {
      m = (m % 12) + 1;
      set.add(m as Month);
    }
  }
  return months;
}
