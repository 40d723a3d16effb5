import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, loadLaterStrings } from '@/i18n/i18n';
import { fieldLabel, fieldValueText } from './history-fields';
import { labelKey } from './history-labels';

const labels = new Map([
  [labelKey('theme', 'theme-health'), 'Hyvinvointi ja terveys'],
  [labelKey('school', 'school-demo'), 'Esimerkkikoulu'],
]);

describe('the plan history’s fields in words', () => {
  beforeAll(async () => {
    await initI18n('fi');
    await loadLaterStrings();
  });

  const words = (field: string, value: unknown, year = 2026) =>
    fieldValueText(field, value, { t: i18next.t, language: 'fi', labels, year });

  // The years come from the app's year, not the machine's clock.
  it.each([
    [2026, 'syyskuu, joka 3. vuosi: 2027, 2030, 2033'],
    [2031, 'syyskuu, joka 3. vuosi: 2033, 2036, 2039'],
  ])('names an every-3rd-year rule’s years from %i', (year, text) => {
    const september = { kind: 'month', month: 9, part: 'whole' };
    const rule = { kind: 'everyNthYear', every: 3, remainder: 2, rule: september };
    expect(words('timing', rule, year)).toBe(text);
  });

  it.each<[string, unknown, string, string]>([
    ['grades', [1, 2, 3, 4, 5, 6, 9], 'Luokka-asteet', '1.–6. luokka, 9. luokka'],
    ['grades', [0], 'Luokka-asteet', 'esiopetus'],
    ['timing', { kind: 'isoWeek', week: 48 }, 'Ajoitus', 'viikko 48'],
    ['timing', { kind: 'month', month: 9, part: 'whole' }, 'Ajoitus', 'syyskuu'],
    ['themeId', 'theme-health', 'Teema', 'Hyvinvointi ja terveys'],
    ['description', { fi: '', sv: '', en: '' }, 'Kuvaus', 'ei mitään'],
    ['description', { fi: 'Tunti ulkona', sv: '', en: '' }, 'Kuvaus', 'Tunti ulkona'],
    ['themeId', null, 'Teema', 'ei teemaa'],
    ['themeId', 'theme-gone', 'Teema', 'theme-gone'],
    ['schoolId', 'school-demo', 'Koulu', 'Esimerkkikoulu'],
    ['scope', 'school', 'Kenelle', 'kerran koulua kohden'],
    ['responsible', ['classTeacher', 'principal'], 'Vastuuhenkilöt', 'luokanopettaja, rehtori'],
    ['firstDay', '2026-08-12', 'Ensimmäinen koulupäivä', '12.8.2026'],
    ['extraDaysOff', [], 'Muut vapaapäivät', 'ei mitään'],
    [
      'breaks',
      [{ kind: 'autumn', start: '2026-10-12', end: '2026-10-16' }],
      'Lomat',
      'syysloma 12.10.2026–16.10.2026',
    ],
    ['retiredFrom', 2027, 'Ei suunnitelmassa alkaen', '2027–2028'],
    ['retiredFrom', null, 'Ei suunnitelmassa alkaen', 'ei mitään'],
    ['breakShift', 'before', 'Jos ajankohta osuu lomalle', 'siirrä ennen lomaa'],
    ['kind', 'off', 'Muutos', 'ei käytössä koululla'],
    ['materials', [{ label: 'Opas', url: 'https://example.org' }], 'Materiaalit', 'Opas'],
    ['title', { fi: 'Kysely', sv: 'Enkät', en: 'Survey' }, 'Otsikko', 'Kysely'],
    ['name', '3A/B', 'Nimi', '3A/B'],
  ])('%s %j: %s %s', (field, value, label, text) => {
    expect(fieldLabel(i18next.t, field)).toBe(label);
    expect(words(field, value)).toBe(text);
  });

  it.each<[string, unknown, string]>([
    ['timing', { kind: 'isoWeek', week: 60 }, '{"kind":"isoWeek","week":60}'],
    ['grades', [3, 11], '3, 11'],
    ['firstDay', '2026-13-01', '2026-13-01'],
    ['newField', { a: 1 }, '{"a":1}'],
  ])('shows a value of another form as it is: %s %j', (field, value, text) => {
    expect(words(field, value)).toBe(text);
  });

  it('names a field it does not know as it is', () => {
    expect(fieldLabel(i18next.t, 'newField')).toBe('newField');
  });
});
