import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { deleteGroup, saveGroup } from '@/db/plan-writes';
import { randomUuid } from '@/db/random-id';
import { listGroups } from '@/db/queries';
import { groupProgressCount } from '@/db/school-reads';
import { groupId, type GroupId } from '@/domain/ids';
import type { Group, School, SchoolYear } from '@/domain/model';
import { classInputProblems } from '@/domain/school-input';
import { useDb } from '@/ui/db-context';
import { NamedGradesForm } from './named-grades-form';

interface Props {
  readonly school: School;
  readonly schoolYear: SchoolYear;
  readonly editable: boolean;
}

/**
 * The classes of a school in one school year: each with its grades, to edit or remove (a class
 * with ticks is kept, and the user is told why), and a form for a new one.
 */
export function ClassSection({ school, schoolYear, editable }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const headingId = useId();
  const [editing, setEditing] = useState<GroupId | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const groups = useLiveQuery(
    async () => (await listGroups(db, schoolYear.id)).filter((g) => g.schoolId === school.id),
    [db, schoolYear.id, school.id],
  );
  const gradeText = (group: Group) =>
    group.grades
      .map((g) => (g === 0 ? t('grade.preschool') : t('grade.grade', { grade: g })))
      .join(', ');
  const check = (input: { name: string; grades: readonly Group['grades'][number][] }) =>
    classInputProblems(input, school.grades);

  const remove = async (group: Group) => {
    const ticks = await groupProgressCount(db, schoolYear.id, group.id);
    if (ticks > 0) {
      setMessage(t('schools.cannotRemove', { name: group.name, count: ticks }));
      return;
    }
    await deleteGroup(db, group.id);
    setMessage(t('schools.removed', { name: group.name }));
  };

  return (
    <section aria-labelledby={headingId} className="class-section">
      <h3 id={headingId}>{t('schools.classesTitle')}</h3>
      <p role="status" className="class-message">
        {message}
      </p>
      {groups === undefined ? null : groups.length === 0 ? (
        <p>{t('schools.noClasses')}</p>
      ) : (
        <ul className="class-list">
          {groups.map((group) => (
            <li key={group.id}>
              {editing === group.id ? (
                <NamedGradesForm
                  label={t('schools.editLabel', { name: group.name })}
                  nameLabel={t('schools.className')}
                  gradesLegend={t('schools.classGrades')}
                  initial={group}
                  offered={school.grades}
                  submitText={t('schools.save')}
                  check={check}
                  save={async (input) => {
                    await saveGroup(db, { ...group, ...input });
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <span className="class-name">{group.name}</span>{' '}
                  <span className="hint">({gradeText(group)})</span>
                  {editable && (
                    <span className="class-buttons">
                      <button
                        type="button"
                        aria-label={t('schools.editLabel', { name: group.name })}
                        onClick={() => setEditing(group.id)}
                      >
                        {t('schools.edit')}
                      </button>
                      <button
                        type="button"
                        aria-label={t('schools.removeLabel', { name: group.name })}
                        onClick={() => void remove(group)}
                      >
                        {t('schools.remove')}
                      </button>
                    </span>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (editing === 'new' ? (
          <NamedGradesForm
            label={t('schools.newClass')}
            nameLabel={t('schools.className')}
            gradesLegend={t('schools.classGrades')}
            initial={{ name: '', grades: [] }}
            offered={school.grades}
            submitText={t('schools.addClass')}
            check={check}
            save={async (input) => {
              await saveGroup(db, {
                id: groupId(`g-${randomUuid()}`),
                schoolId: school.id,
                schoolYearId: schoolYear.id,
                ...input,
              });
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <button type="button" onClick={() => setEditing('new')}>
            {t('schools.newClass')}
          </button>
        ))}
      <p className="hint">
        {t('schools.teachers')} <Link href="/accounts">{t('schools.teachersLink')}</Link>
      </p>
    </section>
  );
}
