import { describe, expect, it } from 'vitest';
import { organizationId } from '../ids';
import { buildSampleOrganization } from '../library/sample';
import { parsePlanCsv, planToCsv } from './plan-csv';

const org = organizationId('org-demo');

describe('plan CSV', () => {
  it.each([[';'], [',']] as const)(
    "the sample's 2026-2027 plan exported with %j reads back the same",
    (delimiter) => {
      const sample = buildSampleOrganization();
      const year = sample.schoolYears[1] ?? null;
      const plan = {
        schoolYear: year,
        schools: sample.schools,
        groups: sample.groups.filter((g) => g.schoolYearId === year?.id),
      };
      expect(parsePlanCsv(planToCsv(plan, delimiter), org, [])).toEqual({ ok: true, value: plan });
    },
  );

  it('reads a hand-written plan: Finnish words and days, names for ids, a class of an existing school', () => {
    const text = [
      'kind;school;name;grades;start;end',
      'lukuvuosi;;;;12.8.2026;30.5.2027',
      'loma;;syysloma;;2026-10-12;2026-10-16',
      'koulupäivä;;;;30.5.2027;',
      'koulu;;Kirkonkylän koulu;esi 1 2 3 4 5 6;;',
      'luokka;Kirkonkylän koulu;1–2;1 2;;',
      'luokka;school-demo;7B;7;;',
    ].join('\r\n');
    const existing = buildSampleOrganization().schools;
    expect(parsePlanCsv(text, org, existing)).toEqual({
      ok: true,
      value: {
        schoolYear: {
          id: 'sy-2026',
          organizationId: 'org-demo',
          startYear: 2026,
          firstDay: '2026-08-12',
          lastDay: '2027-05-30',
          breaks: [{ kind: 'autumn', start: '2026-10-12', end: '2026-10-16' }],
          extraDaysOff: [],
          extraSchoolDays: ['2027-05-30'],
        },
        schools: [
          {
            id: 'school-kirkonkylan-koulu',
            organizationId: 'org-demo',
            name: 'Kirkonkylän koulu',
            grades: [0, 1, 2, 3, 4, 5, 6],
          },
        ],
        groups: [
          {
            id: 'g-2026-kirkonkylan-koulu-1-2',
            schoolId: 'school-kirkonkylan-koulu',
            schoolYearId: 'sy-2026',
            name: '1–2',
            grades: [1, 2],
          },
          {
            id: 'g-2026-esimerkkikoulu-7b',
            schoolId: 'school-demo',
            schoolYearId: 'sy-2026',
            name: '7B',
            grades: [7],
          },
        ],
      },
    });
  });

  it('lists every problem by row and column', () => {
    const text = [
      'kind,id,school,name,grades,start,end',
      'schoolYear,,,,,2026-08-12,2026-08-01',
      'break,,,kesäloma,,2026-10-12,2027-07-01',
      'dayOff,,,,,31.2.2027,',
      'school,,,,1 2 11,,',
      'class,,Tuntematon koulu,1A,,,',
      'holiday,,,,,,',
      'schoolYear,,,,,2027-08-11,2028-05-29',
    ].join('\n');
    expect(parsePlanCsv(text, org, [])).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'end', code: 'lastBeforeFirst' },
        { row: 3, column: 'name', code: 'badBreak' },
        { row: 3, column: 'start', code: 'dateOutsideYear' },
        { row: 3, column: 'end', code: 'dateOutsideYear' },
        { row: 4, column: 'start', code: 'badDate' },
        { row: 5, column: 'name', code: 'required' },
        { row: 5, column: 'grades', code: 'badGrades' },
        { row: 6, column: 'school', code: 'unknownSchool' },
        { row: 6, column: 'grades', code: 'required' },
        { row: 7, column: 'kind', code: 'badKind' },
        { row: 8, column: 'kind', code: 'manySchoolYears' },
      ],
    });
  });

  it('refuses classes and breaks without a school year', () => {
    const text = 'kind;school;name;grades\nschool;;Koulu;1\nclass;Koulu;1A;1';
    expect(parsePlanCsv(text, org, [])).toEqual({
      ok: false,
      problems: [{ row: 3, column: 'kind', code: 'noSchoolYear' }],
    });
  });

  it('reads schools alone', () => {
    const read = parsePlanCsv('kind;name;grades\nschool;Koulu;7 8 9', org, []);
    expect(read.ok && read.value.schools.map((s) => [s.id, s.grades])).toEqual([
      ['school-koulu', [7, 8, 9]],
    ]);
  });
});
