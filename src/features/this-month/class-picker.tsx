import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId } from '@/domain/ids';
import type { Group } from '@/domain/model';

interface Props {
  groups: readonly Group[];
  selectedId: GroupId | null;
  onSelect: (id: GroupId) => void;
}

/** Picks the class whose month is shown; the choice is remembered by the caller. */
export function ClassPicker({ groups, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const gradeText = (group: Group) =>
    group.grades
      .map((g) => (g === 0 ? t('grade.preschool') : t('grade.grade', { grade: g })))
      .join(', ');
  return (
    <div className="field">
      <label htmlFor={id}>{t('month.classLabel')}</label>
      <select
        id={id}
        value={selectedId ?? ''}
        onChange={(e) => onSelect(e.target.value as GroupId)}
      >
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name} ({gradeText(group)})
          </option>
        ))}
      </select>
    </div>
  );
}
