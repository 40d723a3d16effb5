/**
 * The task arcs of a wheel as SVG markup. A wheel has up to thousands of arcs: the browser's
 * parser builds them from one string several times faster than React builds them element by
 * element (measured: npm run bench -- wheel), and nothing in them changes without the layout
 * changing. Every text from the data is escaped.
 */
import type { WheelLayout } from '@/domain/wheel/layout-wheel';
import { WHEEL_COLORS, textColorOn } from './wheel-colors';
import { MARK_GLYPHS, type WheelArcLook } from './wheel-look';

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
 * The markup of `layout`'s arcs in their order: each a path (data-arc: its index in
 * layout.arcs; a button named by its look when
 * `interactive`, not yet focusable: the figure makes the one in the tab order so, and the one
 * the arrow keys move to; else with a tooltip), their white edge set once on the group that
 * holds them (arcEdgeWidth),
 * its label along its own text path (ids `${uid}-a<i>`) and its progress mark.
 */
export function arcsMarkup(
  layout: WheelLayout,
  looks: ReadonlyMap<string, WheelArcLook>,
  uid: string,
  interactive: boolean,
): string {
  const out: string[] = [];
  const f = layout.fontSize;
  layout.arcs.forEach((arc, i) => {
    const look = looks.get(arc.key);
    const color = escapeXml(look?.color ?? WHEEL_COLORS.noTheme);
    const name = escapeXml(look?.name ?? '');
    const path = `<path d="${arc.path}" fill="${color}" data-arc="${i}"`;
    out.push(
      interactive
        ? `${path} role="button" aria-label="${name}"/>`
        : `${path}>${name ? `<title>${name}</title>` : ''}</path>`,
    );
    if (arc.label) {
      const id = `${uid}-a${i}`;
      out.push(
        `<path id="${id}" d="${arc.label.path}" fill="none" stroke="none"/>`,
        `<text fill="${textColorOn(look?.color ?? WHEEL_COLORS.noTheme)}" stroke="none" font-size="${f}" pointer-events="none" aria-hidden="true">`,
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
  });
  return out.join('');
}
