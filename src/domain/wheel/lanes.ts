/**
 * Lanes: the arcs of one ring that overlap in time are drawn side by side (each in a lane, a
 * thinner ring within the ring) so that none hides another. Interval partitioning: intervals in
 * order of start (then the longer first, then key) each take the lowest-numbered lane free at
 * their start. That uses as few lanes as the most intervals overlapping at any moment (the
 * fewest possible), and the same input always gives the same lanes.
 */

export interface LaneInterval {
  readonly key: string;
  /** Where it begins and ends, in any unit (end > start); half-open: [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface LaneAssignment {
  /** The lane (0-based) of each interval, by key. */
  readonly lanes: ReadonlyMap<string, number>;
  /** How many lanes there are (0 for no intervals). */
  readonly count: number;
}

/** Intervals in lane order: by start, the longer first, then by key. */
export function byLaneOrder(a: LaneInterval, b: LaneInterval): number {
  return a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The lane of each interval (see the module comment). Two intervals share a lane only when one
 * ends at or before the other starts. Each interval scans the lanes' ends for the first free one:
 * O(n log n) for the sort and O(n × lanes) for the scan. A wheel's ring has tens of lanes at most,
 * where the scan allocates nothing (two heaps of lanes, used before, made an object per arc).
 */
export function assignLanes(intervals: readonly LaneInterval[]): LaneAssignment {
  const sorted = [...intervals].sort(byLaneOrder);
  const lanes = new Map<string, number>();
  // Where each lane's last interval ends.
  const ends: number[] = [];
  for (const interval of sorted) {
    let lane = 0;
    while (lane < ends.length && ends[lane]! > interval.start) lane++;
    ends[lane] = interval.end;
    lanes.set(interval.key, lane);
  }
  return { lanes, count: ends.length };
}
