import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId } from '@/domain/ids';
import type { Group, School } from '@/domain/model';

interface Props {
  schools: readonly School[];
  groups: readonly Group[];
  selectedId: GroupId | null;
  onSelect: (id: GroupId) => void;
}

/** Picks the class whose month is shown, by school when there are several; remembered by the caller. */
export function ClassPicker({ schools, groups, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const gradeText = (group: Group) =>
    group.grades
      .map((g) => (g === 0 ? t('grade.preschool') : t('grade.grade', { grade: g })))
      .join(', ');
  const option = (group: Group) => (
    <option key={group.id} value={group.id}>
      {group.name} ({gradeText(group)})
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('month.classLabel')}</label>
      <select
        id={id}
        value={selectedId ?? ''}
        onChange={(e) => onSelect(e.target.value as GroupId)}
      >
        {schools.length <= 1
          ? groups.map(option)
          : schools
              .filter((school) => groups.some((g) => g.schoolId === school.id))
              .map((school) => (
                <optgroup key={school.id} label={school.name}>
                  {groups.filter((g) => g.schoolId === school.id).map(option)}
                </optgroup>
              ))}
      </select>
    </div>
  );
}
