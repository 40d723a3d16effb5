/**
 * SVG geometry of the wheel: points on circles and the path data of its arcs, for a centre
 * (cx, cy) and angles in degrees clockwise from 12 o'clock (year-angle.ts). Coordinates are
 * rounded to tenths of a unit (a tenth of a pixel on screen, where the wheel is drawn at its CSS
 * size): 2,000 arcs' path data stay short to build and for the browser to parse.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const RAD = Math.PI / 180;

/** The point at radius `r` and angle `deg` (0 = straight up, clockwise) around (cx, cy). */
export function polar(cx: number, cy: number, r: number, deg: number): Point {
  return { x: round(cx + r * Math.sin(deg * RAD)), y: round(cy - r * Math.cos(deg * RAD)) };
}

/** polar()'s point written 'x y' (paths are built for thousands of arcs: no object per point). */
const pt = (cx: number, cy: number, r: number, deg: number) =>
  `${round(cx + r * Math.sin(deg * RAD))} ${round(cy - r * Math.cos(deg * RAD))}`;

/** An arc command from the current point to angle `to` on radius `r`, going clockwise or not. */
function arcTo(cx: number, cy: number, r: number, from: number, to: number, clockwise: boolean) {
  const large = Math.abs(to - from) > 180 ? 1 : 0;
  const radius = round(r);
  return `A${radius} ${radius} 0 ${large} ${clockwise ? 1 : 0} ${pt(cx, cy, r, to)}`;
}

/**
 * The closed outline of the ring slice between radii `r0` < `r1` from angle `a0` to `a1`
 * (a0 < a1, at most 360 apart). A whole ring is drawn as two halves (an SVG arc cannot end where
 * it starts).
 */
export function annularSectorPath(
  cx: number,
  cy: number,
  r0: number,
  r1: number,
  a0: number,
  a1: number,
): string {
  if (a1 - a0 >= 359.999) {
    return `${annularSectorPath(cx, cy, r0, r1, a0, a0 + 180)}${annularSectorPath(cx, cy, r0, r1, a0 + 180, a0 + 360)}`;
  }
  // A wheel draws thousands of these: each angle's sine and cosine once, the path in one string.
  const s0 = Math.sin(a0 * RAD);
  const c0 = Math.cos(a0 * RAD);
  const s1 = Math.sin(a1 * RAD);
  const c1 = Math.cos(a1 * RAD);
  const large = a1 - a0 > 180 ? 1 : 0;
  const outer = round(r1);
  const inner = round(r0);
  return (
    `M${round(cx + r1 * s0)} ${round(cy - r1 * c0)}` +
    `A${outer} ${outer} 0 ${large} 1 ${round(cx + r1 * s1)} ${round(cy - r1 * c1)}` +
    `L${round(cx + r0 * s1)} ${round(cy - r0 * c1)}` +
    `A${inner} ${inner} 0 ${large} 0 ${round(cx + r0 * s0)} ${round(cy - r0 * c0)}Z`
  );
}

/**
 * An open arc on radius `r` from `a0` to `a1` (a0 < a1), for text to run along (textPath). A
 * `reversed` arc runs counter-clockwise from `a1` to `a0`: text on the lower half of the wheel
 * then reads left to right instead of upside down.
 */
export function arcPath(
  cx: number,
  cy: number,
  r: number,
  a0: number,
  a1: number,
  reversed = false,
): string {
  const from = reversed ? a1 : a0;
  const to = reversed ? a0 : a1;
  return `M${pt(cx, cy, r, from)}${arcTo(cx, cy, r, from, to, !reversed)}`;
}

/** A straight line along angle `deg` from radius `r0` out to `r1`. */
export function radialLinePath(cx: number, cy: number, r0: number, r1: number, deg: number) {
  return `M${pt(cx, cy, r0, deg)}L${pt(cx, cy, r1, deg)}`;
}

/** The length of the arc of radius `r` from `a0` to `a1` (degrees). */
export function arcLength(r: number, a0: number, a1: number): number {
  return r * (a1 - a0) * RAD;
}

/**
 * Whether text along an arc centred on `midAngle` should run counter-clockwise (reversed) to stay
 * upright: on the lower half of the wheel, between 3 and 9 o'clock.
 */
export function readsReversed(midAngle: number): boolean {
  const a = ((midAngle % 360) + 360) % 360;
  return a > 90 && a < 270;
}
