import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId, ThemeId } from '@/domain/ids';
import type {
  Action,
  Grade,
  Group,
  Language,
  School,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { NO_FILTER } from '@/domain/wheel/wheel-entries';
import { gradeLabel, schoolYearLabel } from '@/ui/labels';
import { WheelFigure } from '@/ui/wheel/wheel-figure';
import { wheelLayoutOf, wheelRows } from '@/ui/wheel/wheel-model';

/**
 * The wheel's size in its own units and its text size: drawn 95 mm wide on the page (print.css),
 * the text comes to about 7 pt, as the list's smallest.
 */
const WHEEL_SIZE = 380;
const WHEEL_FONT_SIZE = 10;

interface Props {
  readonly school: School;
  readonly grade: Grade;
  /** The page's tasks (gradeCalendarActions): the wheel draws exactly what the list says. */
  readonly actions: readonly Action[];
  readonly groups: readonly Group[];
  readonly schoolYear: SchoolYear;
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  readonly themes: readonly Theme[];
  /** The themes' marks as the page's list and legend give them, on arcs too short for a title. */
  readonly marks: ReadonlyMap<ThemeId, string>;
  readonly language: Language;
}

/**
 * A grade's wheel on its printed page: its ring and the school's, each task an arc over its
 * window with its title, or where that does not fit its theme's mark (black and white keeps it),
 * breaks and holidays shaded; static (no today's hand: a plan printed for the year).
 */
export function GradeWheel(props: Props) {
  const { t } = useTranslation();
  const { school, grade, schoolYear, language } = props;
  const { layout, looks } = useMemo(() => {
    const rows = wheelRows(
      {
        schoolYear,
        actions: props.actions,
        groups: props.groups,
        schools: [school],
        templates: props.templates,
        themes: props.themes,
      },
      { filter: { ...NO_FILTER, schoolId: school.id, grade }, mode: 'grade', today: null },
      t,
      language,
    );
    return wheelLayoutOf(
      rows,
      schoolYear,
      null,
      WHEEL_SIZE,
      t,
      language,
      WHEEL_FONT_SIZE,
      props.marks,
    );
  }, [
    props.marks,
    props.actions,
    props.groups,
    props.templates,
    props.themes,
    school,
    grade,
    schoolYear,
    t,
    language,
  ]);
  return (
    <WheelFigure
      layout={layout}
      looks={looks}
      title={t('wheel.figureTitleOf', {
        year: schoolYearLabel(schoolYear.startYear),
        what: `${school.name}, ${gradeLabel(t, grade)}`,
      })}
    />
  );
}
