import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { actionId, groupId, organizationId, schoolId, templateId, themeId } from '@/domain/ids';
import { mustParseLocalDate as d } from '@/domain/local-date';
import type { Action, Group, Progress, School, TaskTemplate, Theme } from '@/domain/model';
import { NO_FILTER } from '@/domain/wheel/wheel-entries';
import { initI18n, loadLaterStrings } from '@/i18n/i18n';
import { WHEEL_COLORS } from './wheel-colors';
import { wheelLayoutOf, wheelRows, type WheelSource } from './wheel-model';

const school: School = {
  id: schoolId('s'),
  organizationId: organizationId('org'),
  name: 'Koulu',
  grades: [3],
};
const group: Group = {
  id: groupId('3a'),
  schoolId: school.id,
  schoolYearId: jamsa2026.id,
  name: '3A',
  grades: [3],
};
const health: Theme = {
  id: themeId('health'),
  name: { fi: 'Terveys', sv: 'Hälsa', en: 'Health' },
  color: '#2e7d32',
  order: 1,
};
const template = (id: string, title: string, theme: Theme | null): TaskTemplate => ({
  id: templateId(id),
  title: { fi: title, sv: title, en: title },
  description: { fi: '', sv: '', en: '' },
  themeId: theme?.id ?? null,
  grades: [3],
  scope: 'class',
  responsible: ['classTeacher'],
  timing: { kind: 'month', month: 11, part: 'whole' },
  materials: [],
});
const action = (tpl: TaskTemplate, start: string, end: string): Action => ({
  id: actionId(`3a~${tpl.id}`),
  templateId: tpl.id,
  schoolYearId: jamsa2026.id,
  scope: 'class',
  groupId: group.id,
  schoolId: school.id,
  occurrence: '',
  start: d(start),
  end: d(end),
  themeId: tpl.themeId,
  adjustment: null,
});
const week = template('week', 'Terveysviikko', health);
const survey = template('survey', 'Kysely', null);
const source: WheelSource = {
  schoolYear: jamsa2026,
  actions: [action(week, '2026-11-02', '2026-11-06'), action(survey, '2026-12-28', '2027-01-08')],
  groups: [group],
  schools: [school],
  templates: new Map([week, survey].map((t) => [t.id, t])),
  themes: [health],
  progress: new Map<Action['id'], Progress>([
    [
      actionId('3a~week'),
      {
        actionId: actionId('3a~week'),
        state: 'done',
        day: d('2026-11-04'),
        by: 'Opettaja',
        note: '',
        updatedAt: 0,
      },
    ],
  ]),
};

const wheel = (groupFilter: Group | null, mode: 'grade' | 'theme' = 'grade', from = source) => {
  const rows = wheelRows(
    from,
    {
      filter: { ...NO_FILTER, groupId: groupFilter?.id ?? null },
      mode,
      today: d('2026-11-10'),
    },
    i18next.t,
    'fi',
  );
  return { rows, ...wheelLayoutOf(rows, jamsa2026, d('2026-11-10'), 800, i18next.t, 'fi') };
};

describe('the wheel’s rows and looks', () => {
  beforeAll(async () => {
    await initI18n('fi');
    await loadLaterStrings();
  });

  it('names and colours each arc from its row, the same texts the table shows', () => {
    const { rows, layout, looks } = wheel(null);
    expect(layout.arcs.map((a) => a.key)).toEqual(rows.rows.map((r) => r.entry.key));
    expect(layout.arcs.map((a) => [looks.name(a.key), looks.color(a.key)])).toEqual([
      ['Terveysviikko, ma 2.11. – pe 6.11.2026, viikko 45, 3. luokka', '#2e7d32'],
      ['Kysely, ma 28.12.2026 – pe 8.1.2027, viikot 53–1, 3. luokka', WHEEL_COLORS.noTheme],
    ]);
    for (const row of rows.rows) {
      expect(rows.rowByKey.get(row.entry.key)).toBe(row);
      expect(looks.name(row.entry.key)).toBe(
        [row.title, row.window, row.weeks, row.ring.name].join(', '),
      );
    }
    expect(looks.name('no such arc')).toBe('');
  });

  it('adds the class’s progress to the name on its wheel', () => {
    const { layout, looks } = wheel(group);
    expect(layout.arcs.map((a) => looks.name(a.key))).toEqual([
      'Terveysviikko, ma 2.11. – pe 6.11.2026, viikko 45, 3. luokka: tehty',
      'Kysely, ma 28.12.2026 – pe 8.1.2027, viikot 53–1, 3. luokka: avoin',
    ]);
  });

  it('marks a theme’s ring with the theme’s letter, as printed pages do, whichever rings are shown', () => {
    const calm: Theme = {
      id: themeId('calm'),
      name: { fi: 'Rauha', sv: 'Lugn', en: 'Calm' },
      color: '#1d4e89',
      order: 0,
    };
    const withCalm = { ...source, themes: [health, calm] };
    // Health is B (calm comes first in the themes' order) although its ring is the only theme's.
    expect(wheel(null, 'theme', withCalm).rows.rings.map((r) => [r.name, r.short])).toEqual([
      ['Terveys', 'B'],
      ['Ei teemaa', '–'],
    ]);
  });
});
