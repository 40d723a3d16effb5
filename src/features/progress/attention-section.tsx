import { memo, useId } from 'react';
import { TableRegion } from './table-region';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TemplateId } from '@/domain/ids';
import type { School, SchoolYear } from '@/domain/model';
import { BEHIND_MARGIN, BEHIND_MIN_DUE, type BehindClass } from '@/domain/progress/falling-behind';
import type { PlanIndex } from '@/domain/progress/progress-plan';
import type { Attention, OverdueTarget } from '@/domain/progress/progress-summary';
import type { LocalDate } from '@/domain/local-date';
import type { YearMonth } from '@/domain/year-month';
import { monthHref } from '@/ui/month-url';
import { useLanguage } from '@/ui/use-language';
import { currentMonth, levelLabel, nameIn, percentText } from './progress-labels';

interface Props {
  readonly attention: Attention;
  readonly index: PlanIndex;
  readonly schoolYear: SchoolYear;
  readonly today: LocalDate;
  /** The tasks' names (taskNames in progress-labels.ts), as the tables have them. */
  readonly names: ReadonlyMap<TemplateId, string>;
  /** The address of a task's own view (the filters kept). */
  readonly taskHref: (templateId: string) => string;
}

/** What needs attention: overdue tasks by school and class, classes behind, tasks done nowhere. */
export function AttentionSection({ attention, index, schoolYear, today, names, taskHref }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const month = currentMonth(today, schoolYear);
  return (
    <section className="progress-attention" aria-labelledby={id}>
      <h2 id={id}>{t('progress.attention')}</h2>
      <OverdueList overdue={attention.overdue} index={index} names={names} month={month} />
      <h3>{t('progress.behindTitle')}</h3>
      <p className="hint">
        {t('progress.behindHint', { margin: BEHIND_MARGIN, min: BEHIND_MIN_DUE })}
      </p>
      {attention.behind.length === 0 ? (
        <p>{t('progress.behindNone')}</p>
      ) : (
        <TableRegion caption={t('progress.behindTitle')}>
          <thead>
            <tr>
              <th scope="col" className="progress-name">
                {t('progress.colClass')}
              </th>
              <th scope="col" className="progress-name">
                {t('progress.colSchool')}
              </th>
              <th scope="col">{t('progress.colKeptUp')}</th>
              <th scope="col">{t('progress.colMedian')}</th>
              <th scope="col">{t('progress.colDue')}</th>
              <th scope="col">{t('progress.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {attention.behind.map((b) => (
              <BehindRow key={b.group.id} behind={b} month={month} />
            ))}
          </tbody>
        </TableRegion>
      )}
      <h3>{t('progress.undoneTitle')}</h3>
      <p className="hint">{t('progress.undoneHint')}</p>
      {attention.undoneTasks.length === 0 ? (
        <p>{t('progress.undoneNone')}</p>
      ) : (
        <ul className="progress-undone">
          {attention.undoneTasks.map(({ template, tally }) => {
            const title = nameIn(template.title, language);
            return (
              <li key={template.id}>
                <Link href={taskHref(template.id)} lang={title.lang}>
                  {names.get(template.id) ?? title.text}
                </Link>{' '}
                <span className="hint">
                  {t('progress.undoneItem', { due: tally.due, skipped: tally.skipped })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A class behind; renders again only when its figures (kept equal) or the month change. */
const BehindRow = memo(
  function BehindRow({ behind: b, month }: { behind: BehindClass; month: YearMonth }) {
    const { t } = useTranslation();
    const language = useLanguage();
    return (
      <tr>
        <th scope="row" className="progress-name">
          <Link href={monthHref(b.group.id, month)}>{b.group.name}</Link>
        </th>
        <td className="progress-name">{b.school.name}</td>
        <td>{percentText(t, b.tally.percentKeptUp, language)}</td>
        <td>
          {levelLabel(t, b.grade)}: {percentText(t, b.gradeMedian, language)}
        </td>
        <td>{b.tally.due}</td>
        <td>{b.tally.overdue}</td>
      </tr>
    );
  },
  (a, b) =>
    a.behind === b.behind && a.month.year === b.month.year && a.month.month === b.month.month,
);

/**
 * The overdue actions, school by school (each folded, open when there is one), class by class.
 * A school's list renders again only when its part of the kept summary changed.
 */
function OverdueList({
  overdue,
  index,
  names,
  month,
}: {
  overdue: readonly OverdueTarget[];
  index: PlanIndex;
  names: ReadonlyMap<TemplateId, string>;
  month: YearMonth;
}) {
  const { t } = useTranslation();
  // By id: a kept summary may hold equal schools as different objects.
  const bySchool = new Map<string | null, OverdueTarget[]>();
  for (const target of overdue) {
    const key = target.school?.id ?? null;
    const list = bySchool.get(key) ?? [];
    list.push(target);
    bySchool.set(key, list);
  }
  return (
    <>
      <h3>{t('progress.overdueTitle')}</h3>
      {overdue.length === 0 ? (
        <p>{t('progress.overdueNone')}</p>
      ) : (
        [...bySchool].map(([key, targets]) => (
          <OverdueOfSchool
            key={key ?? 'organization'}
            school={targets[0]!.school}
            targets={targets}
            index={index}
            names={names}
            month={month}
            open={bySchool.size === 1}
          />
        ))
      )}
    </>
  );
}

interface SchoolProps {
  readonly school: School | null;
  readonly targets: readonly OverdueTarget[];
  readonly index: PlanIndex;
  readonly names: ReadonlyMap<TemplateId, string>;
  /** The month the links open. */
  readonly month: YearMonth;
  readonly open: boolean;
}

const OverdueOfSchool = memo(
  function OverdueOfSchool({ school, targets, index, names, month, open }: SchoolProps) {
    const { t } = useTranslation();
    const titles = (target: OverdueTarget) =>
      target.actions.map((a) => names.get(a.templateId) ?? a.templateId).join(', ');
    const count = targets.reduce((n, x) => n + x.actions.length, 0);
    // A school's own tasks show in the month of each of its classes: the link opens its first.
    const firstClass = school ? index.groups.find((g) => g.schoolId === school.id) : undefined;
    return (
      <details className="progress-overdue" open={open}>
        <summary>
          {school?.name ?? t('progress.organizationOwn')}: {t('progress.overdueCount', { count })}
        </summary>
        <ul>
          {targets.map((target) => {
            const name =
              target.group?.name ??
              (school ? t('progress.schoolOwn') : t('progress.organizationOwn'));
            const linked = target.group ?? firstClass;
            return (
              <li key={target.group?.id ?? 'own'}>
                <strong>{name}</strong>:{' '}
                {t('progress.overdueCount', { count: target.actions.length })}{' '}
                {linked && (
                  <Link href={monthHref(linked.id, month)}>
                    {target.group
                      ? t('progress.openMonth', { class: target.group.name })
                      : t('progress.openSchoolMonth', { school: school?.name ?? '' })}
                  </Link>
                )}
                <br />
                <span className="hint">{titles(target)}</span>
              </li>
            );
          })}
        </ul>
      </details>
    );
  },
  (a, b) =>
    a.school === b.school &&
    a.index === b.index &&
    a.names === b.names &&
    a.month.year === b.month.year &&
    a.month.month === b.month.month &&
    a.open === b.open &&
    a.targets.length === b.targets.length &&
    a.targets.every((target, i) => target === b.targets[i]),
);
