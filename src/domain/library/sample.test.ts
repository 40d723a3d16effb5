import { describe, expect, it } from 'vitest';
import { GRADES } from '@/domain/model';
import { buildSampleOrganization } from './sample';
import { builtInTemplates } from './templates/index';
import { builtInThemes } from './themes';

describe('buildSampleOrganization', () => {
  const sample = buildSampleOrganization();

  it('builds the demo municipality with one school teaching esiopetus to grade 9', () => {
    expect(sample.organization).toEqual({ id: 'org-demo', name: 'Esimerkkikunta' });
    expect(sample.schools).toEqual([
      { id: 'school-demo', organizationId: 'org-demo', name: 'Esimerkkikoulu', grades: GRADES },
    ]);
  });

  it('holds both Jämsä school years, owned by the demo organization', () => {
    expect(sample.schoolYears.map((y) => [y.id, y.startYear, y.firstDay, y.lastDay])).toEqual([
      ['sy-2025', 2025, '2025-08-06', '2026-05-30'],
      ['sy-2026', 2026, '2026-08-12', '2027-06-05'],
    ]);
    for (const year of sample.schoolYears) expect(year.organizationId).toBe('org-demo');
  });

  it('has the same nine classes in each year, with a combined class 5–6', () => {
    for (const year of sample.schoolYears) {
      const groups = sample.groups.filter((g) => g.schoolYearId === year.id);
      expect(groups.map((g) => [g.id, g.name, g.grades])).toEqual([
        [`g-${year.startYear}-eskari`, 'Eskari', [0]],
        [`g-${year.startYear}-1a`, '1A', [1]],
        [`g-${year.startYear}-2a`, '2A', [2]],
        [`g-${year.startYear}-3a`, '3A', [3]],
        [`g-${year.startYear}-4a`, '4A', [4]],
        [`g-${year.startYear}-5-6`, '5–6', [5, 6]],
        [`g-${year.startYear}-7a`, '7A', [7]],
        [`g-${year.startYear}-8a`, '8A', [8]],
        [`g-${year.startYear}-9a`, '9A', [9]],
      ]);
      // Every grade is taught in exactly one class of the year.
      expect(groups.flatMap((g) => g.grades).sort()).toEqual([...GRADES]);
    }
    expect(sample.groups).toHaveLength(18);
    expect(new Set(sample.groups.map((g) => g.id)).size).toBe(18);
    for (const group of sample.groups) expect(group.schoolId).toBe('school-demo');
  });

  it('ships the built-in themes and task library', () => {
    expect(sample.themes).toBe(builtInThemes);
    expect(sample.templates).toBe(builtInTemplates);
  });

  it('is deterministic: every call builds the same rows', () => {
    expect(buildSampleOrganization()).toEqual(sample);
  });
});
