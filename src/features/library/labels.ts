/** Shared wordings of the library views: texts that may lack a translation, form errors. */
import type { TFunction } from 'i18next';
import type { DraftError } from '@/domain/library/template-draft';
import type { Language, Localized } from '@/domain/model';

/** The text in `language`, or null when it has no translation there. */
export function translated(text: Localized, language: Language): string | null {
  const value = text[language].trim();
  return value === '' ? null : value;
}

/** The translated text of a form error. */
export function draftErrorText(t: TFunction, e: DraftError): string {
  return t(`templateForm.error_${e.code}`, { min: e.min ?? 0, max: e.max ?? 0 });
}
