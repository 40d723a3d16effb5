import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId, SchoolId, SchoolYearId, ThemeId } from '@/domain/ids';
import {
  GRADES,
  RESPONSIBLE_ROLES,
  type Grade,
  type Group,
  type ResponsibleRole,
  type School,
  type SchoolYear,
  type Theme,
} from '@/domain/model';
import type { RingMode } from '@/domain/wheel/wheel-entries';
import { SelectField } from '@/ui/select-field';
import { useLanguage } from '@/ui/use-language';
import type { WheelParams } from './wheel-url';

interface Props {
  readonly params: WheelParams;
  readonly schoolYear: SchoolYear;
  readonly schoolYears: readonly SchoolYear[];
  readonly schools: readonly School[];
  readonly groups: readonly Group[];
  readonly themes: readonly Theme[];
  readonly onChange: (params: WheelParams) => void;
}

/** The wheel's choices: school year, school, class, grade, theme, role, and what the rings are. */
export function WheelFilters({
  params,
  schoolYear,
  schoolYears,
  schools,
  groups,
  themes,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { filter } = params;
  const set = (change: Partial<WheelParams['filter']>) =>
    onChange({ ...params, year: schoolYear.id, filter: { ...filter, ...change } });
  const classes = groups.filter((g) => filter.schoolId === null || g.schoolId === filter.schoolId);
  const gradeName = (g: Grade) =>
    g === 0 ? t('wheel.ringPreschool') : t('wheel.ringGrade', { grade: g });

  return (
    <fieldset className="wheel-filters">
      <legend>{t('wheel.filters')}</legend>
      <SelectField
        id={`${id}-year`}
        label={t('wheel.year')}
        value={schoolYear.id}
        // Classes belong to one year: a new year starts from its whole plan.
        onChange={(v) =>
          onChange({ ...params, year: v as SchoolYearId, filter: { ...filter, groupId: null } })
        }
        options={schoolYears.map((y) => [
          y.id,
          t('wheel.yearOption', { start: y.startYear, end: y.startYear + 1 }),
        ])}
      />
      <SelectField
        id={`${id}-school`}
        label={t('wheel.school')}
        value={filter.schoolId ?? ''}
        onChange={(v) => {
          const schoolId = (v || null) as SchoolId | null;
          const keep = groups.find((g) => g.id === filter.groupId)?.schoolId === schoolId;
          set({ schoolId, groupId: keep ? filter.groupId : null });
        }}
        all={t('wheel.allSchools')}
        options={schools.map((s) => [s.id, s.name])}
      />
      <SelectField
        id={`${id}-class`}
        label={t('wheel.class')}
        value={filter.groupId ?? ''}
        onChange={(v) => {
          const groupId = (v || null) as GroupId | null;
          const group = groups.find((g) => g.id === groupId);
          set({ groupId, schoolId: group ? group.schoolId : filter.schoolId });
        }}
        all={t('wheel.allClasses')}
        options={classes.map((g) => [
          g.id,
          filter.schoolId === null && schools.length > 1
            ? `${g.name} (${schools.find((s) => s.id === g.schoolId)?.name ?? ''})`
            : g.name,
        ])}
      />
      <SelectField
        id={`${id}-grade`}
        label={t('wheel.grade')}
        value={filter.grade === null ? '' : String(filter.grade)}
        onChange={(v) => set({ grade: v === '' ? null : (Number(v) as Grade) })}
        all={t('wheel.allGrades')}
        options={GRADES.map((g) => [String(g), gradeName(g)])}
      />
      <SelectField
        id={`${id}-theme`}
        label={t('wheel.theme')}
        value={filter.themeId ?? ''}
        onChange={(v) => set({ themeId: (v || null) as ThemeId | null })}
        all={t('wheel.allThemes')}
        options={themes.map((th) => [th.id, th.name[language]])}
      />
      <SelectField
        id={`${id}-role`}
        label={t('wheel.role')}
        value={filter.role ?? ''}
        onChange={(v) => set({ role: (v || null) as ResponsibleRole | null })}
        all={t('wheel.allRoles')}
        options={RESPONSIBLE_ROLES.map((r) => [r, t(`role.${r}`)])}
      />
      <fieldset className="wheel-rings">
        <legend>{t('wheel.rings')}</legend>
        {(['grade', 'theme'] as const satisfies readonly RingMode[]).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-rings`}
              value={mode}
              checked={params.mode === mode}
              onChange={() => onChange({ ...params, year: schoolYear.id, mode })}
            />{' '}
            {mode === 'grade' ? t('wheel.ringsByGrade') : t('wheel.ringsByTheme')}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
