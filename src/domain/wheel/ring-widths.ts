/**
 * How thick each ring of the wheel is. Every lane is equally thick (up to `maxLane`), so that
 * arcs compare at a glance; but a ring is never thinner than `minRing` while the rings all fit
 * at that, so each can carry its name (a ring of one lane beside rings of twenty would otherwise
 * be a hairline without a label). The rings that need it take `minRing`, and the others share
 * what is left in lanes of one thickness: the thickest lane with which everything fits.
 */

/**
 * The thickness of each ring, for rings of `lanes` lanes each (at least 1) in `room` units. When
 * `minRing` for every ring does not fit, every lane is `room` over the lanes (up to `maxLane`).
 */
export function ringWidths(
  lanes: readonly number[],
  room: number,
  maxLane: number,
  minRing: number,
): number[] {
  const total = lanes.reduce((n, c) => n + c, 0);
  if (total === 0 || room <= 0) return lanes.map(() => 0);
  if (minRing * lanes.length > room) {
    const lane = Math.min(maxLane, room / total);
    return lanes.map((c) => c * lane);
  }
  const widths = (lane: number) => lanes.map((c) => Math.max(c * lane, minRing));
  const used = (lane: number) => widths(lane).reduce((n, w) => n + w, 0);
  if (used(maxLane) <= room) return widths(maxLane);
  // The space used grows with the lane: the thickest lane that fits, by bisection (50 halvings
  // leave less than a millionth of a unit).
  let fits = 0;
  let over = maxLane;
  for (let i = 0; i < 50; i++) {
    const mid = (fits + over) / 2;
    if (used(mid) <= room) fits = mid;
    else over = mid;
  }
  return widths(fits);
}
