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
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('wheel.year')}</label>
        <select
          id={`${id}-year`}
          value={schoolYear.id}
          // Classes belong to one year: a new year starts from its whole plan.
          onChange={(e) =>
            onChange({
              ...params,
              year: e.target.value as SchoolYearId,
              filter: { ...filter, groupId: null },
            })
          }
        >
          {schoolYears.map((y) => (
            <option key={y.id} value={y.id}>
              {t('wheel.yearOption', { start: y.startYear, end: y.startYear + 1 })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-school`}>{t('wheel.school')}</label>
        <select
          id={`${id}-school`}
          value={filter.schoolId ?? ''}
          onChange={(e) => {
            const schoolId = (e.target.value || null) as SchoolId | null;
            const keep = groups.find((g) => g.id === filter.groupId)?.schoolId === schoolId;
            set({ schoolId, groupId: keep ? filter.groupId : null });
          }}
        >
          <option value="">{t('wheel.allSchools')}</option>
          {schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-class`}>{t('wheel.class')}</label>
        <select
          id={`${id}-class`}
          value={filter.groupId ?? ''}
          onChange={(e) => {
            const groupId = (e.target.value || null) as GroupId | null;
            const group = groups.find((g) => g.id === groupId);
            set({ groupId, schoolId: group ? group.schoolId : filter.schoolId });
          }}
        >
          <option value="">{t('wheel.allClasses')}</option>
          {classes.map((g) => (
            <option key={g.id} value={g.id}>
              {filter.schoolId === null && schools.length > 1
                ? `${g.name} (${schools.find((s) => s.id === g.schoolId)?.name ?? ''})`
                : g.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-grade`}>{t('wheel.grade')}</label>
        <select
          id={`${id}-grade`}
          value={filter.grade ?? ''}
          onChange={(e) =>
            set({ grade: e.target.value === '' ? null : (Number(e.target.value) as Grade) })
          }
        >
          <option value="">{t('wheel.allGrades')}</option>
          {GRADES.map((g) => (
            <option key={g} value={g}>
              {gradeName(g)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-theme`}>{t('wheel.theme')}</label>
        <select
          id={`${id}-theme`}
          value={filter.themeId ?? ''}
          onChange={(e) => set({ themeId: (e.target.value || null) as ThemeId | null })}
        >
          <option value="">{t('wheel.allThemes')}</option>
          {themes.map((th) => (
            <option key={th.id} value={th.id}>
              {th.name[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('wheel.role')}</label>
        <select
          id={`${id}-role`}
          value={filter.role ?? ''}
          onChange={(e) => set({ role: (e.target.value || null) as ResponsibleRole | null })}
        >
          <option value="">{t('wheel.allRoles')}</option>
          {RESPONSIBLE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
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
