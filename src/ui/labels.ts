/** Wordings several views share: a grade, a school year. */
import type { TFunction } from 'i18next';
import type { Grade } from '@/domain/model';

/** A grade as the UI says it: 'esiopetus', '3. luokka'. */
export function gradeLabel(t: TFunction, grade: Grade): string {
  return grade === 0 ? t('grade.preschool') : t('grade.grade', { grade });
}

/** '2025–2026'. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}
