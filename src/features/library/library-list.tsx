import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { TemplateId, ThemeId } from '@/domain/ids';
import {
  GRADES,
  RESPONSIBLE_ROLES,
  SCOPES,
  type AdjustmentKind,
  type Grade,
  type ResponsibleRole,
  type Scope,
  type TaskTemplate,
} from '@/domain/model';
import { templateMonths } from '@/domain/library/rule-preview';
import {
  filterTemplates,
  isRetiredBy,
  NO_FILTER,
  sortThemes,
  type TemplateFilter,
} from '@/domain/library/template-filter';
import { SCHOOL_YEAR_MONTHS } from '@/domain/schedule/resolve-window';
import type { Month } from '@/domain/timing-rule';
import { SelectField } from '@/ui/select-field';
import { useLanguage } from '@/ui/use-language';
import { gradeLabel, schoolYearLabel } from '@/ui/labels';
import { librarySearch, parseLibrarySearch, rememberLibrarySearch } from './library-url';
import { LocalizedText } from './localized-text';
import { ThemeLabel } from './theme-label';
import type { LibraryData } from './use-library-data';

interface Props {
  readonly data: LibraryData;
  readonly mayEdit: boolean;
}

/** The task library: search, filters, the count of what is shown, and the tasks. */
export function LibraryList({ data, mayEdit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const savedId = new URLSearchParams(search).get('saved');
  const { templates, themes, schoolYear, calendar } = data;
  // The search and filters live in the address (library-url.ts); a theme that is none of the
  // themes counts as not chosen.
  const filter = useMemo(() => {
    const asked = parseLibrarySearch(search);
    const known = asked.themeId === 'none' || themes.some((th) => th.id === asked.themeId);
    return asked.themeId === null || known ? asked : { ...asked, themeId: null };
  }, [search, themes]);
  const setFilter = (next: TemplateFilter) => {
    const query = librarySearch(next);
    navigate(query ? `${location}?${query}` : location, { replace: true });
  };
  // The address says only the choices that narrow the list (a malformed or unknown one is
  // dropped; the status of a save stays), and a task's Back returns to this list.
  const shownSearch = librarySearch(filter);
  const wanted = [shownSearch, savedId ? `saved=${encodeURIComponent(savedId)}` : '']
    .filter((part) => part !== '')
    .join('&');
  useEffect(() => {
    rememberLibrarySearch(shownSearch);
    if (wanted !== search) navigate(wanted ? `${location}?${wanted}` : location, { replace: true });
  }, [shownSearch, wanted, search, location, navigate]);
  const set = (patch: Partial<TemplateFilter>) => setFilter({ ...filter, ...patch });
  const startYear = schoolYear?.startYear ?? 0;

  const months = useMemo(
    () =>
      schoolYear && calendar
        ? templateMonths(templates, { schools: data.schools, schoolYear, groups: [] }, calendar)
        : new Map(),
    [templates, data.schools, schoolYear, calendar],
  );
  const shown = useMemo(
    () => filterTemplates(templates, filter, language, months, startYear),
    [templates, filter, language, months, startYear],
  );
  const sortedThemes = useMemo(() => sortThemes(themes, language), [themes, language]);
  const themeById = new Map(themes.map((th) => [th.id, th]));
  const adjustedIn = useMemo(() => {
    const schoolName = new Map(data.schools.map((school) => [school.id, school.name]));
    const byTemplate = new Map<TemplateId, { school: string; kind: AdjustmentKind }[]>();
    for (const a of data.adjustments) {
      const list = byTemplate.get(a.templateId) ?? [];
      list.push({ school: schoolName.get(a.schoolId) ?? a.schoolId, kind: a.kind });
      byTemplate.set(a.templateId, list);
    }
    return byTemplate;
  }, [data.adjustments, data.schools]);
  const saved = savedId ? templates.find((x) => x.id === savedId) : undefined;
  const monthName = (m: Month) => t(`monthName.m${m}`);

  return (
    <div className="library">
      <h1>{t('library.title')}</h1>
      <p>
        {schoolYear
          ? t('library.intro', { year: schoolYearLabel(schoolYear.startYear) })
          : t('library.noYear')}
      </p>
      {!mayEdit && <p className="notice">{t('library.readOnly')}</p>}
      {mayEdit && (
        <p className="library-links">
          <Link href="/library/new" className="button-link">
            {t('library.newTask')}
          </Link>
          <Link href="/library/themes">{t('library.themes')}</Link>
        </p>
      )}
      <p role="status" className="status-line">
        {saved ? t('library.saved', { title: saved.title[language] || saved.title.fi }) : ''}
      </p>
      <section role="search" className="library-filters" aria-labelledby={`${id}-filters`}>
        <h2 id={`${id}-filters`}>{t('library.filters')}</h2>
        <div className="toolbar">
          <div className="field library-search">
            <label htmlFor={`${id}-text`}>{t('library.search')}</label>
            <input
              id={`${id}-text`}
              type="search"
              value={filter.text}
              onChange={(e) => set({ text: e.target.value })}
            />
          </div>
          <SelectField
            all={t('library.all')}
            id={`${id}-grade`}
            label={t('library.grade')}
            value={filter.grade === null ? '' : String(filter.grade)}
            onChange={(v) => set({ grade: v === '' ? null : (Number(v) as Grade) })}
            options={GRADES.map((g) => [String(g), gradeLabel(t, g)])}
          />
          <SelectField
            all={t('library.all')}
            id={`${id}-theme`}
            label={t('library.theme')}
            value={filter.themeId ?? ''}
            onChange={(v) => set({ themeId: v === '' ? null : (v as ThemeId | 'none') })}
            options={[
              ...sortedThemes.map((th): [string, string] => [
                th.id,
                th.name[language] || `${th.name.fi} ${t('library.noTranslation')}`,
              ]),
              ['none', t('library.noTheme')],
            ]}
          />
          <SelectField
            all={t('library.all')}
            id={`${id}-scope`}
            label={t('library.scope')}
            value={filter.scope ?? ''}
            onChange={(v) => set({ scope: v === '' ? null : (v as Scope) })}
            options={SCOPES.map((s) => [s, t(`scope.${s}`)])}
          />
          <SelectField
            all={t('library.all')}
            id={`${id}-role`}
            label={t('library.responsible')}
            value={filter.responsible ?? ''}
            onChange={(v) => set({ responsible: v === '' ? null : (v as ResponsibleRole) })}
            options={RESPONSIBLE_ROLES.map((r) => [r, t(`role.${r}`)])}
          />
          <SelectField
            all={t('library.all')}
            id={`${id}-month`}
            label={t('library.month')}
            value={filter.month === null ? '' : String(filter.month)}
            onChange={(v) => set({ month: v === '' ? null : (Number(v) as Month) })}
            options={SCHOOL_YEAR_MONTHS.map((m) => [String(m), monthName(m)])}
          />
          <div className="field field-check">
            <label>
              <input
                type="checkbox"
                checked={filter.showRetired}
                onChange={(e) => set({ showRetired: e.target.checked })}
              />{' '}
              {t('library.showRetired')}
            </label>
          </div>
          <button type="button" onClick={() => setFilter(NO_FILTER)}>
            {t('library.clearFilters')}
          </button>
        </div>
      </section>
      <p aria-live="polite" aria-atomic="true" className="library-count">
        {shown.length === templates.length
          ? t('library.count', { count: shown.length })
          : t('library.countOf', { shown: shown.length, total: templates.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <ul className="library-list">
          {shown.map((template) => (
            <TemplateItem
              key={template.id}
              template={template}
              retired={isRetiredBy(template, startYear)}
              theme={template.themeId ? themeById.get(template.themeId) : undefined}
              months={months.get(template.id)}
              monthName={monthName}
              adjustedIn={adjustedIn.get(template.id) ?? []}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function TemplateItem({
  template,
  retired,
  theme,
  months,
  monthName,
  adjustedIn,
}: {
  template: TaskTemplate;
  retired: boolean;
  theme: LibraryData['themes'][number] | undefined;
  months: ReadonlySet<Month> | undefined;
  monthName: (m: Month) => string;
  /** The schools that changed the task for themselves: their names and how. */
  adjustedIn: readonly { readonly school: string; readonly kind: AdjustmentKind }[];
}) {
  const { t } = useTranslation();
  const inYear = SCHOOL_YEAR_MONTHS.filter((m) => months?.has(m));
  return (
    <li className={retired ? 'library-item library-retired' : 'library-item'}>
      <h3 className="library-item-title">
        <Link href={`/library/${encodeURIComponent(template.id)}`}>
          <LocalizedText text={template.title} />
        </Link>
      </h3>
      {retired && template.retiredFrom != null && (
        <p className="badge">
          {t('library.retiredBadge', { year: schoolYearLabel(template.retiredFrom) })}
        </p>
      )}
      <p className="library-meta">
        <span>
          {t('library.grades', { grades: template.grades.map((g) => gradeLabel(t, g)).join(', ') })}
        </span>
        <span>{t(`scope.${template.scope}`)}</span>
        {theme && <ThemeLabel theme={theme} />}
      </p>
      <p className="library-meta">
        {inYear.length > 0
          ? t('library.falls', { months: inYear.map(monthName).join(', ') })
          : t('library.fallsNowhere')}
        {' · '}
        {template.responsible.map((r) => t(`role.${r}`)).join(', ')}
      </p>
      {template.breakShift === 'before' && (
        <p className="library-meta">{t('library.movesBeforeBreak')}</p>
      )}
      {adjustedIn.length > 0 && (
        <p className="library-meta">
          {adjustedIn
            .map(({ school, kind }) =>
              kind === 'off'
                ? t('library.adjustedOff', { school })
                : t('library.adjustedMove', { school }),
            )
            .join('; ')}
        </p>
      )}
    </li>
  );
}
