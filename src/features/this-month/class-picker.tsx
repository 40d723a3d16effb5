import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupId } from '@/domain/ids';
import type { Group, School } from '@/domain/model';

interface Props {
  schools: readonly School[];
  groups: readonly Group[];
  /** The signed-in user's own classes, listed first; empty when every class is theirs. */
  ownIds: ReadonlySet<GroupId>;
  selectedId: GroupId | null;
  onSelect: (id: GroupId) => void;
}

/**
 * Picks the class whose month is shown: the user's own classes first, the others by school when
 * there are several; remembered by the caller.
 */
export const ClassPicker = memo(function ClassPicker({
  schools,
  groups,
  ownIds,
  selectedId,
  onSelect,
}: Props) {
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
  const own = groups.filter((g) => ownIds.has(g.id));
  const others = groups.filter((g) => !ownIds.has(g.id));
  return (
    <div className="field">
      <label htmlFor={id}>{t('month.classLabel')}</label>
      <select
        id={id}
        value={selectedId ?? ''}
        onChange={(e) => onSelect(e.target.value as GroupId)}
      >
        {own.length > 0 && <optgroup label={t('month.ownClasses')}>{own.map(option)}</optgroup>}
        {schools.length <= 1
          ? own.length > 0
            ? others.length > 0 && (
                <optgroup label={t('month.otherClasses')}>{others.map(option)}</optgroup>
              )
            : others.map(option)
          : schools
              .filter((school) => others.some((g) => g.schoolId === school.id))
              .map((school) => (
                <optgroup key={school.id} label={school.name}>
                  {others.filter((g) => g.schoolId === school.id).map(option)}
                </optgroup>
              ))}
      </select>
    </div>
  );
});
