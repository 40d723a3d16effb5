import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../library/templates/index';
import type { TimingRule } from '../timing-rule';
import { formatTimingRule, parseTimingRule } from './timing-text';

const cases: readonly (readonly [string, TimingRule])[] = [
  ['month:10:whole', { kind: 'month', month: 10, part: 'whole' }],
  ['month:8:secondHalf', { kind: 'month', month: 8, part: 'secondHalf' }],
  ['isoWeek:38', { kind: 'isoWeek', week: 38 }],
  ['isoWeek:53', { kind: 'isoWeek', week: 53 }],
  ['schoolWeek:spring:2', { kind: 'schoolWeek', term: 'spring', n: 2 }],
  [
    'relative:termStart:autumn:5:3',
    {
      kind: 'relative',
      anchor: { kind: 'termStart', term: 'autumn' },
      offsetSchoolDays: 5,
      lengthSchoolDays: 3,
    },
  ],
  [
    'relative:breakStart:christmas:-5:5',
    {
      kind: 'relative',
      anchor: { kind: 'breakStart', breakKind: 'christmas' },
      offsetSchoolDays: -5,
      lengthSchoolDays: 5,
    },
  ],
  [
    'relative:termEnd:spring:-10:10',
    {
      kind: 'relative',
      anchor: { kind: 'termEnd', term: 'spring' },
      offsetSchoolDays: -10,
      lengthSchoolDays: 10,
    },
  ],
  [
    'relative:breakEnd:winter:0:2',
    {
      kind: 'relative',
      anchor: { kind: 'breakEnd', breakKind: 'winter' },
      offsetSchoolDays: 0,
      lengthSchoolDays: 2,
    },
  ],
  ['dateRange:09-01:09-30', { kind: 'dateRange', start: '09-01', end: '09-30' }],
  ['everyMonth:9,10,11:whole', { kind: 'everyMonth', months: [9, 10, 11], part: 'whole' }],
  ['everyMonth::firstHalf', { kind: 'everyMonth', months: [], part: 'firstHalf' }],
  [
    'everyNthYear:2:1:month:3:whole',
    {
      kind: 'everyNthYear',
      every: 2,
      remainder: 1,
      rule: { kind: 'month', month: 3, part: 'whole' },
    },
  ],
  [
    'everyNthYear:3:0:relative:breakStart:autumn:-1:1',
    {
      kind: 'everyNthYear',
      every: 3,
      remainder: 0,
      rule: {
        kind: 'relative',
        anchor: { kind: 'breakStart', breakKind: 'autumn' },
        offsetSchoolDays: -1,
        lengthSchoolDays: 1,
      },
    },
  ],
];

describe('timing rule text', () => {
  it.each(cases)('%s reads as its rule and is written back the same', (text, rule) => {
    expect(parseTimingRule(text)).toEqual(rule);
    expect(formatTimingRule(rule)).toBe(text);
  });

  it('ignores spaces around the text and its parts', () => {
    expect(parseTimingRule('  month : 10 : whole ')).toEqual({
      kind: 'month',
      month: 10,
      part: 'whole',
    });
  });

  it.each([
    [''],
    ['month'],
    ['month:13:whole'],
    ['month:10'],
    ['month:10:whole:extra'],
    ['month:ten:whole'],
    ['month:10:most'],
    ['isoWeek:54'],
    ['isoWeek:0'],
    ['isoWeek:1.5'],
    ['schoolWeek:summer:1'],
    ['relative:termStart:christmas:1:1'],
    ['relative:breakStart:summer:1:1'],
    ['relative:breakStart:christmas:1:0'],
    ['dateRange:9-1:09-30'],
    ['dateRange:13-01:09-30'],
    ['everyMonth:9,x:whole'],
    ['everyMonth:9,13:whole'],
    ['everyNthYear:2:2:month:3:whole'],
    ['everyNthYear:2:1'],
    ['everyNthYear:2:1:everyNthYear:2:1:month:3:whole'],
    ['week:38'],
  ])('refuses %j', (text) => {
    expect(parseTimingRule(text)).toBeNull();
  });

  it('reads back every rule of the built-in library', () => {
    for (const template of builtInTemplates) {
      expect(parseTimingRule(formatTimingRule(template.timing))).toEqual(template.timing);
    }
  });
});
