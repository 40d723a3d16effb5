import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/domain/model';

/** The UI language as a domain Language (Finnish when i18next reports something else). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (LANGUAGES as readonly string[]).includes(current) ? (current as Language) : 'fi';
}
