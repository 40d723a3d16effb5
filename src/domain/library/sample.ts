/**
 * The first-run sample: a municipality with one school teaching esiopetus to grade 9, Jämsä's two
 * published school years, and the same classes in each year (a small school with one combined
 * class, yhdysluokka 5–6), plus the built-in themes and task library.
 */
import { jamsa2025, jamsa2026 } from '@/domain/calendars/jamsa';
import { groupId, organizationId, schoolId } from '@/domain/ids';
import type {
  Grade,
  Group,
  Organization,
  School,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { GRADES } from '@/domain/model';
import { builtInTemplates } from './templates/index';
import { builtInThemes } from './themes';

export interface SampleOrganization {
  readonly organization: Organization;
  readonly schools: readonly School[];
  readonly schoolYears: readonly SchoolYear[];
  readonly groups: readonly Group[];
  readonly themes: readonly Theme[];
  readonly templates: readonly TaskTemplate[];
}

/** The classes of the sample school: id suffix, display name and grades. */
const SAMPLE_CLASSES: readonly {
  readonly key: string;
  readonly name: string;
  readonly grades: readonly Grade[];
}[] = [
  { key: 'eskari', name: 'Eskari', grades: [0] },
  { key: '1a', name: '1A', grades: [1] },
  { key: '2a', name: '2A', grades: [2] },
  { key: '3a', name: '3A', grades: [3] },
  { key: '4a', name: '4A', grades: [4] },
  { key: '5-6', name: '5–6', grades: [5, 6] },
  { key: '7a', name: '7A', grades: [7] },
  { key: '8a', name: '8A', grades: [8] },
  { key: '9a', name: '9A', grades: [9] },
];

/**
 * The sample plan. Deterministic: every call and every device builds the same rows with the same
 * ids (group ids 'g-<startYear>-<class>', e.g. 'g-2026-7a'), so seeding needs no sync.
 */
export function buildSampleOrganization(): SampleOrganization {
  const organization: Organization = { id: organizationId('org-demo'), name: 'Esimerkkikunta' };
  const school: School = {
    id: schoolId('school-demo'),
    organizationId: organization.id,
    name: 'Esimerkkikoulu',
    grades: GRADES,
  };
  const schoolYears: readonly SchoolYear[] = [jamsa2025, jamsa2026];
  const groups: Group[] = schoolYears.flatMap((year) =>
    SAMPLE_CLASSES.map((c) => ({
      id: groupId(`g-${year.startYear}-${c.key}`),
      schoolId: school.id,
      schoolYearId: year.id,
      name: c.name,
      grades: c.grades,
    })),
  );
  return {
    organization,
    schools: [school],
    schoolYears,
    groups,
    themes: builtInThemes,
    templates: builtInTemplates,
  };
}
