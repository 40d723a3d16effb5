import { format } from 'date-fns';
import { enGB as enDates } from 'date-fns/locale/en-GB';
import { fi as fiDates } from 'date-fns/locale/fi';
import { sv as svDates } from 'date-fns/locale/sv';
import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from './en';
import { fi } from './fi';
import {
  DATE_PATTERNS,
  formatDay,
  formatList,
  formatMonth,
  loadDateLocale,
  type DatePattern,
} from './format';
import { initI18n } from './i18n';
import { sv } from './sv';
import { addDays, type LocalDate } from '@/domain/local-date';
import { LANGUAGES } from '@/domain/model';

function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'string' ? [`${prefix}${key}`] : keyPaths(child as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string) {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

describe('translations', () => {
  const fiKeys = keyPaths(fi).sort();

  it.each([
    ['sv', sv],
    ['en', en],
  ])('%s has exactly the Finnish keys, none empty, same placeholders', (_name, resource) => {
    expect(keyPaths(resource).sort()).toEqual(fiKeys);
    const lookup = (res: object, path: string) =>
      path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], res);
    for (const path of fiKeys) {
      const text = lookup(resource, path);
      expect(typeof text === 'string' && text.trim().length > 0, path).toBe(true);
      expect(placeholders(text as string), path).toEqual(placeholders(lookup(fi, path) as string));
    }
  });
});

// Before the formatDay tables below, which load every locale.
describe('a language chosen', () => {
  it('brings its date-fns locale with its resources (not in the first load)', async () => {
    expect(formatDay('2025-08-06' as LocalDate, 'en', 'day')).toBe('ke 6.8.2025');
    await initI18n('en');
    expect(formatDay('2025-08-06' as LocalDate, 'en', 'day')).toBe('Wed 6 Aug 2025');
  });

  it('is switched to only when it is not the language already shown', async () => {
    const switched = vi.fn();
    i18next.on('languageChanged', switched);
    try {
      await initI18n('en');
      expect(switched).not.toHaveBeenCalled();
      await initI18n('fi');
      expect(switched).toHaveBeenCalledWith('fi');
    } finally {
      i18next.off('languageChanged', switched);
    }
  });
});

describe('formatDay', () => {
  // Swedish and English dates load with their languages (changeLanguage), not in the first load.
  beforeAll(() => Promise.all([loadDateLocale('sv'), loadDateLocale('en')]));

  it.each([
    ['2025-08-06', 'fi', 'day', 'ke 6.8.2025'],
    ['2025-08-06', 'sv', 'day', 'ons 6.8.2025'],
    ['2025-08-06', 'en', 'day', 'Wed 6 Aug 2025'],
    ['2026-11-02', 'fi', 'dayShort', 'ma 2.11.'],
    ['2026-12-06', 'en', 'date', '6 Dec 2026'],
  ] as const)('%s in %s (%s) is %s', (day, language, pattern, expected) => {
    expect(formatDay(day as LocalDate, language, pattern)).toBe(expected);
  });

  it('writes every day of two years as date-fns’s format does, in each language and pattern', () => {
    const locales = { fi: fiDates, sv: svDates, en: enDates };
    const days = Array.from({ length: 731 }, (_, i) => addDays('2026-01-01' as LocalDate, i));
    for (const language of LANGUAGES) {
      for (const pattern of Object.keys(DATE_PATTERNS) as DatePattern[]) {
        const ours = days.map((day) => formatDay(day, language, pattern));
        const theirs = days.map((day) =>
          format(new Date(`${day}T12:00:00`), DATE_PATTERNS[pattern][language], {
            locale: locales[language],
          }),
        );
        expect(ours, `${language} ${pattern}`).toEqual(theirs);
      }
    }
  });

  it.each([
    [2026, 11, 'fi', 'marraskuu 2026'],
    [2026, 11, 'sv', 'november 2026'],
    [2027, 1, 'en', 'January 2027'],
    [2027, 1, 'fi', 'tammikuu 2027'],
    [2027, 1, 'sv', 'januari 2027'],
  ] as const)('month %i-%i in %s is %s', (year, month, language, expected) => {
    expect(formatMonth(year, month, language)).toBe(expected);
  });
});

describe('formatList', () => {
  // The same as Intl.ListFormat's conjunction, which the month used to build for each card.
  it.each([
    ['fi', [], ''],
    ['fi', ['syysloman'], 'syysloman'],
    ['fi', ['syysloman', 'joululoman'], 'syysloman ja joululoman'],
    ['fi', ['syysloman', 'joululoman', 'talviloman'], 'syysloman, joululoman ja talviloman'],
    ['sv', ['höstlovet', 'jullovet'], 'höstlovet och jullovet'],
    ['sv', ['a', 'b', 'c', 'd'], 'a, b, c och d'],
    ['en', ['the autumn break', 'the Christmas break'], 'the autumn break and the Christmas break'],
    ['en', ['a', 'b', 'c'], 'a, b, and c'],
  ] as const)('%s %j is %s', (language, items, expected) => {
    expect(formatList(items, language)).toBe(expected);
    expect(formatList(items, language)).toBe(
      new Intl.ListFormat(language, { type: 'conjunction' }).format(items),
    );
  });
});
