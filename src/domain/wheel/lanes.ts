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

/** A binary min-heap of numbers ordered by `less`. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size() {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Intervals in lane order: by start, the longer first, then by key. */
export function byLaneOrder(a: LaneInterval, b: LaneInterval): number {
  return a.start - b.start || b.end - a.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The lane of each interval (see the module comment). Two intervals share a lane only when one
 * ends at or before the other starts. O(n log n).
 */
export function assignLanes(intervals: readonly LaneInterval[]): LaneAssignment {
  const sorted = [...intervals].sort(byLaneOrder);
  const lanes = new Map<string, number>();
  // Lanes in use, by the end of their last interval; lanes free again, by number.
  const busy = new Heap<{ end: number; lane: number }>(
    (a, b) => a.end < b.end || (a.end === b.end && a.lane < b.lane),
  );
  const free = new Heap<number>((a, b) => a < b);
  let count = 0;
  for (const interval of sorted) {
    while (busy.size > 0 && busy.peek()!.end <= interval.start) free.push(busy.pop()!.lane);
    const lane = free.size > 0 ? free.pop()! : count++;
    lanes.set(interval.key, lane);
    busy.push({ end: interval.end, lane });
  }
  return { lanes, count };
}
