/**
 * Which arc of a wheel lies under a point: the wheel draws its arcs as a few shapes (one per
 * colour), so a pointer is matched to an arc by geometry, not by the element it lands on.
 */
import type { WheelLayout } from './layout-wheel';

const DEG = 180 / Math.PI;

/**
 * The index in `layout.arcs` of the arc under the point (x, y), in the layout's units (its
 * viewBox), or null when the point is on no arc. An arc covers its lane from its inner to its
 * outer radius (the thin white edge between lanes counts as the arc's) and its angles a0 to a1.
 */
export function arcAt(layout: WheelLayout, x: number, y: number): number | null {
  const dx = x - layout.cx;
  const dy = y - layout.cy;
  const r = Math.sqrt(dx * dx + dy * dy);
  // Clockwise from 12 o'clock, 0 to 360 (year-angle.ts).
  const angle = (Math.atan2(dx, -dy) * DEG + 360) % 360;
  const { arcs } = layout;
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i]!;
    if (r >= arc.r0 && r < arc.r1 && angle >= arc.a0 && angle < arc.a1) return i;
  }
  return null;
}
