/** Wordings several views share: a grade, a school year. */
import type { TFunction } from 'i18next';
import type { Grade } from '@/domain/model';
import { gradeRuns } from '@/domain/grade-runs';

/** A grade as the UI says it: 'esiopetus', '3. luokka'. */
export function gradeLabel(t: TFunction, grade: Grade): string {
  return grade === 0 ? t('grade.preschool') : t('grade.grade', { grade });
}

/** Grades as the UI says them, runs as ranges: 'esiopetus, 1.–6. luokka, 9. luokka'. */
export function gradesLabel(t: TFunction, grades: readonly Grade[]): string {
  return gradeRuns(grades)
    .map(({ from, to }) => (from === to ? gradeLabel(t, from) : t('grade.range', { from, to })))
    .join(', ');
}

/** '2025–2026'. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}
