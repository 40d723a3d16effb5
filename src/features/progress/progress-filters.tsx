import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolId, SchoolYearId, ThemeId } from '@/domain/ids';
import {
  RESPONSIBLE_ROLES,
  type ResponsibleRole,
  type School,
  type SchoolYear,
  type Theme,
} from '@/domain/model';
import { LEVELS } from '@/domain/progress/progress-filter';
import { SCHOOL_YEAR_MONTHS } from '@/domain/schedule/resolve-window';
import type { Month } from '@/domain/timing-rule';
import { monthName } from '@/ui/month-name';
import { SelectField } from '@/ui/select-field';
import { useLanguage } from '@/ui/use-language';
import { NO_CHOICES, type ProgressChoices } from './filter-params';
import { levelLabel, nameIn } from './progress-labels';

interface Props {
  readonly choices: ProgressChoices;
  readonly onChange: (choices: ProgressChoices) => void;
  readonly years: readonly SchoolYear[];
  readonly year: SchoolYear;
  /** The schools the user sees (a principal: their own). */
  readonly schools: readonly School[];
  /** In the order to show. */
  readonly themes: readonly Theme[];
}

/** The progress view's filters; every change goes to the address at once. */
export function ProgressFilters({ choices, onChange, years, year, schools, themes }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const set = (patch: Partial<ProgressChoices>) => onChange({ ...choices, ...patch });
  const chosen = (value: string) => (value === '' ? null : value);
  return (
    <section role="search" className="progress-filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('progress.filters')}</h2>
      <div className="toolbar">
        <SelectField
          id={`${id}-year`}
          label={t('progress.year')}
          value={year.id}
          onChange={(v) => set({ year: v as SchoolYearId })}
          options={years.map((y) => [
            y.id,
            t('progress.yearOption', { start: y.startYear, end: y.startYear + 1 }),
          ])}
        />
        {schools.length > 1 && (
          <SelectField
            id={`${id}-school`}
            label={t('progress.school')}
            value={choices.school ?? ''}
            onChange={(v) => set({ school: chosen(v) as SchoolId | null })}
            all={t('progress.allSchools')}
            options={schools.map((s) => [s.id, s.name])}
          />
        )}
        <SelectField
          id={`${id}-level`}
          label={t('progress.level')}
          value={choices.level === null ? '' : String(choices.level)}
          onChange={(v) => set({ level: LEVELS.find((l) => String(l) === v) ?? null })}
          all={t('progress.all')}
          options={LEVELS.map((l) => [String(l), levelLabel(t, l)])}
        />
        <SelectField
          id={`${id}-theme`}
          label={t('progress.theme')}
          value={choices.theme ?? ''}
          onChange={(v) => set({ theme: chosen(v) as ThemeId | 'none' | null })}
          all={t('progress.all')}
          options={[
            ...themes.map((th): [string, string] => [th.id, nameIn(th.name, language).text]),
            ['none', t('progress.noTheme')],
          ]}
        />
        <SelectField
          id={`${id}-month`}
          label={t('progress.month')}
          value={choices.month === null ? '' : String(choices.month)}
          onChange={(v) => set({ month: v === '' ? null : (Number(v) as Month) })}
          all={t('progress.all')}
          options={SCHOOL_YEAR_MONTHS.map((m) => [String(m), monthName(m, language)])}
        />
        <SelectField
          id={`${id}-role`}
          label={t('progress.role')}
          value={choices.role ?? ''}
          onChange={(v) => set({ role: chosen(v) as ResponsibleRole | null })}
          all={t('progress.all')}
          options={RESPONSIBLE_ROLES.map((r) => [r, t(`role.${r}`)])}
        />
        <button type="button" onClick={() => onChange({ ...NO_CHOICES, year: choices.year })}>
          {t('progress.clear')}
        </button>
      </div>
    </section>
  );
}
