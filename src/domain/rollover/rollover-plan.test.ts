import { describe, expect, it } from 'vitest';
import { buildSampleOrganization } from '../library/sample';
import { proposeRollover, rolloverRows } from './rollover-plan';

describe('proposeRollover of the sample organization', () => {
  const sample = buildSampleOrganization();
  const source = sample.schoolYears.find((y) => y.startYear === 2026);
  if (source === undefined) throw new Error('sample has 2026');
  const proposal = proposeRollover(source, sample.schools, sample.groups);

  it('maps every carried class of 2026 to its class of 2027', () => {
    expect(proposal.sourceYearId).toBe('sy-2026');
    expect(proposal.year.id).toBe('sy-2027');
    expect(proposal.mapping).toEqual([
      { from: 'g-2026-1a', to: 'g-2027-school-demo-2a' },
      { from: 'g-2026-2a', to: 'g-2027-school-demo-3a' },
      { from: 'g-2026-3a', to: 'g-2027-school-demo-4a' },
      { from: 'g-2026-4a', to: 'g-2027-school-demo-5a' },
      { from: 'g-2026-5-6', to: 'g-2027-school-demo-6-7' },
      { from: 'g-2026-7a', to: 'g-2027-school-demo-8a' },
      { from: 'g-2026-8a', to: 'g-2027-school-demo-9a' },
    ]);
  });

  it('writes the new year and its nine classes, all in the new year', () => {
    const { year, groups } = rolloverRows(proposal);
    expect(year.startYear).toBe(2027);
    expect(groups.map((g) => g.name).sort()).toEqual(
      ['1A', '2A', '3A', '4A', '5A', '6–7', '8A', '9A', 'Eskari'].sort(),
    );
    expect(new Set(groups.map((g) => g.id)).size).toBe(9);
    expect(groups.every((g) => g.schoolYearId === 'sy-2027')).toBe(true);
  });

  it('is deterministic', () => {
    expect(proposeRollover(source, sample.schools, sample.groups)).toEqual(proposal);
  });
});
