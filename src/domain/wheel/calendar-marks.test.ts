import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '../calendars/jamsa';
import { mustParseLocalDate as d } from '../local-date';
import { monthMarks, offDayMarks, weekMarks } from './calendar-marks';

const DAY = 360 / 365;

describe('monthMarks', () => {
  it('runs August to July round the circle, each month its days long, today’s month current', () => {
    const months = monthMarks(2026, d('2026-11-10'));
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual([
      '2026-8',
      '2026-9',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-1',
      '2027-2',
      '2027-3',
      '2027-4',
      '2027-5',
      '2027-6',
      '2027-7',
    ]);
    expect(months[0]?.start).toBe(0);
    expect(months[3]?.start).toBeCloseTo(92 * DAY, 9); // 1 November
    expect(months[3]?.end).toBeCloseTo(122 * DAY, 9);
    expect(months[6]!.end - months[6]!.start).toBeCloseTo(28 * DAY, 9); // February 2027
    expect(months[11]?.end).toBeCloseTo(360, 9);
    expect(months.filter((m) => m.current).map((m) => m.month)).toEqual([11]);
  });

  it('has no current month without today, or when today is in another school year', () => {
    expect(monthMarks(2026, null).some((m) => m.current)).toBe(false);
    expect(monthMarks(2026, d('2025-11-10')).some((m) => m.current)).toBe(false);
  });
});

describe('weekMarks', () => {
  const weeks = weekMarks(2026);
  it('starts with the week already running on Saturday 1 August 2026 (week 31, no tick)', () => {
    expect(weeks[0]).toEqual({ week: 31, isoYear: 2026, tick: null, start: 0, end: 2 * DAY });
    expect(weeks[1]?.week).toBe(32);
    expect(weeks[1]?.tick).toBeCloseTo(2 * DAY, 9); // Monday 3 August
  });

  it('holds week 53 of 2026 across New Year, then week 1 of 2027', () => {
    const i = weeks.findIndex((w) => w.week === 53);
    expect(weeks[i]?.isoYear).toBe(2026);
    expect(weeks[i]?.tick).toBeCloseTo(149 * DAY, 9); // Monday 28 December
    expect(weeks[i]?.end).toBeCloseTo(156 * DAY, 9);
    expect(weeks[i + 1]).toMatchObject({ week: 1, isoYear: 2027 });
  });

  it('ends with week 30 of 2027, cut at 31 July', () => {
    expect(weeks.at(-1)).toMatchObject({ week: 30, isoYear: 2027, end: 360 });
    expect(weeks.at(-1)?.tick).toBeCloseTo(359 * DAY, 9); // Monday 26 July
    // Weeks 31-53 of 2026 and 1-30 of 2027.
    expect(weeks).toHaveLength(53);
  });
});

describe('offDayMarks', () => {
  it.each([
    [
      '2026–2027',
      jamsa2026,
      [
        'summer 2026-08-01 2026-08-11',
        'autumn 2026-10-12 2026-10-16',
        // Independence Day 2026 is a Sunday, Epiphany is in the Christmas break.
        'christmas 2026-12-20 2027-01-06',
        'winter 2027-03-01 2027-03-05',
        'goodFriday 2027-03-26 2027-03-26',
        'easterMonday 2027-03-29 2027-03-29',
        // May Day 2027 is a Saturday.
        'ascensionDay 2027-05-06 2027-05-06',
        'summer 2027-06-06 2027-07-31',
      ],
    ],
    [
      '2025–2026',
      jamsa2025,
      [
        'summer 2025-08-01 2025-08-05',
        'autumn 2025-10-13 2025-10-19',
        'christmas 2025-12-20 2026-01-06',
        'winter 2026-02-23 2026-03-01',
        'goodFriday 2026-04-03 2026-04-03',
        'easterMonday 2026-04-06 2026-04-06',
        'mayDay 2026-05-01 2026-05-01',
        'ascensionDay 2026-05-14 2026-05-14',
        'summer 2026-05-31 2026-07-31',
      ],
    ],
  ])('the days without school of %s', (_name, year, expected) => {
    expect(
      offDayMarks(year).map((m) => {
        const name = m.kind === 'break' ? m.breakKind : m.kind === 'holiday' ? m.holiday : m.kind;
        return `${name} ${m.startDay} ${m.endDay}`;
      }),
    ).toEqual(expected);
  });

  it('places each at its dates', () => {
    const autumn = offDayMarks(jamsa2026)[1];
    expect(autumn?.start).toBeCloseTo(72 * DAY, 9); // Monday 12 October
    expect(autumn?.end).toBeCloseTo(77 * DAY, 9);
  });
});
