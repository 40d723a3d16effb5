import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SchoolYear } from '@/domain/model';
import type { TaskProgress, TaskTarget } from '@/domain/progress/task-progress';
import { yearMonthOf } from '@/domain/year-month';
import { formatDay } from '@/i18n/format';
import { monthHref } from '@/ui/month-url';
import { gradesLabel } from '@/ui/labels';
import { useLanguage } from '@/ui/use-language';
import { FigureTable, ProgressBars, type BreakdownRow } from './breakdown';
import { RatingsSection } from './ratings-section';
import { TotalsLine } from './totals-line';
import { nameIn } from './progress-labels';

interface Props {
  readonly task: TaskProgress;
  readonly schoolYear: SchoolYear;
  /** The overview's address, the filters kept. */
  readonly backHref: string;
  readonly filters: ReactNode;
}

/**
 * Where a target's row links: the month of its first open action of the task, else of its last
 * (the card is there, with its note).
 */
function linkMonth(target: TaskTarget) {
  const open = target.actions.find((a) => a.state === 'todo') ?? target.actions.at(-1);
  return yearMonthOf(open!.action.start);
}

/** One task across the schools counted: who did it, who skipped it and why, and who not yet. */
export function TaskView({ task, schoolYear, backHref, filters }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const title = nameIn(task.template.title, language);
  const whose = (target: TaskTarget) =>
    target.group?.name ?? (target.school ? t('progress.schoolOwn') : t('progress.organizationOwn'));
  // With one school counted its name would only repeat.
  const manySchools = new Set(task.byTarget.map((target) => target.school?.id)).size > 1;
  const rows: BreakdownRow[] = task.byTarget.map((target) => {
    const name = whose(target);
    const href = target.group ? monthHref(target.group.id, linkMonth(target)) : '';
    const cell = target.group ? <Link href={href}>{name}</Link> : name;
    return {
      key: `${target.school?.id ?? ''}|${target.group?.id ?? ''}|${href}`,
      label: manySchools && target.school ? `${name} · ${target.school.name}` : name,
      cells: manySchools ? [cell, target.school?.name ?? ''] : [cell],
      tally: target.tally,
    };
  });
  return (
    <div className="progress-task">
      <p className="progress-back">
        <Link href={backHref}>← {t('progress.allTasks')}</Link>
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      <p className="hint">
        {/* Its grades: some tasks share a title (the tables name them so too: taskNames). */}
        {task.template.grades.length > 0 && `${gradesLabel(t, task.template.grades)} · `}
        {t('progress.yearOption', { start: schoolYear.startYear, end: schoolYear.startYear + 1 })}
      </p>
      {filters}
      <TotalsLine tally={task.tally} />
      <p>{t('progress.taskTargets', task.targets)}</p>
      <p className="hint">{t('progress.taskTargetsHint')}</p>
      <section className="progress-breakdown" aria-labelledby={`${id}-classes`}>
        <h2 id={`${id}-classes`}>{t('progress.taskByClass')}</h2>
        <ProgressBars rows={rows} />
        <FigureTable
          caption={t('progress.tableOf', { what: t('progress.taskByClass') })}
          nameHeaders={
            manySchools
              ? [t('progress.colClass'), t('progress.colSchool')]
              : [t('progress.colClass')]
          }
          rows={rows}
        />
      </section>
      <RatingsSection ratings={task.ratings} />
      <section aria-labelledby={`${id}-notes`}>
        <h2 id={`${id}-notes`}>{t('progress.skipNotes')}</h2>
        <p className="hint">{t('progress.skipNotesHint')}</p>
        {task.skipNotes.length === 0 ? (
          <p>{t('progress.skipNotesNone')}</p>
        ) : (
          <ul className="progress-notes">
            {task.skipNotes.map((note) => (
              <li key={note.action.id}>
                <q>{note.note}</q>{' '}
                <span className="hint">
                  {t('progress.skipNoteOf', {
                    who: note.school
                      ? `${note.school.name} ${note.group?.name ?? t('progress.schoolOwn')}`
                      : t('progress.organizationOwn'),
                    day: note.day ? formatDay(note.day, language, 'date') : '',
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
