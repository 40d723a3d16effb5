/** Shared wordings of the library views: grades, school years, texts that may lack a translation. */
import type { TFunction } from 'i18next';
import type { DraftError } from '@/domain/library/template-draft';
import type { Grade, Language, Localized } from '@/domain/model';

export function gradeLabel(t: TFunction, grade: Grade): string {
  return grade === 0 ? t('grade.preschool') : t('grade.grade', { grade });
}

/** '2025–2026'. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${startYear + 1}`;
}

/** The text in `language`, or null when it has no translation there. */
export function translated(text: Localized, language: Language): string | null {
  const value = text[language].trim();
  return value === '' ? null : value;
}

/** The translated text of a form error. */
export function draftErrorText(t: TFunction, e: DraftError): string {
  return t(`templateForm.error_${e.code}`, { min: e.min ?? 0, max: e.max ?? 0 });
}
