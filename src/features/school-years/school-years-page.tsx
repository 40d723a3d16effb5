import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { listOrganizations, listSchoolYears } from '@/db/queries';
import { organizationId as toOrganizationId } from '@/domain/ids';
import type { SchoolYear } from '@/domain/model';
import { schoolYearAt } from '@/domain/school-calendar';
import { draftOf } from '@/domain/school-year-draft';
import { useDb } from '@/ui/db-context';
import { useActingUser } from '@/ui/acting-user';
import { mayChangeSchoolYears } from '@/ui/may-write';
import { useToday } from '@/ui/today';
import { NewYearForm } from './new-year-form';
import { YearEditor } from './year-editor';

/** The address of a school year in this view; 'new' makes a new one. */
export const schoolYearHref = (id: string) => `/school-years/${encodeURIComponent(id)}`;
const NEW = 'new';

/**
 * Lukuvuodet: the school years as links, and the chosen one (or the one of today) in the editor;
 * the coordinator edits and makes new years, the principal sees them read-only.
 */
interface Props {
  readonly params: Readonly<Record<string, string | undefined>>;
}

export default function SchoolYearsPage({ params }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const today = useToday();
  const user = useActingUser();
  const [, navigate] = useLocation();
  const years = useLiveQuery(() => listSchoolYears(db), [db]);
  const organizations = useLiveQuery(() => listOrganizations(db), [db]);
  if (years === undefined || organizations === undefined || user === undefined) {
    return <p>{t('app.loading')}</p>;
  }
  const editable = mayChangeSchoolYears(user);
  const asked = params['schoolYearId'];
  const creating = asked === NEW && editable;
  const year: SchoolYear | undefined =
    asked === undefined ? schoolYearAt(years, today) : years.find((y) => y.id === asked);
  const yearName = (y: SchoolYear) =>
    t('schoolYears.yearName', { start: y.startYear, end: y.startYear + 1 });
  const organizationId =
    years[0]?.organizationId ??
    organizations[0]?.id ??
    (user ? toOrganizationId(user.organizationId) : undefined);
  const current = schoolYearAt(years, today);

  return (
    <div className="school-years">
      <h1>{t('schoolYears.title')}</h1>
      {!editable && <p className="hint">{t('schoolYears.readOnly')}</p>}
      <nav aria-label={t('schoolYears.listLabel')}>
        <ul className="school-year-list">
          {years.map((y) => (
            <li key={y.id}>
              <Link
                href={schoolYearHref(y.id)}
                aria-current={!creating && y.id === year?.id ? 'page' : undefined}
              >
                {yearName(y)}
                {y.id === current?.id ? ` (${t('schoolYears.current')})` : ''}
              </Link>
            </li>
          ))}
          {editable && organizationId !== undefined && (
            <li>
              <Link href={schoolYearHref(NEW)} aria-current={creating ? 'page' : undefined}>
                {t('schoolYears.newYear')}
              </Link>
            </li>
          )}
        </ul>
      </nav>
      {years.length === 0 && !creating && <p>{t('schoolYears.noYears')}</p>}
      {creating && organizationId !== undefined ? (
        <NewYearForm
          years={years}
          organizationId={organizationId}
          onSaved={(id) => navigate(schoolYearHref(id))}
        />
      ) : year ? (
        <YearEditor
          // A draft of its own for each year; edits being made stay when a sync changes it.
          key={year.id}
          initial={draftOf(year)}
          title={yearName(year)}
          editable={editable}
          isNew={false}
          onSaved={() => undefined}
        />
      ) : (
        asked !== undefined && <p>{t('schoolYears.notFound')}</p>
      )}
    </div>
  );
}
