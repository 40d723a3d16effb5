import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@/domain/local-date';
import type { Grade, Group, School } from '@/domain/model';
import type { SchoolRollover } from '@/domain/rollover/move-classes';
import type { RolloverProposal } from '@/domain/rollover/rollover-plan';
import { buildSchoolCalendar, expectedSchoolDays } from '@/domain/school-calendar';
import { formatDay } from '@/i18n/format';
import { gradeLabel } from '@/ui/labels';
import { useLanguage } from '@/ui/use-language';

/** What the roll-over would write: the proposed calendar, and per school the classes' fate. */
export function RolloverPreview({
  proposal,
  schools,
}: {
  proposal: RolloverProposal;
  schools: readonly School[];
}) {
  const { t } = useTranslation();
  const { year } = proposal;
  return (
    <section aria-labelledby="rollover-preview-title" className="rollover-preview">
      <h2 id="rollover-preview-title">
        {t('rollover.previewTitle', { start: year.startYear, end: year.startYear + 1 })}
      </h2>
      <CalendarPreview proposal={proposal} />
      <h3>{t('rollover.schoolsTitle')}</h3>
      <p className="hint">{t('rollover.carriedOver')}</p>
      {proposal.schools.map((part) => (
        <SchoolPreview
          key={part.schoolId}
          part={part}
          school={schools.find((s) => s.id === part.schoolId)}
        />
      ))}
    </section>
  );
}

function CalendarPreview({ proposal }: { proposal: RolloverProposal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { year, notCarried } = proposal;
  const day = (d: LocalDate) => formatDay(d, language, 'day');
  const count = buildSchoolCalendar(year).schoolDayCount;
  const expected = expectedSchoolDays(year);
  const skipped = [...notCarried.extraSchoolDays, ...notCarried.extraDaysOff].sort();
  return (
    <>
      <h3>{t('rollover.calendarTitle')}</h3>
      <p className="hint">{t('rollover.rules')}</p>
      <dl className="rollover-calendar">
        <dt>{t('rollover.firstDay')}</dt>
        <dd>{day(year.firstDay)}</dd>
        <dt>{t('rollover.lastDay')}</dt>
        <dd>{day(year.lastDay)}</dd>
        <dt>{t('rollover.schoolDays')}</dt>
        <dd>{t('rollover.schoolDaysValue', { count, expected })}</dd>
      </dl>
      {count !== expected && <p className="rollover-warning">{t('rollover.daysDiffer')}</p>}
      <div className="table-scroll">
        <table>
          <caption>{t('rollover.breaksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rollover.breakKind')}</th>
              <th scope="col">{t('rollover.breakStart')}</th>
              <th scope="col">{t('rollover.breakEnd')}</th>
            </tr>
          </thead>
          <tbody>
            {year.breaks.map((b) => (
              <tr key={`${b.kind}-${b.start}`}>
                <th scope="row">{t(`rollover.break_${b.kind}`)}</th>
                <td>{day(b.start)}</td>
                <td>{day(b.end)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {year.extraSchoolDays.includes(year.lastDay) && (
        <p>{t('rollover.celebration', { day: day(year.lastDay) })}</p>
      )}
      {skipped.length > 0 && (
        <p>{t('rollover.notCarried', { days: skipped.map(day).join(', ') })}</p>
      )}
    </>
  );
}

function useGradeText() {
  const { t } = useTranslation();
  return (grades: readonly Grade[]) => grades.map((g) => gradeLabel(t, g)).join(', ');
}

function SchoolPreview({ part, school }: { part: SchoolRollover; school: School | undefined }) {
  const { t } = useTranslation();
  const gradeText = useGradeText();
  const name = school?.name ?? t('rollover.unknownSchool', { id: part.schoolId });
  const groupCells = (g: Group) => (
    <>
      <td>{g.name}</td>
      <td>{gradeText(g.grades)}</td>
    </>
  );
  return (
    <section className="rollover-school" aria-label={name}>
      <h4>{name}</h4>
      <p>
        {t('rollover.summary', {
          created: part.created.length,
          moved: part.moved.length,
          leaving: part.leaving.length,
        })}
      </p>
      <ClassTable caption={t('rollover.createdCaption')} empty={part.created.length === 0}>
        <thead>
          <tr>
            <th scope="col">{t('rollover.className')}</th>
            <th scope="col">{t('rollover.grades')}</th>
          </tr>
        </thead>
        <tbody>
          {part.created.map((g) => (
            <tr key={g.id}>{groupCells(g)}</tr>
          ))}
        </tbody>
      </ClassTable>
      <ClassTable caption={t('rollover.movedCaption')} empty={part.moved.length === 0}>
        <thead>
          <tr>
            <th scope="col">{t('rollover.oldClass')}</th>
            <th scope="col">{t('rollover.grades')}</th>
            <th scope="col">{t('rollover.newClass')}</th>
            <th scope="col">{t('rollover.grades')}</th>
          </tr>
        </thead>
        <tbody>
          {part.moved.map((m) => (
            <tr key={m.from.id}>
              {groupCells(m.from)}
              {groupCells(m.to)}
            </tr>
          ))}
        </tbody>
      </ClassTable>
      <ClassTable caption={t('rollover.leavingCaption')} empty={part.leaving.length === 0}>
        <thead>
          <tr>
            <th scope="col">{t('rollover.className')}</th>
            <th scope="col">{t('rollover.grades')}</th>
            <th scope="col">{t('rollover.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {part.leaving.map((l) => (
            <tr key={l.group.id}>
              {groupCells(l.group)}
              <td>{t(`rollover.reason_${l.reason}`)}</td>
            </tr>
          ))}
        </tbody>
      </ClassTable>
    </section>
  );
}

/** A captioned table, or its caption and "none" when it has no rows. */
function ClassTable({
  caption,
  empty,
  children,
}: {
  caption: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (empty) {
    return (
      <p className="rollover-empty">
        <strong>{caption}:</strong> {t('rollover.none')}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table>
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
