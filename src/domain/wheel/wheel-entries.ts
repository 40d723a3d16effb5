/**
 * What the wheel shows: the actions a filter keeps, put into rings (one per grade, or one per
 * theme; the school's and the organization's tasks in rings of their own) and merged where the
 * same task falls in the same window for several classes or schools: the plan's wheel shows each
 * task once per ring, a class's wheel shows that class's own actions.
 */
import type { GroupId, SchoolId, TemplateId, ThemeId } from '../ids';
import type { LocalDate } from '../local-date';
import {
  GRADES,
  type Action,
  type Grade,
  type Group,
  type ResponsibleRole,
  type School,
  type TaskTemplate,
  type Theme,
} from '../model';
import { compare } from '../schedule/schedule-record';

export const RING_MODES = ['grade', 'theme'] as const;
export type RingMode = (typeof RING_MODES)[number];

/** What the wheel is narrowed to; null: no narrowing by that. */
export interface WheelFilter {
  readonly schoolId: SchoolId | null;
  /** A class: its wheel, with its progress. */
  readonly groupId: GroupId | null;
  readonly grade: Grade | null;
  readonly themeId: ThemeId | null;
  readonly role: ResponsibleRole | null;
}

export const NO_FILTER: WheelFilter = {
  schoolId: null,
  groupId: null,
  grade: null,
  themeId: null,
  role: null,
};

export type WheelRingKind =
  | { readonly kind: 'grade'; readonly grade: Grade }
  | { readonly kind: 'theme'; readonly themeId: ThemeId | null }
  | { readonly kind: 'school' }
  | { readonly kind: 'organization' };

export type WheelRingOf = WheelRingKind & { readonly key: string };

/** One arc: a task in a ring over one window, standing for one or more actions. */
export interface WheelEntry {
  readonly key: string;
  readonly ring: string;
  readonly templateId: TemplateId;
  readonly themeId: ThemeId | null;
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** The actions it stands for (a class's wheel: its one action). */
  readonly actions: readonly Action[];
}

export interface WheelEntriesInput {
  /** A school year's actions (every scope). */
  readonly actions: readonly Action[];
  readonly groups: readonly Group[];
  readonly schools: readonly School[];
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  /** In the order their rings go, inside out. */
  readonly themes: readonly Theme[];
  readonly filter: WheelFilter;
  readonly mode: RingMode;
}

export interface WheelEntries {
  /** Inside out. */
  readonly rings: readonly WheelRingOf[];
  /** By start, then end, then ring, then task. */
  readonly entries: readonly WheelEntry[];
}

/** The key of a ring, as items and arcs name it. */
export function ringKey(ring: WheelRingKind): string {
  switch (ring.kind) {
    case 'grade':
      return `grade-${ring.grade}`;
    case 'theme':
      return `theme-${ring.themeId ?? 'none'}`;
    case 'school':
    case 'organization':
      return ring.kind;
  }
}

const ring = (kind: WheelRingKind): WheelRingOf => ({ ...kind, key: ringKey(kind) });
const overlaps = (a: readonly Grade[], b: readonly Grade[]) => a.some((g) => b.includes(g));

/**
 * The rings and arcs of the wheel (see the module comment). A filter keeps:
 * - a class (`groupId`): its own actions and its school's that concern its grades (as the
 *   teacher's month does), not the organization's;
 * - a school: its classes' and its own actions, and the organization's for its grades;
 * - a grade: class actions of classes with that grade whose task is for it, school and
 *   organization actions whose task is for it;
 * - a theme, a responsible role: the actions of tasks with it.
 * In grade mode a class action goes in the ring of each grade it is for (its task's grades the
 * class has); the grade rings are the class's, the grade's, the school's or all ten, shown also
 * when empty. In theme mode the rings are the themes with arcs (in `themes` order, no theme
 * last). The school and organization rings come last, when they have arcs.
 */
export function wheelEntries(input: WheelEntriesInput): WheelEntries {
  const { filter, mode, templates } = input;
  const groups = new Map(input.groups.map((g) => [g.id, g]));
  const group = filter.groupId === null ? null : (groups.get(filter.groupId) ?? null);
  const school = input.schools.find((s) => s.id === (group?.schoolId ?? filter.schoolId)) ?? null;
  const schoolId = group?.schoolId ?? filter.schoolId;
  // A wheel has thousands of actions: per action only a lookup, a key and (once per arc) an
  // entry are made; ring keys and filters are prepared once.
  const gradeRings = GRADES.map((grade) => ringKey({ kind: 'grade', grade }));
  const themeRings = new Map<ThemeId | null, string>();
  const themeRing = (themeId: ThemeId | null) => {
    let key = themeRings.get(themeId);
    if (key === undefined) themeRings.set(themeId, (key = ringKey({ kind: 'theme', themeId })));
    return key;
  };
  const forGrade = (grades: readonly Grade[]) =>
    filter.grade === null || grades.includes(filter.grade);
  const entries = new Map<
    string,
    { -readonly [K in keyof WheelEntry]: WheelEntry[K] } & { actions: Action[] }
  >();
  const add = (ringOf: string, action: Action) => {
    const key =
      group !== null
        ? `${ringOf}|${action.id}`
        : `${ringOf}|${action.templateId}|${action.start}|${action.end}`;
    const found = entries.get(key);
    if (found) found.actions.push(action);
    else
      entries.set(key, {
        key,
        ring: ringOf,
        templateId: action.templateId,
        themeId: action.themeId,
        start: action.start,
        end: action.end,
        actions: [action],
      });
  };

  for (const action of input.actions) {
    const template = templates.get(action.templateId);
    if (!template) continue;
    if (filter.themeId !== null && action.themeId !== filter.themeId) continue;
    if (filter.role !== null && !template.responsible.includes(filter.role)) continue;
    switch (action.scope) {
      case 'class': {
        const owner = action.groupId === null ? undefined : groups.get(action.groupId);
        if (!owner) continue;
        if (group !== null && owner.id !== group.id) continue;
        if (schoolId !== null && owner.schoolId !== schoolId) continue;
        if (mode === 'theme') {
          if (classGrades(owner.grades, template.grades, filter.grade).length > 0)
            add(themeRing(action.themeId), action);
        } else
          for (const g of classGrades(owner.grades, template.grades, filter.grade))
            add(gradeRings[g]!, action);
        break;
      }
      case 'school':
        if (schoolId !== null && action.schoolId !== schoolId) continue;
        if (group !== null && !overlaps(template.grades, group.grades)) continue;
        if (!forGrade(template.grades)) continue;
        add('school', action);
        break;
      case 'organization':
        if (group !== null) continue;
        if (school !== null && !overlaps(template.grades, school.grades)) continue;
        if (!forGrade(template.grades)) continue;
        add('organization', action);
        break;
    }
  }

  const list: WheelEntry[] = [...entries.values()];
  const rings = ringsOf(input, list, group, school);
  const order = new Map(rings.map((r, i) => [r.key, i]));
  list.sort(
    (a, b) =>
      compare(a.start, b.start) ||
      compare(a.end, b.end) ||
      (order.get(a.ring) ?? 0) - (order.get(b.ring) ?? 0) ||
      compare(a.templateId, b.templateId) ||
      compare(a.key, b.key),
  );
  return { rings, entries: list };
}

/**
 * The grades a class action is shown for: those of its class its task is for (all the class's
 * when none is: the class still does it), narrowed to `only` when set.
 */
function classGrades(
  own: readonly Grade[],
  taskGrades: readonly Grade[],
  only: Grade | null,
): readonly Grade[] {
  // Most classes have one grade: no arrays are made for them.
  if (own.length === 1) return only === null || own[0] === only ? own : [];
  const shared = own.filter((g) => taskGrades.includes(g));
  const grades = shared.length > 0 ? shared : own;
  return only === null ? grades : grades.filter((g) => g === only);
}

function ringsOf(
  input: WheelEntriesInput,
  entries: readonly WheelEntry[],
  group: Group | null,
  school: School | null,
): WheelRingOf[] {
  const used = new Set(entries.map((e) => e.ring));
  const rings: WheelRingOf[] = [];
  if (input.mode === 'grade') {
    const scope = group?.grades ?? school?.grades ?? GRADES;
    const grades = GRADES.filter(
      (g) => scope.includes(g) && (input.filter.grade === null || g === input.filter.grade),
    );
    rings.push(...grades.map((grade) => ring({ kind: 'grade', grade })));
  } else {
    for (const theme of input.themes) {
      const r = ring({ kind: 'theme', themeId: theme.id });
      if (used.has(r.key)) rings.push(r);
    }
    const none = ring({ kind: 'theme', themeId: null });
    if (used.has(none.key)) rings.push(none);
  }
  for (const kind of ['school', 'organization'] as const) {
    if (used.has(kind)) rings.push(ring({ kind }));
  }
  return rings;
}
