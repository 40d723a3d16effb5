import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@/domain/model';
import type { TimingRule } from '@/domain/timing-rule';
import { changeLanguage, initI18n, loadLaterStrings } from '@/i18n/i18n';
import { ruleInWords } from './rule-words';

beforeAll(async () => {
  await initI18n('fi');
  await loadLaterStrings();
});

const september = { kind: 'month', month: 9, part: 'whole' } as const;

describe('an every-n-th-year rule in words names its next years', () => {
  it.each<[Language, number, number, number, string]>([
    ['fi', 3, 0, 2026, 'syyskuu, joka 3. vuosi: 2028, 2031, 2034'],
    ['fi', 3, 1, 2026, 'syyskuu, joka 3. vuosi: 2026, 2029, 2032'],
    ['fi', 3, 2, 2026, 'syyskuu, joka 3. vuosi: 2027, 2030, 2033'],
    ['fi', 3, 2, 2027, 'syyskuu, joka 3. vuosi: 2027, 2030, 2033'],
    ['fi', 4, 0, 2026, 'syyskuu, joka 4. vuosi: 2028, 2032, 2036'],
    ['fi', 4, 3, 2026, 'syyskuu, joka 4. vuosi: 2027, 2031, 2035'],
    ['fi', 2, 1, 2026, 'syyskuu, parittomina vuosina'],
    ['fi', 2, 0, 2026, 'syyskuu, parillisina vuosina'],
    ['sv', 3, 0, 2026, 'september, vart 3:e år: 2028, 2031, 2034'],
    ['sv', 3, 1, 2026, 'september, vart 3:e år: 2026, 2029, 2032'],
    ['sv', 3, 2, 2026, 'september, vart 3:e år: 2027, 2030, 2033'],
    ['sv', 4, 2, 2026, 'september, vart 4:e år: 2026, 2030, 2034'],
    ['sv', 2, 1, 2026, 'september, udda år'],
    ['en', 3, 0, 2026, 'September, every 3 years: 2028, 2031, 2034'],
    ['en', 3, 1, 2026, 'September, every 3 years: 2026, 2029, 2032'],
    ['en', 3, 2, 2026, 'September, every 3 years: 2027, 2030, 2033'],
    ['en', 4, 1, 2026, 'September, every 4 years: 2029, 2033, 2037'],
    ['en', 2, 0, 2026, 'September, in even years'],
    ['fi', 1, 0, 2026, 'syyskuu'],
    ['sv', 1, 0, 2026, 'september'],
  ])('%s every %i remainder %i from %i: %s', async (language, every, remainder, year, text) => {
    await changeLanguage(language);
    const rule: TimingRule = { kind: 'everyNthYear', every, remainder, rule: september };
    expect(ruleInWords(rule, i18next.t, language, year)).toBe(text);
  });
});
