import { useTranslation } from 'react-i18next';
import type { Localized } from '@/domain/model';
import { useLanguage } from '@/ui/use-language';
import { translated } from './labels';

/**
 * A title or name in the UI language; without a translation there, the Finnish source marked as
 * untranslated (never silently put in its place).
 */
export function LocalizedText({ text }: { text: Localized }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = translated(text, language);
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span lang="fi">{text.fi}</span>{' '}
      <em className="missing-translation">{t('library.noTranslation')}</em>
    </>
  );
}
