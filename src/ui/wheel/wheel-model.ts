/**
 * From the plan's data to what the wheel draws and lists, in the user's language: the entries a
 * filter keeps (src/domain/wheel/wheel-entries.ts) with their names and progress, then their
 * layout at a size (layout-wheel.ts) and each arc's colour and accessible name. The wheel view
 * and the printed pages use the same functions, so the picture and the table agree.
 */
import type { TFunction } from 'i18next';
import type { ActionId, TemplateId, ThemeId } from '@/domain/ids';
import { isoWeekOf, type LocalDate } from '@/domain/local-date';
import type {
  Action,
  Group,
  Language,
  Progress,
  School,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { isOverdue } from '@/domain/overdue';
import type { OffDayKind } from '@/domain/wheel/calendar-marks';
import {
  layoutWheel,
  PROGRESS_MARKS,
  type ProgressMark,
  type WheelLayout,
} from '@/domain/wheel/layout-wheel';
import {
  wheelEntries,
  type RingMode,
  type WheelEntry,
  type WheelFilter,
  type WheelRingOf,
} from '@/domain/wheel/wheel-entries';
import { themeMarksOf } from '@/domain/library/theme-marks';
import { formatDay, formatWeeks } from '@/i18n/format';
import { monthName } from '@/ui/month-name';
import { WHEEL_COLORS } from './wheel-colors';
import type { WheelArcLooks } from './wheel-look';

/** The data a wheel is drawn from (one school year). */
export interface WheelSource {
  readonly schoolYear: SchoolYear;
  /** The year's actions, every scope (actionsOfSchoolYear). */
  readonly actions: readonly Action[];
  readonly groups: readonly Group[];
  readonly schools: readonly School[];
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  /** In the order their rings and the legend list them. */
  readonly themes: readonly Theme[];
  /** Progress of the filtered class's actions: a class's wheel shows it. */
  readonly progress?: ReadonlyMap<ActionId, Progress>;
  /** The class's school started tracking on this day (see isOverdue). */
  readonly trackingFrom?: LocalDate | null;
}

export interface WheelChoice {
  readonly filter: WheelFilter;
  readonly mode: RingMode;
  /** Today: the hand, the current month and what is overdue; null on a plan printed for later. */
  readonly today: LocalDate | null;
}

export type NamedRing = WheelRingOf & {
  /** 'esiopetus', '3. luokka', a theme's name, 'Koulun tehtävät'... */
  readonly name: string;
  /** Drawn on the ring: '3', 'eo', or the theme's letter (themeMarksOf, as on printed pages). */
  readonly short: string;
};

/** One arc with everything the table, the detail and the figure say of it. */
export interface WheelRow {
  readonly entry: WheelEntry;
  readonly template: TaskTemplate;
  readonly theme: Theme | undefined;
  readonly ring: NamedRing;
  readonly title: string;
  /** 'ti 3.11. – pe 6.11.2026' */
  readonly window: string;
  /** 'viikko 45', 'viikot 45–46' */
  readonly weeks: string;
  /** Set on a class's wheel only. */
  readonly mark: ProgressMark | null;
}

export interface WheelRows {
  readonly rings: readonly NamedRing[];
  readonly rows: readonly WheelRow[];
  /** The rows by their arc's key (WheelEntry.key). */
  readonly rowByKey: ReadonlyMap<string, WheelRow>;
  /**
   * A row's arc's accessible name: 'Terveiden valintojen viikko, ma 2.11. – pe 6.11.2026,
   * viikko 45, 3. luokka' (and its progress on a class's wheel). Made when asked for: a wheel on
   * screen names one arc at a time.
   */
  readonly nameOf: (row: WheelRow) => string;
}

/** The rings and rows of the wheel `choice` asks for (see wheelEntries). */
export function wheelRows(
  source: WheelSource,
  choice: WheelChoice,
  t: TFunction,
  language: Language,
): WheelRows {
  const { rings, entries } = wheelEntries({ ...source, filter: choice.filter, mode: choice.mode });
  const themes = new Map(source.themes.map((th) => [th.id, th]));
  const marks = themeMarksOf(source.themes);
  const named = rings.map((ring) => nameRing(ring, themes, marks, t, language));
  const byKey = new Map(named.map((r) => [r.key, r]));
  const classWheel = choice.filter.groupId !== null;
  // Thousands of rows share a few sentences and a few hundred days: each translated and
  // formatted once (i18next costs microseconds a call, and the wheel has 2,000 arcs).
  const text = rowTexts(t, language);
  const rows: WheelRow[] = [];
  const rowByKey = new Map<string, WheelRow>();
  for (const entry of entries) {
    const template = source.templates.get(entry.templateId);
    const ring = byKey.get(entry.ring);
    if (!template || !ring) continue;
    const { window, weeks } = text.span(entry.start, entry.end);
    const row: WheelRow = {
      entry,
      template,
      theme: entry.themeId ? themes.get(entry.themeId) : undefined,
      ring,
      title: template.title[language],
      window,
      weeks,
      mark: classWheel ? markOf(entry.actions[0], source, choice.today) : null,
    };
    rows.push(row);
    rowByKey.set(entry.key, row);
  }
  const nameOf = (row: WheelRow) =>
    row.mark
      ? text.nameWithProgress([
          row.title,
          row.window,
          row.weeks,
          row.ring.name,
          text.progress[row.mark],
        ])
      : text.name([row.title, row.window, row.weeks, row.ring.name]);
  return { rings: named, rows, rowByKey, nameOf };
}

/** The layout of `rows` at `size` (CSS pixels, or the units of a printed page) and the arcs' looks. */
export function wheelLayoutOf(
  { rings, rows, rowByKey, nameOf }: WheelRows,
  schoolYear: SchoolYear,
  today: LocalDate | null,
  size: number,
  t: TFunction,
  language: Language,
  fontSize = 12,
  /** The themes' marks, written on arcs too short for their titles (a printed wheel). */
  themeMarks?: ReadonlyMap<ThemeId, string>,
): { layout: WheelLayout; looks: WheelArcLooks } {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const layout = layoutWheel({
    schoolYear,
    today,
    size,
    fontSize,
    rings: rings.map((r) => ({ key: r.key, shortLabel: r.short })),
    items: rows.map((row) => ({
      key: row.entry.key,
      ring: row.entry.ring,
      start: row.entry.start,
      end: row.entry.end,
      label: row.title,
      shortLabel: row.theme ? themeMarks?.get(row.theme.id) : undefined,
      mark: row.mark,
    })),
    texts: {
      monthNames: months.map((m) => monthName(m, language)),
      monthShortNames: months.map((m) => t(`wheel.monthShort.m${m}` as 'wheel.monthShort.m1')),
      offDayName: (o) => offDayName(o, t),
      yearLabel: t('wheel.yearOption', {
        start: schoolYear.startYear,
        end: schoolYear.startYear + 1,
      }),
    },
  });
  const looks: WheelArcLooks = {
    color: (key) => rowByKey.get(key)?.theme?.color ?? WHEEL_COLORS.noTheme,
    name: (key) => {
      const row = rowByKey.get(key);
      return row ? nameOf(row) : '';
    },
  };
  return { layout, looks };
}

/** The name of a span without school: 'syysloma', 'kesäloma', 'Helatorstai'. */
export function offDayName(o: OffDayKind, t: TFunction): string {
  switch (o.kind) {
    case 'break':
      return t(`break.${o.breakKind}`);
    case 'summer':
      return t('wheel.summer');
    case 'holiday':
      return t(`schoolYears.holiday.${o.holiday}`);
  }
}

/**
 * The sentence `key` with its placeholders `names` filled by plain substitution: i18next runs
 * once (with private-use characters marking the slots), the rows then only join strings (the
 * app's interpolation does not escape values).
 */
function sentence(t: TFunction, key: string, names: readonly string[], options: object = {}) {
  const slots = Object.fromEntries(names.map((name, i) => [name, `\ue000${i}\ue001`]));
  const parts = (t as (key: string, options: object) => string)(key, {
    ...options,
    ...slots,
  }).split(/\ue000(\d+)\ue001/);
  const texts = parts.filter((_, i) => i % 2 === 0);
  const slotOf = parts.filter((_, i) => i % 2 === 1).map(Number);
  return (values: readonly string[]) => {
    let out = texts[0]!;
    for (let i = 0; i < slotOf.length; i++) out += (values[slotOf[i]!] ?? '') + texts[i + 1]!;
    return out;
  };
}

/** The texts of a row (window, weeks, accessible name), each sentence translated once. */
function rowTexts(t: TFunction, language: Language) {
  // Per day: its text in each pattern and its ISO week; per pair of weeks, their text.
  const memo = <K, V>(make: (key: K) => V) => {
    const made = new Map<K, V>();
    return (key: K) => {
      let value = made.get(key);
      if (value === undefined) made.set(key, (value = make(key)));
      return value;
    };
  };
  const day = memo((d: LocalDate) => formatDay(d, language, 'day'));
  const dayShort = memo((d: LocalDate) => formatDay(d, language, 'dayShort'));
  const week = memo((d: LocalDate) => isoWeekOf(d).week);
  const range = sentence(t, 'action.windowRange', ['start', 'end']);
  const oneWeek = sentence(t, 'action.weeks', ['weeks'], { count: 1 });
  const twoWeeks = sentence(t, 'action.weeks', ['weeks'], { count: 2 });
  const weeksText = memo((weeks: number) => {
    const a = Math.floor(weeks / 100);
    const b = weeks % 100;
    return a === b ? oneWeek([formatWeeks(a, b)]) : twoWeeks([formatWeeks(a, b)]);
  });
  const parts = ['task', 'window', 'weeks', 'ring'];
  // Many arcs share a window (a month, its first weeks): each window is written once.
  const spans = new Map<
    LocalDate,
    Map<LocalDate, { readonly window: string; readonly weeks: string }>
  >();
  return {
    /** 'ti 3.11. – pe 6.11.2026' (or one day) and 'viikko 45', 'viikot 45–46'. */
    span: (start: LocalDate, end: LocalDate) => {
      let byEnd = spans.get(start);
      if (byEnd === undefined) spans.set(start, (byEnd = new Map()));
      let found = byEnd.get(end);
      if (found === undefined) {
        found = {
          window:
            start === end
              ? day(start)
              : range([
                  start.slice(0, 4) === end.slice(0, 4) ? dayShort(start) : day(start),
                  day(end),
                ]),
          weeks: weeksText(week(start) * 100 + week(end)),
        };
        byEnd.set(end, found);
      }
      return found;
    },
    name: sentence(t, 'wheel.arcName', parts),
    nameWithProgress: sentence(t, 'wheel.arcNameProgress', [...parts, 'progress']),
    progress: Object.fromEntries(
      PROGRESS_MARKS.map((m) => [m, t(`wheel.progress.${m}`)]),
    ) as Record<ProgressMark, string>,
  };
}

function markOf(
  action: Action | undefined,
  source: WheelSource,
  today: LocalDate | null,
): ProgressMark | null {
  if (!action) return null;
  const state = source.progress?.get(action.id)?.state ?? 'todo';
  if (state === 'done' || state === 'skipped') return state;
  return today !== null && isOverdue(action, state, today, source.trackingFrom ?? null)
    ? 'overdue'
    : 'open';
}

function nameRing(
  ring: WheelRingOf,
  themes: ReadonlyMap<string, Theme>,
  marks: ReadonlyMap<string, string>,
  t: TFunction,
  language: Language,
): NamedRing {
  switch (ring.kind) {
    case 'grade':
      return ring.grade === 0
        ? { ...ring, name: t('wheel.ringPreschool'), short: t('wheel.shortPreschool') }
        : { ...ring, name: t('wheel.ringGrade', { grade: ring.grade }), short: String(ring.grade) };
    case 'theme': {
      const theme = ring.themeId ? themes.get(ring.themeId) : undefined;
      return {
        ...ring,
        name: theme ? theme.name[language] : t('wheel.ringNoTheme'),
        // The theme's letter, as on printed pages: the same whichever rings a filter leaves.
        short: (ring.themeId && marks.get(ring.themeId)) || '–',
      };
    }
    case 'school':
      return { ...ring, name: t('wheel.ringSchool'), short: t('wheel.shortSchool') };
    case 'organization':
      return { ...ring, name: t('wheel.ringOrganization'), short: t('wheel.shortOrganization') };
  }
}
