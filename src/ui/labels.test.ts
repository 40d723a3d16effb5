import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Grade, Language } from '@/domain/model';
import { changeLanguage, initI18n, loadLaterStrings } from '@/i18n/i18n';
import { gradesLabel } from './labels';

beforeAll(async () => {
  await initI18n('fi');
  await loadLaterStrings();
});

describe('gradesLabel', () => {
  it.each<[Language, Grade[], string]>([
    ['fi', [1, 2, 3, 4, 5, 6], '1.–6. luokka'],
    ['fi', [0, 1, 2], 'esiopetus, 1.–2. luokka'],
    ['fi', [6, 7, 9], '6.–7. luokka, 9. luokka'],
    ['fi', [8], '8. luokka'],
    ['sv', [7, 8, 9], 'årskurs 7–9'],
    ['sv', [0], 'förskoleundervisning'],
    ['en', [1, 2, 3], 'grades 1–3'],
    ['en', [0, 5], 'pre-primary, grade 5'],
  ])('%s %j: %s', async (language, grades, text) => {
    await changeLanguage(language);
    expect(gradesLabel(i18next.t, grades)).toBe(text);
  });
});
