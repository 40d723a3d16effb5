import { useId } from 'react';
import { TableRegion } from './table-region';
import { useTranslation } from 'react-i18next';
import type { TemplateId } from '@/domain/ids';
import type { TaskRow } from '@/domain/progress/progress-summary';
import { wholePercent, type Ratings } from '@/domain/progress/tally';
import { ratedCount, type TaskVerdicts } from '@/domain/report/task-verdicts';
import { useLanguage } from '@/ui/use-language';
import { nameIn, percentText } from './progress-labels';

/** The tasks that worked and those that did not, each list a table, with the rule they follow. */
export function ReportVerdicts({
  verdicts,
  minRatings,
  names,
}: {
  verdicts: TaskVerdicts;
  minRatings: number;
  /** The tasks' names (taskNames in progress-labels.ts), as the CSV has them. */
  names: ReadonlyMap<TemplateId, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="hint report-rule">{t('report.verdictRule', { min: minRatings })}</p>
      <VerdictTable
        title={t('report.worked')}
        none={t('report.workedNone')}
        shareHeader={t('report.colShareWell')}
        share={(r) => r.well}
        rows={verdicts.worked}
        names={names}
      />
      <VerdictTable
        title={t('report.didNotWork')}
        none={t('report.didNotWorkNone')}
        shareHeader={t('report.colShareNot')}
        share={(r) => r.not}
        rows={verdicts.didNotWork}
        names={names}
      />
      {verdicts.mixed > 0 && <p>{t('report.mixed', { count: verdicts.mixed })}</p>}
      {verdicts.tooFewRatings > 0 && (
        <p>{t('report.tooFew', { count: verdicts.tooFewRatings, min: minRatings })}</p>
      )}
    </>
  );
}

function VerdictTable({
  title,
  none,
  shareHeader,
  share,
  rows,
  names,
}: {
  title: string;
  none: string;
  shareHeader: string;
  share: (ratings: Ratings) => number;
  rows: readonly TaskRow[];
  names: ReadonlyMap<TemplateId, string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <section className="report-verdicts" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p>{none}</p>
      ) : (
        <TableRegion caption={t('progress.tableOf', { what: title })}>
          <thead>
            <tr>
              <th scope="col" className="progress-name">
                {t('report.colTask')}
              </th>
              <th scope="col">{t('progress.done')}</th>
              <th scope="col">{t('report.colRated')}</th>
              <th scope="col">{t('report.colWell')}</th>
              <th scope="col">{t('report.colPartly')}</th>
              <th scope="col">{t('report.colNot')}</th>
              <th scope="col">{shareHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ template, tally, ratings }) => {
              const title = nameIn(template.title, language);
              const rated = ratedCount(ratings);
              return (
                <tr key={template.id}>
                  <th scope="row" className="progress-name" lang={title.lang}>
                    {names.get(template.id) ?? title.text}
                  </th>
                  <td>{tally.done}</td>
                  <td>{rated}</td>
                  <td>{ratings.well}</td>
                  <td>{ratings.partly}</td>
                  <td>{ratings.not}</td>
                  <td>{percentText(t, wholePercent(share(ratings), rated), language)}</td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
    </section>
  );
}
