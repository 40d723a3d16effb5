/**
 * Synthetic organizations of a given size for the benchmarks: schools teaching esiopetus-9 and
 * classes spread over the grades (parallel classes A, B, C... when there are more than ten).
 */
import { groupId, schoolId, organizationId } from '@/domain/ids';
import type { Grade, Group, School, SchoolYear, TaskTemplate } from '@/domain/model';
import { GRADES } from '@/domain/model';
import type { PlanSnapshot } from '@/domain/schedule/materialize-actions';

export function buildMunicipality(
  schoolCount: number,
  classCount: number,
  schoolYear: SchoolYear,
  templates: readonly TaskTemplate[],
): PlanSnapshot {
  const org = organizationId('org-bench');
  const schools: School[] = Array.from({ length: schoolCount }, (_, i) => ({
    id: schoolId(`school-${i + 1}`),
    organizationId: org,
    name: `Koulu ${i + 1}`,
    grades: GRADES,
  }));
  const groups: Group[] = Array.from({ length: classCount }, (_, i) => {
    const school = schools[i % schoolCount] as School;
    const indexInSchool = Math.floor(i / schoolCount);
    const grade = GRADES[indexInSchool % GRADES.length] as Grade;
    const parallel = String.fromCharCode(65 + Math.floor(indexInSchool / GRADES.length));
    return {
      id: groupId(`${school.id}-${grade}${parallel}`),
      schoolId: school.id,
      schoolYearId: schoolYear.id,
      name: `${grade === 0 ? 'Eskari ' : grade}${parallel}`,
      grades: [grade],
    };
  });
  return { schools, schoolYear, groups, templates };
}
