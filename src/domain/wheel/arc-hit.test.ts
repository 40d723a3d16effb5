import { describe, expect, it } from 'vitest';
import { jamsa2026 } from '../calendars/jamsa';
import { mustParseLocalDate as d } from '../local-date';
import { arcAt } from './arc-hit';
import { layoutWheel } from './layout-wheel';
import { polar } from './svg-path';

const months = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);

/** Two rings; in grade 3 two overlapping November tasks (two lanes) and one over New Year. */
const layout = layoutWheel({
  schoolYear: jamsa2026,
  today: null,
  size: 800,
  rings: [
    { key: 'grade-3', shortLabel: '3' },
    { key: 'school', shortLabel: 'K' },
  ],
  items: [
    { key: 'long', ring: 'grade-3', start: d('2026-11-02'), end: d('2026-11-27'), label: '' },
    { key: 'short', ring: 'grade-3', start: d('2026-11-09'), end: d('2026-11-13'), label: '' },
    { key: 'newYear', ring: 'grade-3', start: d('2026-12-28'), end: d('2027-01-08'), label: '' },
    { key: 'school', ring: 'school', start: d('2026-08-03'), end: d('2026-08-14'), label: '' },
  ],
  texts: { monthNames: months, monthShortNames: months, offDayName: () => '', yearLabel: 'y' },
});

const arc = (key: string) => layout.arcs.find((a) => a.key === key)!;
/** A point at `along` (0 to 1) of an arc's angles and `across` (0 inner, 1 outer) of its lane. */
function pointIn(key: string, along: number, across: number) {
  const a = arc(key);
  return polar(layout.cx, layout.cy, a.r0 + (a.r1 - a.r0) * across, a.a0 + (a.a1 - a.a0) * along);
}
const keyAt = ({ x, y }: { x: number; y: number }) => {
  const i = arcAt(layout, x, y);
  return i === null ? null : layout.arcs[i]!.key;
};

describe('arcAt', () => {
  it.each([
    ['the middle of an arc', pointIn('long', 0.5, 0.5), 'long'],
    ['the lane beside it, at the same angle', pointIn('short', 0.5, 0.5), 'short'],
    ['the long arc beyond the short one', pointIn('long', 0.95, 0.5), 'long'],
    ['over New Year, in January', pointIn('newYear', 0.9, 0.5), 'newYear'],
    ['near the top, just after 1 August', pointIn('school', 0.05, 0.5), 'school'],
    ['the ring of the school', pointIn('school', 0.5, 0.2), 'school'],
    ['the centre of the wheel', { x: 400, y: 400 }, null],
    ['the month names at the rim', polar(400, 400, 395, 100), null],
    ['the ring at an angle with no task', pointIn('long', -1, 0.5), null],
  ])('%s', (_name, point, key) => {
    expect(keyAt(point)).toBe(key);
  });

  it('finds every arc at its own middle', () => {
    for (const [i, a] of layout.arcs.entries()) {
      expect(arcAt(layout, ...xy(pointIn(a.key, 0.5, 0.5)))).toBe(i);
    }
  });
});

const xy = ({ x, y }: { x: number; y: number }) => [x, y] as const;
