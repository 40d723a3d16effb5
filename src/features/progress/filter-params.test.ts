import { describe, expect, it } from 'vitest';
import { choicesFrom, NO_CHOICES, paramsOf, type ProgressChoices } from './filter-params';

const from = (query: string) => choicesFrom(new URLSearchParams(query));

describe('the progress view’s choices in the address', () => {
  it.each<[string, Partial<ProgressChoices>]>([
    ['', {}],
    [
      'year=sy-2026&school=s-1&level=5&theme=th-1&month=11&role=nurse',
      {
        year: 'sy-2026' as never,
        school: 's-1' as never,
        level: 5,
        theme: 'th-1' as never,
        month: 11,
        role: 'nurse',
      },
    ],
    ['level=0', { level: 0 }],
    ['level=school', { level: 'school' }],
    ['level=organization&theme=none', { level: 'organization', theme: 'none' }],
    // Values not of their kind choose nothing.
    ['level=10&month=13&role=janitor', {}],
    ['level=5.0&month=011&month=1', {}],
    ['month=08', {}],
    ['school=&theme=%20', {}],
  ])('%s', (query, expected) => {
    expect(from(query)).toEqual({ ...NO_CHOICES, ...expected });
  });

  it('writes only what is chosen, in a fixed order, and reads back the same', () => {
    const choices: ProgressChoices = {
      ...NO_CHOICES,
      role: 'principal',
      month: 3,
      level: 'school',
    };
    expect(paramsOf(choices).toString()).toBe('level=school&month=3&role=principal');
    expect(from(paramsOf(choices).toString())).toEqual(choices);
    expect(paramsOf(NO_CHOICES).toString()).toBe('');
  });
});
