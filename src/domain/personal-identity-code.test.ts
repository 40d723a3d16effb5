import { describe, expect, it } from 'vitest';
import { findPersonalIdentityCode, identityCodeCheckCharacter } from './personal-identity-code';

describe('findPersonalIdentityCode', () => {
  // 131052-308T is the example of the Digital and Population Data Services Agency (DVV).
  it.each([
    ['131052-308T', '131052-308T'],
    ['Oppilas 131052-308T oli poissa', '131052-308T'],
    ['wrong check character: 131052-308A', '131052-308A'],
    ['no check character: 131052-308 sairas', '131052-308'],
    ['lower case: 131052-308t', '131052-308t'],
    ['2000s: 010203A1230', '010203A1230'],
    ['new 2000s sign: 010203B123B', '010203B123B'],
    ['new 1900s sign: 131052Y308T', '131052Y308T'],
    ['1800s: 010185+1234', '010185+1234'],
    ['leap day 2000: 290200A123X', '290200A123X'],
    ['in parentheses (131052-308T).', '131052-308T'],
  ])('finds it in %j', (text, code) => {
    expect(findPersonalIdentityCode(text)).toBe(code);
  });

  it.each([
    'Käsiteltiin luokan 3A ryhmäytymistä 12.11.2026',
    'Viikko 45: 20 oppilasta, 3 poissa',
    'puhelin 040-1234567',
    'no real day: 320152-308T',
    'no real month: 011352-308T',
    'not a leap year: 290201A123X',
    'unknown century sign: 131052G308T',
    'part of a longer code: 9131052-308T',
    'followed by more: 131052-308TT',
    'too few digits: 131052-30',
    '',
  ])('finds none in %j', (text) => {
    expect(findPersonalIdentityCode(text)).toBeNull();
  });

  it.each([
    ['131052308', 'T'],
    ['010203123', '0'],
    ['000000000', '0'],
    ['000000030', 'Y'],
  ])('check character of %s is %s', (digits, check) => {
    expect(identityCodeCheckCharacter(digits)).toBe(check);
  });
});
