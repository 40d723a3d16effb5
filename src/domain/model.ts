/**
 * The plan: what the coordinator keeps and what syncs. Actions are derived from it
 * (see schedule/materialize-actions.ts) and progress is recorded per action.
 */
import type {
  ActionId,
  AdjustmentId,
  GroupId,
  OrganizationId,
  SchoolId,
  SchoolYearId,
  TemplateId,
  ThemeId,
} from './ids';
import type { LocalDate } from './local-date';
import type { TimingRule } from './timing-rule';

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** Text in every UI language; Finnish is the source. */
export type Localized = Readonly<Record<Language, string>>;

/** 0 = esiopetus (pre-primary), 1-9 = perusopetus grades. */
export const GRADES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type Grade = (typeof GRADES)[number];

/** Who carries out a task (DOMAIN-FACTS.md, Roles). */
export const RESPONSIBLE_ROLES = [
  'classTeacher',
  'homeroomTeacher',
  'preschoolTeacher',
  'nurse',
  'doctor',
  'socialWorker',
  'psychologist',
  'principal',
  'specialTeacher',
  'counsellor',
  'peTeacher',
  'coordinator',
  'youthWorker',
] as const;
export type ResponsibleRole = (typeof RESPONSIBLE_ROLES)[number];

/** Per class (each group once), per school, or once for the whole organization. */
export const SCOPES = ['class', 'school', 'organization'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Organization {
  readonly id: OrganizationId;
  readonly name: string;
}

export interface School {
  readonly id: SchoolId;
  readonly organizationId: OrganizationId;
  readonly name: string;
  readonly grades: readonly Grade[];
  /**
   * The day the school started tracking its wellbeing tasks (a year adopted mid-way): tasks whose
   * window ended before it are not overdue. Absent or null: tracked from the start. Optional so
   * rows of older clients stay valid; a principal may set it for their own school.
   */
  readonly trackingFrom?: LocalDate | null;
}

export const BREAK_KINDS = ['autumn', 'christmas', 'winter', 'other'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

/** A break (syysloma, joululoma, talviloma...), both ends inclusive. */
export interface Break {
  readonly kind: BreakKind;
  readonly start: LocalDate;
  readonly end: LocalDate;
}

/**
 * Lukuvuosi. `startYear` 2025 is the year 1 Aug 2025 - 31 Jul 2026. The autumn term runs from
 * `firstDay` to the last school day before the Christmas break, the spring term from the first
 * school day after it to `lastDay`. National holidays are computed, not stored.
 */
export interface SchoolYear {
  readonly id: SchoolYearId;
  readonly organizationId: OrganizationId;
  readonly startYear: number;
  readonly firstDay: LocalDate;
  readonly lastDay: LocalDate;
  readonly breaks: readonly Break[];
  /** Weekdays without school besides breaks and holidays (e.g. a municipal day off). */
  readonly extraDaysOff: readonly LocalDate[];
  /** Saturdays (or other days) that are school days, e.g. a spring celebration. */
  readonly extraSchoolDays: readonly LocalDate[];
}

/** A class (luokka) or pre-primary group in one school year; combined classes have several grades. */
export interface Group {
  readonly id: GroupId;
  readonly schoolId: SchoolId;
  readonly schoolYearId: SchoolYearId;
  readonly name: string;
  readonly grades: readonly Grade[];
}

export interface Theme {
  readonly id: ThemeId;
  readonly name: Localized;
  /** A CSS colour used next to the name, never as the only cue. */
  readonly color: string;
  /**
   * Place in theme lists (lower first, then by name); absent: after every ordered theme.
   * Optional so rows of older clients stay valid.
   */
  readonly order?: number;
}

export interface MaterialLink {
  readonly label: string;
  readonly url: string;
}

export interface TaskTemplate {
  readonly id: TemplateId;
  readonly title: Localized;
  readonly description: Localized;
  readonly themeId: ThemeId | null;
  /** Grades the task is for; school- and organization-scoped tasks list the grades they concern. */
  readonly grades: readonly Grade[];
  readonly scope: Scope;
  readonly responsible: readonly ResponsibleRole[];
  readonly timing: TimingRule;
  readonly materials: readonly MaterialLink[];
  /**
   * Where a window that falls wholly in a break goes: to the first school days after the break
   * ('after', also when absent: how every task behaved before the field existed) or to the last
   * school days before it ('before': a December task belongs before the Christmas break, not in
   * January). Optional so rows of older clients stay valid.
   */
  readonly breakShift?: BreakShift;
  /**
   * Retired: the startYear of the first school year without the task (it stays planned in the
   * years before, so their ticks keep their task). Absent or null: in use. Optional so rows of
   * older clients stay valid.
   */
  readonly retiredFrom?: number | null;
}

/** Which way a window that falls in a break moves: to the school days after it or before it. */
export const BREAK_SHIFTS = ['after', 'before'] as const;
export type BreakShift = (typeof BREAK_SHIFTS)[number];

export const ADJUSTMENT_KINDS = ['off', 'move'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/**
 * A school's change of the municipal plan, for that school only: a task switched off, or moved
 * (its own timing rule). Not per school year: it carries over to the next. One per school and
 * task (adjustmentIdFor), so two devices adjusting the same task edit one row.
 */
export interface SchoolAdjustment {
  readonly id: AdjustmentId;
  readonly schoolId: SchoolId;
  readonly templateId: TemplateId;
  readonly kind: AdjustmentKind;
  /** The school's own timing when moved; null when switched off. */
  readonly timing: TimingRule | null;
}

/** Why a derived window is not where the rule put it. */
export type WindowAdjustment =
  /** Moved to the school days after the break, or (the template's breakShift) before it. */
  | {
      readonly kind: 'movedOutOfBreak';
      readonly breakKind: BreakKind;
      readonly direction: BreakShift;
    }
  | { readonly kind: 'movedOffHoliday' }
  /** The window held only weekend days or local days off. */
  | { readonly kind: 'movedOffDayOff' }
  | { readonly kind: 'clampedToSchoolYear' };

/** One task for one target in one school year, over a window of school days. Derived, never typed in. */
export interface Action {
  readonly id: ActionId;
  readonly templateId: TemplateId;
  readonly schoolYearId: SchoolYearId;
  readonly scope: Scope;
  /** Set for class-scoped actions. */
  readonly groupId: GroupId | null;
  /** Set for class- and school-scoped actions. */
  readonly schoolId: SchoolId | null;
  /** Stable key of the occurrence within the year: '' for a single one, 'm09' for September... */
  readonly occurrence: string;
  /** First and last school day of the window (both school days). */
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly themeId: ThemeId | null;
  readonly adjustment: WindowAdjustment | null;
  /**
   * The breaks that lie inside the window (between its first and last school day), by kind in
   * date order, each kind once: "includes the Christmas break". Absent (or undefined) when none,
   * so the stored schedules stay compact.
   */
  readonly spansBreaks?: readonly BreakKind[] | undefined;

  /** Set when the school moved the task (its own timing, SchoolAdjustment). */
  readonly schoolTiming?: true;
}

export const PROGRESS_STATES = ['todo', 'done', 'skipped'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** How a done task worked, in the teacher's own short word: optional, never about a pupil. */
export const RATINGS = ['well', 'partly', 'not'] as const;
export type Rating = (typeof RATINGS)[number];

/** Kuittaus: the state of one action. Keyed by the action id, so it survives regeneration. */
export interface Progress {
  readonly actionId: ActionId;
  readonly state: ProgressState;
  /** The day it was marked done or skipped. */
  readonly day: LocalDate | null;
  /** Who marked it (display name; no pupil data). */
  readonly by: string;
  readonly note: string;
  /**
   * How it worked, given when marking it done (optional; absent on records written before
   * ratings existed, and null when not given). Kept only while the state is done.
   */
  readonly rating?: Rating | null;
  /** Epoch ms of the local change; sync metadata only. */
  readonly updatedAt: number;
}
