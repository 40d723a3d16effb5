import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeId } from '@/domain/ids';
import type { Theme } from '@/domain/model';
import { useLanguage } from '@/ui/use-language';

interface Props {
  themes: readonly Theme[];
  value: ThemeId | null;
  onChange: (id: ThemeId | null) => void;
}

/** Narrows the month to one theme; "all themes" is the empty value. */
export const ThemeFilter = memo(function ThemeFilter({ themes, value, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('month.themeFilter')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as ThemeId))}
      >
        <option value="">{t('month.allThemes')}</option>
        {themes.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.name[language]}
          </option>
        ))}
      </select>
    </div>
  );
});
