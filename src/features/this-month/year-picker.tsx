import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolYearId } from '@/domain/ids';
import type { SchoolYear } from '@/domain/model';

interface Props {
  schoolYears: readonly SchoolYear[];
  selectedId: SchoolYearId;
  onSelect: (schoolYear: SchoolYear) => void;
}

/** Picks the school year shown, among those on this device ('2025–2026'). */
export const YearPicker = memo(function YearPicker({ schoolYears, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('month.schoolYearLabel')}</label>
      <select
        id={id}
        value={selectedId}
        onChange={(e) => {
          const chosen = schoolYears.find((y) => y.id === e.target.value);
          if (chosen) onSelect(chosen);
        }}
      >
        {schoolYears.map((year) => (
          <option key={year.id} value={year.id}>
            {t('month.schoolYearOption', { start: year.startYear, end: year.startYear + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
});
