/**
 * The task arcs of a wheel as SVG markup. A wheel has up to thousands of arcs: the browser's
 * parser builds them from one string several times faster than React builds them element by
 * element, and nothing in them changes without the layout changing. On screen the arcs of one
 * colour are one path (an arc is found under the pointer by arcAt, and the arc in the tab order is
 * a button of its own, drawn by the figure): 2,000 arcs as 2,000 elements took Chromium 34-50 ms
 * to parse, style and paint, as one path per colour 12-17 ms (measured side by side). On paper and
 * in a downloaded file each arc is its own path, with its name as a tooltip. Every text from the
 * data is escaped.
 */
import type { WheelLayout } from '@/domain/wheel/layout-wheel';
import { WHEEL_COLORS, textColorOn } from './wheel-colors';
import { MARK_GLYPHS, type WheelArcLooks } from './wheel-look';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The width of the white edge between arcs: thin where the lanes are (it would eat their colour). */
export function arcEdgeWidth(layout: WheelLayout): number {
  const arc = layout.arcs[0];
  return arc && arc.r1 - arc.r0 < 8 ? 0.25 : 1;
}

/** `text` safe inside an SVG attribute value (in double quotes) or text node. */
export function escapeXml(text: string): string {
  // Most names need no escape: tested first, they are returned as they are.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

const NEEDS_ESCAPE = /[&<>"']/;

/**
 * The markup of `layout`'s arcs: when `interactive`, one path per colour holding its arcs in
 * reading order; else each arc a path (data-arc: its index in layout.arcs) with its name as a
 * tooltip. Their white edge is set once on the group that holds them (arcEdgeWidth). Then each
 * arc's label along its own text path (ids `${uid}-a<i>`) and its progress mark.
 */
export function arcsMarkup(
  layout: WheelLayout,
  looks: WheelArcLooks,
  uid: string,
  interactive: boolean,
): string {
  const out: string[] = [];
  const f = layout.fontSize;
  const { arcs } = layout;
  if (interactive) {
    const byColor = new Map<string, string[]>();
    for (const arc of arcs) {
      const color = looks.color(arc.key);
      const paths = byColor.get(color);
      if (paths) paths.push(arc.path);
      else byColor.set(color, [arc.path]);
    }
    for (const [color, paths] of byColor) {
      out.push(`<path d="${paths.join('')}" fill="${escapeXml(color)}"/>`);
    }
  } else {
    for (let i = 0; i < arcs.length; i++) {
      const arc = arcs[i]!;
      const name = escapeXml(looks.name(arc.key));
      out.push(
        `<path d="${arc.path}" fill="${escapeXml(looks.color(arc.key))}" data-arc="${i}">`,
        name ? `<title>${name}</title></path>` : '</path>',
      );
    }
  }
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i]!;
    if (arc.label) {
      const id = `${uid}-a${i}`;
      out.push(
        `<path id="${id}" d="${arc.label.path}" fill="none" stroke="none"/>`,
        `<text fill="${textColorOn(looks.color(arc.key))}" stroke="none" font-size="${f}" pointer-events="none" aria-hidden="true">`,
        `<textPath href="#${id}" startOffset="50%" text-anchor="middle">${escapeXml(arc.label.text)}</textPath></text>`,
      );
    }
    if (arc.mark) {
      const { x, y, r, kind } = arc.mark;
      const ink = kind === 'overdue' ? WHEEL_COLORS.overdue : WHEEL_COLORS.ink;
      out.push(
        `<g pointer-events="none" aria-hidden="true">`,
        `<circle cx="${x}" cy="${y}" r="${r}" fill="${WHEEL_COLORS.paper}" stroke="${WHEEL_COLORS.ink}" stroke-width="1"/>`,
        `<text x="${x}" y="${y}" text-anchor="middle" dominant-baseline="central" font-size="${r * 1.6}" font-weight="bold" fill="${ink}" stroke="none">${MARK_GLYPHS[kind]}</text></g>`,
      );
    }
  }
  return out.join('');
}
