import { describe, expect, it } from 'vitest';
import { jamsa2026 } from '../calendars/jamsa';
import { mustParseLocalDate as d } from '../local-date';
import { layoutWheel, type WheelInput, type WheelItemInput } from './layout-wheel';

const DAY = 360 / 365;
const FI_MONTHS = [
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'heinäkuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
];

const item = (
  key: string,
  start: string,
  end: string,
  over: Partial<WheelItemInput> = {},
): WheelItemInput => ({ key, ring: 'grade-3', start: d(start), end: d(end), label: key, ...over });

/** A wheel of 2026-2027 with the given items, the rings grade 3 and school. */
function wheel(items: WheelItemInput[], over: Partial<WheelInput> = {}) {
  return layoutWheel({
    schoolYear: jamsa2026,
    today: d('2026-11-10'),
    size: 800,
    rings: [
      { key: 'grade-3', shortLabel: '3' },
      { key: 'school', shortLabel: 'K' },
    ],
    items,
    texts: {
      monthNames: FI_MONTHS,
      monthShortNames: FI_MONTHS.map((m) => m.replace(/kuu$/, '')),
      offDayName: (o) => (o.kind === 'break' ? `${o.breakKind}-loma` : o.kind),
      yearLabel: '2026–2027',
    },
    ...over,
  });
}

describe('layoutWheel', () => {
  it('draws a window from December into January as one continuous arc', () => {
    const { arcs } = wheel([item('newYear', '2026-12-28', '2027-01-08')]);
    expect(arcs).toHaveLength(1);
    expect(arcs[0]?.a0).toBeCloseTo(149 * DAY, 9);
    expect(arcs[0]?.a1).toBeCloseTo(161 * DAY, 9);
    // One closed outline: a single move and close.
    expect(arcs[0]?.path.match(/M/g)).toHaveLength(1);
    expect(arcs[0]?.path.match(/Z/g)).toHaveLength(1);
    expect([arcs[0]?.cutAtStart, arcs[0]?.cutAtEnd]).toEqual([false, false]);
  });

  it('cuts a window over the 31 July / 1 August seam at the top and says so', () => {
    const { arcs, outside } = wheel([
      item('fromSummer', '2026-07-27', '2026-08-14'),
      item('intoNext', '2027-07-26', '2027-08-13'),
      item('lastYear', '2026-05-04', '2026-05-08'),
    ]);
    expect(arcs.map((a) => [a.key, a.cutAtStart, a.cutAtEnd])).toEqual([
      ['fromSummer', true, false],
      ['intoNext', false, true],
    ]);
    expect(arcs[0]?.a0).toBe(0);
    expect(arcs[1]?.a1).toBe(360);
    expect(outside).toEqual(['lastYear']);
  });

  it('puts overlapping windows of a ring in lanes side by side, apart ones in one lane', () => {
    const { arcs, rings } = wheel([
      item('a', '2026-11-02', '2026-11-27'),
      item('b', '2026-11-09', '2026-11-13'),
      item('c', '2026-11-16', '2026-11-20'),
      item('s', '2026-11-09', '2026-11-13', { ring: 'school' }),
    ]);
    const by = Object.fromEntries(arcs.map((a) => [a.key, a]));
    expect([by['a']?.lane, by['b']?.lane, by['c']?.lane, by['s']?.lane]).toEqual([0, 1, 1, 0]);
    // Lanes of a ring do not overlap radially; b and c share one.
    expect(by['b']!.r1).toBeLessThanOrEqual(by['a']!.r0);
    expect([by['c']?.r0, by['c']?.r1]).toEqual([by['b']?.r0, by['b']?.r1]);
    expect(rings.map((r) => [r.key, r.lanes])).toEqual([
      ['grade-3', 2],
      ['school', 1],
    ]);
    // The first ring is innermost.
    expect(rings[0]!.r1).toBeLessThan(rings[1]!.r0);
    expect(by['a']!.r0).toBeGreaterThanOrEqual(rings[0]!.r0);
    expect(by['a']!.r1).toBeLessThanOrEqual(rings[0]!.r1);
  });

  it('names every ring, a ring of one lane beside a crowded one too, while they fit', () => {
    // Forty tasks of one week at once in grade 3's ring (forty lanes), one in the school's.
    const crowded = Array.from({ length: 40 }, (_, i) => item(`g${i}`, '2026-09-07', '2026-09-11'));
    const layout = wheel([...crowded, item('s', '2026-09-07', '2026-09-11', { ring: 'school' })]);
    const [grade3, school] = layout.rings;
    expect(grade3?.lanes).toBe(40);
    expect(school?.lanes).toBe(1);
    expect([grade3?.label?.text, school?.label?.text]).toEqual(['3', 'K']);
    // The school's ring is as thick as its name needs (1.1 lines at 12), its one lane with it;
    // grade 3's lanes share the rest, one thickness each.
    expect((school?.r1 ?? 0) - (school?.r0 ?? 0)).toBeCloseTo(13.2, 9);
    const lanes = layout.arcs.filter((a) => a.ring === 'grade-3').map((a) => a.r1 - a.r0);
    expect(Math.max(...lanes) - Math.min(...lanes)).toBeLessThan(1e-9);
    expect(lanes[0]).toBeLessThan(13.2);
    const schoolArc = layout.arcs.find((a) => a.ring === 'school');
    expect([schoolArc?.r0, schoolArc?.r1]).toEqual([school?.r0, school?.r1]);
  });

  it('leaves rings unnamed on a wheel too small for all the names', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ key: `r${i}`, shortLabel: String(i) }));
    const layout = wheel([], { size: 200, rings: many });
    expect(layout.rings.every((r) => r.label === null)).toBe(true);
  });

  it('writes a label on its arc only when it fits there at the font size', () => {
    const { arcs } = wheel([
      item('Vanhempainilta', '2026-09-01', '2026-09-30'),
      item('Terveiden valintojen viikko ja päihdekasvatus', '2026-11-02', '2026-11-06'),
    ]);
    expect(arcs.map((a) => a.label?.text ?? null)).toEqual(['Vanhempainilta', null]);
    // The same long title fits a whole autumn.
    const long = wheel([item('Terveiden valintojen viikko', '2026-08-12', '2026-12-18')]);
    expect(long.arcs[0]?.label?.text).toBe('Terveiden valintojen viikko');
    // At a larger font the month's arc no longer holds the shorter one.
    expect(
      wheel([item('Vanhempainilta', '2026-09-01', '2026-09-30')], { fontSize: 30 }).arcs[0]?.label,
    ).toBeNull();
  });

  it("puts every progress mark's centre on its own arc, where a tap opens its task (a phone's crowded wheel)", () => {
    // Twelve one- and two-week tasks starting in the same fortnight, a few longer ones: lanes
    // thinner than a mark at 300 px, so marks move along by lane.
    const items = Array.from({ length: 16 }, (_, i) =>
      item(
        `t${i}`,
        i < 12 ? `2026-08-${String(12 + (i % 4)).padStart(2, '0')}` : '2026-09-01',
        i < 12 ? `2026-08-${String(19 + (i % 3) * 5).padStart(2, '0')}` : '2026-11-30',
        { mark: i % 3 === 0 ? 'done' : 'overdue' },
      ),
    );
    const { arcs } = wheel(items, { size: 300 });
    const marked = arcs.filter((a) => a.mark !== null);
    expect(marked).toHaveLength(16);
    const c = 150;
    for (const a of marked) {
      const { x, y } = a.mark!;
      const r = Math.hypot(x - c, y - c);
      const angle = ((Math.atan2(x - c, c - y) * 180) / Math.PI + 360) % 360;
      expect([a.key, r >= a.r0 - 0.2 && r <= a.r1 + 0.2]).toEqual([a.key, true]);
      expect([a.key, angle >= a.a0 - 0.1 && angle <= a.a1 + 0.1]).toEqual([a.key, true]);
    }
  });

  it('writes the short label where the label does not fit, when it does', () => {
    const { arcs } = wheel([
      item('Vanhempainilta', '2026-09-01', '2026-09-30', { shortLabel: 'B' }),
      item('Terveiden valintojen viikko', '2026-11-02', '2026-11-06', { shortLabel: 'C' }),
      item('Teematunti', '2026-11-09', '2026-11-09', { shortLabel: 'D' }),
      item('Kysely', '2026-12-01', '2026-12-04'),
    ]);
    // The month's arc holds its title; the week's only its letter; a widened one-day arc, not
    // even that; without a short label nothing is written.
    expect(arcs.map((a) => a.label?.text ?? null)).toEqual(['Vanhempainilta', 'C', null, null]);
  });

  it('widens a one-day arc to be seen, and marks progress near the arc’s start', () => {
    const { arcs } = wheel([
      item('day', '2026-11-10', '2026-11-10', { mark: 'done' }),
      item('month', '2026-09-01', '2026-09-30', { mark: 'overdue' }),
    ]);
    const [month, day] = arcs;
    expect(day!.a1 - day!.a0).toBeCloseTo(1.5, 9);
    expect(day!.a0 + day!.a1).toBeCloseTo(2 * 101.5 * DAY, 9);
    expect(day?.mark?.kind).toBe('done');
    expect(month?.mark?.kind).toBe('overdue');
    // The mark of a long arc sits just after its start (1 September is at 31 days, about 30.6°).
    const angle = (Math.atan2(month!.mark!.x - 400, -(month!.mark!.y - 400)) * 180) / Math.PI;
    expect(angle).toBeGreaterThan(31 * DAY);
    expect(angle).toBeLessThan(33 * DAY);
  });

  it('keeps a progress mark readable on a phone’s thin lanes, neighbours’ marks apart', () => {
    // Eight tasks of the same weeks in eight lanes of a phone-sized wheel.
    const items = Array.from({ length: 8 }, (_, i) =>
      item(`t${i}`, '2026-09-07', '2026-10-30', { mark: i === 0 ? 'open' : 'overdue' }),
    );
    const { arcs } = wheel(items, { size: 336 });
    expect(arcs[0]!.r1 - arcs[0]!.r0).toBeLessThan(12);
    const signed = arcs.filter((a) => a.mark?.kind === 'overdue');
    expect(signed).toHaveLength(7);
    for (const arc of signed) expect(arc.mark!.r).toBeGreaterThanOrEqual(6);
    // An open task's blank disc keeps inside its lane.
    const open = arcs.find((a) => a.mark?.kind === 'open')!;
    expect(2 * open.mark!.r).toBeLessThan(open.r1 - open.r0);
    const byLane = [...arcs].sort((a, b) => a.lane - b.lane);
    for (const [a, b] of byLane.slice(1).map((b, i) => [byLane[i]!, b] as const)) {
      const apart = Math.hypot(a.mark!.x - b.mark!.x, a.mark!.y - b.mark!.y);
      expect(apart).toBeGreaterThanOrEqual(a.mark!.r + b.mark!.r);
    }
  });

  it('orders the arcs by start, then ring inside out, then lane (the keyboard’s order)', () => {
    const { arcs } = wheel([
      item('late', '2027-03-01', '2027-03-05'),
      item('schoolEarly', '2026-09-01', '2026-09-05', { ring: 'school' }),
      item('early', '2026-09-01', '2026-09-05'),
      item('earlyLong', '2026-09-01', '2026-09-25'),
      item('elsewhere', '2026-09-01', '2026-09-05', { ring: 'grade-9' }),
    ]);
    expect(arcs.map((a) => a.key)).toEqual(['earlyLong', 'early', 'schoolEarly', 'late']);
  });

  it('names the months (short names where the long ones do not fit), marks today and its month', () => {
    const big = wheel([]);
    expect(big.months.map((m) => m.label?.text)).toEqual([
      ...FI_MONTHS.slice(7),
      ...FI_MONTHS.slice(0, 7),
    ]);
    expect(big.months.filter((m) => m.current).map((m) => m.month)).toEqual([11]);
    expect(big.today?.angle).toBeCloseTo(101.5 * DAY, 9);
    // The hand reaches the months' band (800 / 2 - 1 - 2 × 12 from the centre), not the rim.
    const tip = big.today?.tip ?? { x: 0, y: 0 };
    expect(Math.hypot(tip.x - 400, tip.y - 400)).toBeCloseTo(375, 1);
    // At 300 wide and 16 high, 'marraskuu' (about 90 wide) no longer fits November's arc.
    const small = wheel([], { size: 300, fontSize: 16 });
    expect(small.months.find((m) => m.month === 11)?.label?.text).toBe('marras');
    expect(small.months.find((m) => m.month === 8)?.label?.text).toBe('elokuu');
    expect(wheel([], { today: d('2027-09-01') }).today).toBeNull();
  });

  it('numbers the weeks, every other one where a week is too short for its number', () => {
    const big = wheel([]);
    // Every week but week 31, whose two days in August are too short for its number.
    expect(big.weeks.filter((w) => w.label).map((w) => w.week)).toHaveLength(52);
    expect(big.weeks[0]?.label).toBeNull();
    expect(big.weeks[0]?.tickPath).toBeNull();
    const small = wheel([], { size: 300 });
    const numbered = small.weeks.filter((w) => w.label).map((w) => w.week);
    expect(numbered.slice(0, 4)).toEqual([32, 34, 36, 38]);
    expect(numbered).toContain(2);
  });

  it('shades the breaks, the summer and the holidays, naming those whose name fits', () => {
    const { offDays } = wheel([]);
    expect(offDays.map((o) => o.label?.text ?? null)).toEqual([
      'summer',
      'autumn-loma',
      'christmas-loma',
      'winter-loma',
      null,
      null,
      null,
      'summer',
    ]);
    expect(offDays.every((o) => o.shade.startsWith('M') && o.band.startsWith('M'))).toBe(true);
  });
});
