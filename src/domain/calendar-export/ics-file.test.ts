/**
 * The exported calendar read back with an independent parser (ical.js): for a class, a grade and
 * a school of Jämsä's 2026-2027 year, the events are the target's tasks with their windows as
 * all-day dates (DTEND the day after the last school day), UIDs that survive a second export and
 * a plan change, and the texts of the chosen language.
 */
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../tests/support/ics';
import { jamsa2026 } from '../calendars/jamsa';
import { groupId, organizationId, schoolId, templateId, themeId } from '../ids';
import type { Group, Language, School, TaskTemplate, Theme } from '../model';
import { materializeActions } from '../schedule/materialize-actions';
import type { CalendarPlan, CalendarTarget } from './calendar-target';
import { calendarFile, sequenceAt } from './ics-file';

const ORG = organizationId('org-test');
const KOIVULA = schoolId('s-a');
const PATALA = schoolId('s-b');

const schools: School[] = [
  { id: KOIVULA, organizationId: ORG, name: 'Koivulan koulu', grades: [0, 1, 2, 3, 4, 5, 6] },
  { id: PATALA, organizationId: ORG, name: 'Patalan koulu', grades: [1, 2, 3, 4, 5, 6] },
];

const group = (id: string, name: string, grades: Group['grades'], school = KOIVULA): Group => ({
  id: groupId(id),
  schoolId: school,
  schoolYearId: jamsa2026.id,
  name,
  grades,
});
const groups = [
  group('g-3a', '3A', [3]),
  group('g-3b', '3B', [3]),
  group('g-56', '5–6', [5, 6]),
  group('g-b3a', '3A', [3], PATALA),
  { ...group('g-2025-3a', '3A', [3]), schoolYearId: 'sy-2025' as Group['schoolYearId'] },
];

const themes: Theme[] = [
  {
    id: themeId('th-community'),
    name: { fi: 'Yhteisöllisyys', sv: 'Gemenskap', en: 'Community' },
    color: '#2a7',
  },
];

const template = (o: Partial<TaskTemplate> & Pick<TaskTemplate, 'id'>): TaskTemplate => ({
  title: { fi: 'Luokan säännöt', sv: 'Klassens regler', en: 'Class rules' },
  description: { fi: 'Sovitaan yhdessä.', sv: 'Vi kommer överens.', en: 'Agree together.' },
  themeId: themeId('th-community'),
  grades: [3, 5, 6],
  scope: 'class',
  responsible: ['classTeacher', 'nurse'],
  timing: { kind: 'month', month: 9, part: 'whole' },
  materials: [],
  ...o,
});

const templates: TaskTemplate[] = [
  template({ id: templateId('t-rules') }),
  template({
    id: templateId('t-week45'),
    title: { fi: 'Viikko 45', sv: '', en: 'Week 45' },
    grades: [6],
    timing: { kind: 'isoWeek', week: 45 },
  }),
  // The second half of December: the school days before the Christmas break (Sat 19 Dec is one).
  template({
    id: templateId('t-december'),
    grades: [3],
    themeId: null,
    responsible: [],
    description: { fi: '', sv: '', en: '' },
    timing: { kind: 'month', month: 12, part: 'secondHalf' },
  }),
  template({
    id: templateId('t-welfare'),
    scope: 'school',
    grades: [0, 1, 2, 3, 4, 5, 6],
    responsible: ['principal'],
    timing: { kind: 'everyMonth', months: [9, 11], part: 'whole' },
  }),
  template({ id: templateId('t-org'), scope: 'organization' }),
];

function planOf(tpls: readonly TaskTemplate[]): CalendarPlan {
  const { actions } = materializeActions({
    schoolYear: jamsa2026,
    schools,
    groups,
    templates: tpls,
  });
  return { schoolYear: jamsa2026, schools, groups, templates: tpls, themes, actions };
}
const PLAN = planOf(templates);

const GENERATED = Date.UTC(2026, 8, 7, 6, 0);

function exported(target: CalendarTarget, language: Language = 'fi', plan = PLAN, at = GENERATED) {
  const text = calendarFile(plan, { target, language, generatedAt: at });
  if (text === null) throw new Error('no calendar');
  return parseIcs(text);
}

const uid = (id: string) => `${id}@vuosikello`;

describe('calendarFile', () => {
  it.each<[string, CalendarTarget, string, [string, string, string][]]>([
    [
      'class 3A: its class tasks',
      { kind: 'group', groupId: groupId('g-3a') },
      '3A (Koivulan koulu) — lukuvuosi 2026–2027',
      [
        [uid('sy-2026~g:g-3a~t-rules~'), '2026-09-01', '2026-10-01'],
        [uid('sy-2026~g:g-3a~t-december~'), '2026-12-16', '2026-12-20'],
      ],
    ],
    [
      'combined class 5–6: the tasks of grade 5 and of grade 6',
      { kind: 'group', groupId: groupId('g-56') },
      '5–6 (Koivulan koulu) — lukuvuosi 2026–2027',
      [
        [uid('sy-2026~g:g-56~t-rules~'), '2026-09-01', '2026-10-01'],
        [uid('sy-2026~g:g-56~t-week45~'), '2026-11-02', '2026-11-07'],
      ],
    ],
    [
      'grade 3 of Koivula: 3A and 3B share each task once',
      { kind: 'grade', schoolId: KOIVULA, grade: 3 },
      '3. luokka (Koivulan koulu) — lukuvuosi 2026–2027',
      [
        [uid('sy-2026~grade:s-a:3~t-rules~'), '2026-09-01', '2026-10-01'],
        [uid('sy-2026~grade:s-a:3~t-december~'), '2026-12-16', '2026-12-20'],
      ],
    ],
    [
      'grade 5 of Koivula: not the grade-6 task of the combined class',
      { kind: 'grade', schoolId: KOIVULA, grade: 5 },
      '5. luokka (Koivulan koulu) — lukuvuosi 2026–2027',
      [[uid('sy-2026~grade:s-a:5~t-rules~'), '2026-09-01', '2026-10-01']],
    ],
    [
      'Koivula: its own school tasks, each month',
      { kind: 'school', schoolId: KOIVULA },
      'Koivulan koulu — lukuvuosi 2026–2027',
      [
        [uid('sy-2026~s:s-a~t-welfare~m09'), '2026-09-01', '2026-10-01'],
        [uid('sy-2026~s:s-a~t-welfare~m11'), '2026-11-02', '2026-12-01'],
      ],
    ],
  ])('%s', (_, target, name, expected) => {
    const calendar = exported(target);
    expect(calendar.name).toBe(name);
    expect(calendar.method).toBe('PUBLISH');
    expect(calendar.events.map((e) => [e.uid, e.start, e.end])).toEqual(expected);
    for (const event of calendar.events) {
      expect(event.allDay).toBe(true);
      expect(event.transparency).toBe('TRANSPARENT');
    }
  });

  it.each<[string, CalendarTarget]>([
    ['a class of another school year', { kind: 'group', groupId: groupId('g-2025-3a') }],
    ['an unknown class', { kind: 'group', groupId: groupId('g-none') }],
    ['an unknown school', { kind: 'school', schoolId: schoolId('s-none') }],
    ['a grade of an unknown school', { kind: 'grade', schoolId: schoolId('s-none'), grade: 3 }],
  ])('gives no calendar for %s', (_, target) => {
    expect(calendarFile(PLAN, { target, language: 'fi', generatedAt: GENERATED })).toBeNull();
  });

  it.each<[Language, string, string, string]>([
    [
      'fi',
      '3A (Koivulan koulu) — lukuvuosi 2026–2027',
      'Luokan säännöt',
      'Ajankohta: 1.9.2026 – 30.9.2026 (viikot 36–40)\nTeema: Yhteisöllisyys\nVastuu: luokanopettaja, terveydenhoitaja\n\nSovitaan yhdessä.',
    ],
    [
      'sv',
      '3A (Koivulan koulu) — läsåret 2026–2027',
      'Klassens regler',
      'Tidpunkt: 1.9.2026 – 30.9.2026 (veckorna 36–40)\nTema: Gemenskap\nAnsvar: klasslärare, hälsovårdare\n\nVi kommer överens.',
    ],
    [
      'en',
      '3A (Koivulan koulu) — school year 2026–2027',
      'Class rules',
      'When: 1 Sep 2026 – 30 Sep 2026 (weeks 36–40)\nTheme: Community\nResponsible: class teacher, school nurse\n\nAgree together.',
    ],
  ])('writes the texts in %s', (language, name, summary, description) => {
    const calendar = exported({ kind: 'group', groupId: groupId('g-3a') }, language);
    expect(calendar.name).toBe(name);
    expect(calendar.events[0]).toMatchObject({ summary, description });
  });

  it('says a one-week window by its week, and leaves out a missing theme and description', () => {
    const [, december] = exported({ kind: 'group', groupId: groupId('g-3a') }).events;
    expect(december?.description).toBe('Ajankohta: 16.12.2026 – 19.12.2026 (viikko 51)');
    const [, week45] = exported({ kind: 'group', groupId: groupId('g-56') }, 'en').events;
    expect(week45?.description).toMatch(/^When: 2 Nov 2026 – 6 Nov 2026 \(week 45\)\n/);
  });

  it('falls back to the Finnish title where a translation is empty', () => {
    const [, week45] = exported({ kind: 'group', groupId: groupId('g-56') }, 'sv').events;
    expect(week45?.summary).toBe('Viikko 45');
  });

  it('keeps every UID across two exports and across a plan change, which moves the dates', () => {
    const target: CalendarTarget = { kind: 'grade', schoolId: KOIVULA, grade: 3 };
    const first = exported(target);
    const again = exported(target, 'fi', PLAN, GENERATED + 86_400_000);
    expect(again.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));

    const moved = planOf(
      templates.map((t) =>
        t.id === 't-rules' ? { ...t, timing: { kind: 'month', month: 10, part: 'whole' } } : t,
      ),
    );
    const after = exported(target, 'fi', moved, GENERATED + 2 * 86_400_000);
    expect(after.events.map((e) => [e.uid, e.start, e.end])).toEqual([
      // October: Thu 1 Oct to Fri 30 Oct, across the autumn break of week 42.
      [uid('sy-2026~grade:s-a:3~t-rules~'), '2026-10-01', '2026-10-31'],
      [uid('sy-2026~grade:s-a:3~t-december~'), '2026-12-16', '2026-12-20'],
    ]);
    expect(after.events[0]!.sequence).toBeGreaterThan(first.events[0]!.sequence);
  });

  it('stamps the time of writing, and revises at the plan change when it is given', () => {
    const text = calendarFile(PLAN, {
      target: { kind: 'school', schoolId: KOIVULA },
      language: 'fi',
      generatedAt: GENERATED,
      revisedAt: Date.UTC(2026, 7, 1, 12, 30),
      refreshSeconds: 6 * 3600,
    })!;
    expect(text).toContain('\r\nDTSTAMP:20260907T060000Z\r\n');
    expect(text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n');
    const [event] = parseIcs(text).events;
    expect(event?.lastModified).toBe('2026-08-01T12:30:00Z');
    expect(event?.sequence).toBe(sequenceAt(Date.UTC(2026, 7, 1, 12, 30)));
  });
});

describe('sequenceAt', () => {
  it.each([
    [Date.UTC(2024, 0, 1), 0],
    [Date.UTC(2024, 0, 1, 0, 1), 1],
    [Date.UTC(2024, 0, 2), 1440],
    [Date.UTC(2023, 11, 31), 0],
  ])('at %i is %i', (at, sequence) => {
    expect(sequenceAt(at)).toBe(sequence);
  });
});
