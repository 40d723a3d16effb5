import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { saveSchool } from '@/db/plan-writes';
import { randomUuid } from '@/db/random-id';
import { listSchoolYears, listSchools } from '@/db/queries';
import { organizationId, schoolId, type SchoolYearId } from '@/domain/ids';
import type { School } from '@/domain/model';
import { schoolInputProblems } from '@/domain/school-input';
import { schoolYearAt } from '@/domain/school-calendar';
import type { SessionUser } from '@/domain/sync/protocol';
import { useDb } from '@/ui/db-context';
import { useActingUser } from '@/ui/acting-user';
import { mayAdjustSchool, mayEditClasses, mayEditSchools } from '@/ui/may-write';
import { useToday } from '@/ui/today';
import { AdjustmentSection } from './adjustment-section';
import { ClassSection } from './class-section';
import { NamedGradesForm } from './named-grades-form';

interface Props {
  readonly params: Readonly<Record<string, string | undefined>>;
}

/** The schools a user works with here: all for the coordinator (and in local mode), else their own. */
function visibleSchools(schools: readonly School[], user: SessionUser | null): School[] {
  return user === null || user.role === 'coordinator'
    ? [...schools]
    : schools.filter((s) => user.schools.includes(s.id));
}

/**
 * Schools and classes: the schools (a new one, by the coordinator), the chosen school's name and
 * grades, and its classes in a school year. A principal sees and changes the classes of their own
 * schools only.
 */
export default function SchoolsPage({ params }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const today = useToday();
  const [, navigate] = useLocation();
  const yearId = useId();
  const user = useActingUser();
  const [creating, setCreating] = useState(false);
  const [chosenYear, setChosenYear] = useState<SchoolYearId | null>(null);
  const data = useLiveQuery(
    async () => ({ schools: await listSchools(db), schoolYears: await listSchoolYears(db) }),
    [db],
  );
  if (data === undefined || user === undefined) return <p role="status">{t('schools.loading')}</p>;
  const schools = visibleSchools(data.schools, user);
  const editSchools = mayEditSchools(user);
  const selected = schools.find((s) => s.id === params['schoolId']);
  const schoolYear =
    data.schoolYears.find((y) => y.id === chosenYear) ?? schoolYearAt(data.schoolYears, today);
  const orgId = data.schools[0]?.organizationId ?? organizationId(user?.organizationId ?? 'org');

  return (
    <div className="schools-page">
      <h1>{t('schools.title')}</h1>
      <p className="hint">{t('schools.intro')}</p>
      <nav aria-label={t('schools.list')}>
        {schools.length === 0 ? (
          <p>{t('schools.none')}</p>
        ) : (
          <ul className="school-links">
            {schools.map((school) => (
              <li key={school.id}>
                <Link
                  href={`/schools/${school.id}`}
                  aria-current={school.id === selected?.id ? 'page' : undefined}
                >
                  {school.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </nav>
      {editSchools &&
        (creating ? (
          <NamedGradesForm
            label={t('schools.newSchool')}
            nameLabel={t('schools.name')}
            gradesLegend={t('schools.schoolGrades')}
            initial={{ name: '', grades: [] }}
            submitText={t('schools.createSchool')}
            check={schoolInputProblems}
            save={async (input) => {
              const id = schoolId(`school-${randomUuid()}`);
              await saveSchool(db, { id, organizationId: orgId, ...input });
              setCreating(false);
              navigate(`/schools/${id}`);
            }}
            onCancel={() => setCreating(false)}
          />
        ) : (
          <button type="button" onClick={() => setCreating(true)}>
            {t('schools.newSchool')}
          </button>
        ))}
      {params['schoolId'] !== undefined && selected === undefined && <p>{t('schools.notFound')}</p>}
      {selected && (
        <section aria-labelledby={`${yearId}-school`} className="school-detail">
          <h2 id={`${yearId}-school`}>{selected.name}</h2>
          {editSchools ? (
            <NamedGradesForm
              key={selected.id}
              label={t('schools.schoolTitle')}
              nameLabel={t('schools.name')}
              gradesLegend={t('schools.schoolGrades')}
              initial={selected}
              submitText={t('schools.save')}
              check={schoolInputProblems}
              save={(input) => saveSchool(db, { ...selected, ...input })}
            />
          ) : (
            <>
              <p>
                {t('schools.gradesText', {
                  grades: selected.grades
                    .map((g) => (g === 0 ? t('grade.preschool') : t('grade.grade', { grade: g })))
                    .join(', '),
                })}
              </p>
              <p className="hint">{t('schools.readOnlySchool')}</p>
            </>
          )}
          {schoolYear === undefined ? (
            <p>{t('schools.noYears')}</p>
          ) : (
            <>
              <div className="field">
                <label htmlFor={`${yearId}-year`}>{t('schools.year')}</label>
                <select
                  id={`${yearId}-year`}
                  value={schoolYear.id}
                  onChange={(e) => setChosenYear(e.target.value as SchoolYearId)}
                >
                  {data.schoolYears.map((year) => (
                    <option key={year.id} value={year.id}>
                      {t('schools.yearOption', { start: year.startYear, end: year.startYear + 1 })}
                    </option>
                  ))}
                </select>
              </div>
              <ClassSection
                school={selected}
                schoolYear={schoolYear}
                editable={mayEditClasses(user, selected.id)}
              />
            </>
          )}
          <AdjustmentSection school={selected} editable={mayAdjustSchool(user, selected.id)} />
        </section>
      )}
    </div>
  );
}
