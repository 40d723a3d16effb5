import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskTemplate, WindowAdjustment } from '@/domain/model';
import { previewTemplate } from '@/domain/library/rule-preview';
import { isRetiredBy } from '@/domain/library/template-filter';
import { formatDay, formatWeeks } from '@/i18n/format';
import { useLanguage } from '@/ui/use-language';
import { schoolYearLabel } from '@/ui/labels';
import type { LibraryData } from './use-library-data';

interface Props {
  readonly data: LibraryData;
  /** The template the form describes now, or null while its timing has errors. */
  readonly template: TaskTemplate | null;
}

/**
 * Where the task falls this school year, computed by the scheduler from the form as it stands:
 * dates and weeks of each window, why a window moved, and which classes or schools get it.
 */
export function RulePreviewPanel({ data, template }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { schoolYear, calendar } = data;
  const preview = useMemo(
    () =>
      template && schoolYear && calendar
        ? previewTemplate(
            template,
            { schools: data.schools, schoolYear, groups: data.groups },
            calendar,
          )
        : null,
    [template, schoolYear, calendar, data.schools, data.groups],
  );

  const adjustmentText = (a: WindowAdjustment) =>
    a.kind === 'movedOutOfBreak'
      ? t(
          a.direction === 'before'
            ? 'adjustment.movedOutOfBreakBefore'
            : 'adjustment.movedOutOfBreak',
          { break: t(`break.${a.breakKind}`) },
        )
      : t(`adjustment.${a.kind}`);

  return (
    <section className="rule-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {schoolYear
          ? t('preview.title', { year: schoolYearLabel(schoolYear.startYear) })
          : t('preview.noYear')}
      </h2>
      {schoolYear && !template && <p>{t('preview.fixErrors')}</p>}
      {schoolYear && template && isRetiredBy(template, schoolYear.startYear) && (
        <p className="notice">{t('preview.retired')}</p>
      )}
      {preview && (
        <>
          <h3>{t('preview.windows', { count: preview.windows.length })}</h3>
          {preview.windows.length === 0 && preview.problems.length === 0 && (
            <p>{t('preview.none')}</p>
          )}
          {preview.problems.map((code) => (
            <p key={code} className="error">
              {t(`preview.problem_${code}`)}
            </p>
          ))}
          {preview.windows.length > 0 && (
            <ul className="preview-windows">
              {preview.windows.map((w) => (
                <li key={w.occurrence}>
                  {t('preview.window', {
                    start: formatDay(w.start, language),
                    end: formatDay(w.end, language),
                  })}{' '}
                  ({t('preview.weeks', { weeks: formatWeeks(w.startWeek, w.endWeek) })})
                  {w.adjustment && (
                    <span className="preview-moved"> {adjustmentText(w.adjustment)}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <p className="preview-targets">
            {preview.targets.scope === 'organization'
              ? t('preview.organization')
              : preview.targets.scope === 'class'
                ? preview.targets.groups.length === 0
                  ? t('preview.noClasses')
                  : t('preview.classes', {
                      count: preview.targets.groups.length,
                      names: preview.targets.groups
                        .map((g) =>
                          data.schools.length > 1 ? `${g.schoolName} ${g.name}` : g.name,
                        )
                        .join(', '),
                    })
                : preview.targets.schools.length === 0
                  ? t('preview.noSchools')
                  : t('preview.schools', {
                      count: preview.targets.schools.length,
                      names: preview.targets.schools.map((s) => s.name).join(', '),
                    })}
          </p>
        </>
      )}
    </section>
  );
}
