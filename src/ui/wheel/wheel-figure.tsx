/**
 * The annual wheel as an SVG: draws a WheelLayout (src/domain/wheel/layout-wheel.ts) and nothing
 * else. Self-contained (colours, fonts and sizes as attributes, no style sheet), so the same
 * element can be downloaded as an SVG file or a PNG and printed as it is. Static by default (an
 * image named by its title, each arc with its name as a tooltip, for print pages and files);
 * with `interaction`, the tasks are one button reached by Tab: the arc in the tab order, named by
 * its task, moved along the year with the arrow keys and opened with Enter. A pointer opens the
 * arc under it (arcAt). The same tasks are listed in a table next to the wheel, where a screen
 * reader reads them one by one.
 */
import {
  memo,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { arcAt } from '@/domain/wheel/arc-hit';
import type { WheelLayout } from '@/domain/wheel/layout-wheel';
import { arcEdgeWidth, arcsMarkup } from './arc-markup';
import { WHEEL_COLORS, WHEEL_FONT } from './wheel-colors';
import type { WheelArcLooks } from './wheel-look';

export interface WheelInteraction {
  /** The arc in the tab order (the others are reached with the arrow keys); null: the first. */
  readonly active: string | null;
  /** Drawn with a heavy outline: the arc hovered, focused or open. */
  readonly highlighted: string | null;
  /** The focus moved to an arc (or the arrow keys moved it). */
  readonly onActivate: (key: string) => void;
  readonly onHover: (key: string | null) => void;
  /** Enter, Space, a click or a tap on an arc. */
  readonly onOpen: (key: string) => void;
}

export interface WheelFigureProps {
  readonly layout: WheelLayout;
  /** The figure's name (its <title>), e.g. 'Vuosikello 2026–2027, 3. luokka'. */
  readonly title: string;
  readonly looks: WheelArcLooks;
  /** The tooltip of today's hand, e.g. 'Tänään ti 10.11.2026'. */
  readonly todayLabel?: string;
  readonly interaction?: WheelInteraction;
  readonly svgRef?: Ref<SVGSVGElement>;
  readonly className?: string;
}

/** The wheel (see the module comment). */
export function WheelFigure({
  layout,
  title,
  looks,
  todayLabel,
  interaction,
  svgRef,
  className,
}: WheelFigureProps) {
  const uid = `w${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const { size, cx, cy, fontSize: f } = layout;
  const highlighted = interaction?.highlighted
    ? layout.arcs.find((a) => a.key === interaction.highlighted)
    : undefined;
  // Today's hand, over the arcs; on screen inside the arcs' pointer handlers, so that a click on
  // it opens the task under it (its tooltip still names the day).
  const hand = layout.today && (
    <g className="wheel-today" aria-hidden={todayLabel ? undefined : 'true'}>
      {todayLabel && <title>{todayLabel}</title>}
      <path d={layout.today.path} stroke={WHEEL_COLORS.paper} strokeWidth="5" />
      <path d={layout.today.path} stroke={WHEEL_COLORS.today} strokeWidth="2.5" />
      <circle cx={layout.today.tip.x} cy={layout.today.tip.y} r={f / 3} fill={WHEEL_COLORS.today} />
    </g>
  );
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      className={className}
      role={interaction ? 'group' : 'img'}
      aria-labelledby={`${uid}-title`}
      fontFamily={WHEEL_FONT}
      fontSize={f}
    >
      <title id={`${uid}-title`}>{title}</title>
      <defs>
        <pattern
          id={`${uid}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={WHEEL_COLORS.offDayShade} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={WHEEL_COLORS.offDayHatch} strokeWidth="2" />
        </pattern>
      </defs>
      <Calendar layout={layout} uid={uid} />
      <Arcs layout={layout} looks={looks} uid={uid} interaction={interaction} over={hand} />
      {highlighted && (
        <path
          d={highlighted.path}
          fill="none"
          stroke={WHEEL_COLORS.ink}
          strokeWidth="3"
          pointerEvents="none"
          aria-hidden="true"
          data-screen-only=""
        />
      )}
      {!interaction && hand}
      <circle cx={cx} cy={cy} r={layout.hole.r} fill={WHEEL_COLORS.paper} />
      <text
        x={layout.hole.label.x}
        y={layout.hole.label.y}
        textAnchor="middle"
        dominantBaseline="central"
        fontWeight="bold"
        fill={WHEEL_COLORS.ink}
      >
        {layout.hole.label.text}
      </text>
    </svg>
  );
}

/** The months, weeks, days without school and rings: everything but the tasks. */
const Calendar = memo(function Calendar({ layout, uid }: { layout: WheelLayout; uid: string }) {
  const { fontSize: f, cx, cy } = layout;
  return (
    <g aria-hidden="true">
      <circle cx={cx} cy={cy} r={layout.size / 2 - 1} fill={WHEEL_COLORS.paper} />
      {layout.rings.map((ring, i) => (
        <path
          key={ring.key}
          d={ring.path}
          fillRule="evenodd"
          fill={i % 2 === 0 ? WHEEL_COLORS.ringEven : WHEEL_COLORS.ringOdd}
          stroke={WHEEL_COLORS.line}
          strokeWidth="0.5"
        />
      ))}
      {layout.offDays.map((o, i) => (
        <path key={i} d={o.shade} fill={`url(#${uid}-hatch)`} />
      ))}
      {layout.months.map((m) => (
        <g key={m.month}>
          <path
            d={m.path}
            fill={m.current ? WHEEL_COLORS.currentMonth : WHEEL_COLORS.month}
            stroke={WHEEL_COLORS.paper}
            strokeWidth="1"
          />
          <path d={m.separator} stroke={WHEEL_COLORS.line} strokeWidth="1" />
          {m.label && (
            <>
              <path id={`${uid}-m${m.month}`} d={m.label.path} fill="none" />
              <text
                fill={m.current ? WHEEL_COLORS.paper : WHEEL_COLORS.ink}
                fontWeight={m.current ? 'bold' : undefined}
              >
                <textPath href={`#${uid}-m${m.month}`} startOffset="50%" textAnchor="middle">
                  {m.label.text}
                </textPath>
              </text>
            </>
          )}
        </g>
      ))}
      {layout.weeks.map((w, i) => (
        <g key={i}>
          {w.tickPath && <path d={w.tickPath} stroke={WHEEL_COLORS.muted} strokeWidth="1" />}
          {w.label && (
            <text
              x={w.label.x}
              y={w.label.y}
              textAnchor="middle"
              dominantBaseline="central"
              fontSize={layout.weekFontSize}
              fill={WHEEL_COLORS.muted}
            >
              {w.label.text}
            </text>
          )}
        </g>
      ))}
      {layout.offDays.map((o, i) => (
        <g key={i}>
          <path d={o.band} fill={WHEEL_COLORS.offDayBand} />
          {o.label && (
            <>
              <path id={`${uid}-o${i}`} d={o.label.path} fill="none" />
              <text fill={WHEEL_COLORS.ink} fontSize={f}>
                <textPath href={`#${uid}-o${i}`} startOffset="50%" textAnchor="middle">
                  {o.label.text}
                </textPath>
              </text>
            </>
          )}
        </g>
      ))}
      {layout.rings.map(
        (ring) =>
          ring.label && (
            <text
              key={ring.key}
              x={ring.label.x}
              y={ring.label.y}
              textAnchor="end"
              dominantBaseline="central"
              fontWeight="bold"
              fill={WHEEL_COLORS.ink}
              stroke={WHEEL_COLORS.paper}
              strokeWidth="3"
              paintOrder="stroke"
            >
              {ring.label.text}
            </text>
          ),
      )}
    </g>
  );
});

interface ArcsProps {
  layout: WheelLayout;
  looks: WheelArcLooks;
  uid: string;
  interaction: WheelInteraction | undefined;
  /** Drawn over the arcs, and on screen under the arc button, within the pointer's handlers. */
  over: ReactNode;
}

/** The task arcs, their labels and progress marks (arcsMarkup), and on screen the arc button. */
function Arcs({ layout, looks, uid, interaction, over }: ArcsProps) {
  const interactive = interaction !== undefined;
  const markup = useMemo(
    () => ({ __html: arcsMarkup(layout, looks, uid, interactive) }),
    [layout, looks, uid, interactive],
  );
  const drawn = (
    <g
      data-arcs=""
      stroke={WHEEL_COLORS.paper}
      strokeWidth={arcEdgeWidth(layout)}
      dangerouslySetInnerHTML={markup}
    />
  );
  return interaction ? (
    <ArcButton layout={layout} looks={looks} interaction={interaction}>
      {drawn}
      {over}
    </ArcButton>
  ) : (
    drawn
  );
}

interface ArcButtonProps {
  layout: WheelLayout;
  looks: WheelArcLooks;
  interaction: WheelInteraction;
  children: ReactNode;
}

/**
 * The drawn arcs with the pointer's handlers, and over them the arc in the tab order: a button
 * named by its task. The arrow keys move it along the year (a new button each time, focused, so
 * a screen reader says the new task), Home and End to the first and last, Enter and Space open it.
 */
function ArcButton({ layout, looks, interaction, children }: ArcButtonProps) {
  const button = useRef<SVGPathElement>(null);
  const refocus = useRef(false);
  const { arcs } = layout;
  const found =
    interaction.active === null ? -1 : arcs.findIndex((a) => a.key === interaction.active);
  const index = Math.max(0, found);
  const arc = arcs[index];
  // A key moved the button: focus the new one.
  useLayoutEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [arc?.key]);

  /** The arc under the pointer, by the wheel's geometry. */
  const keyAt = (e: MouseEvent<SVGGElement>) => {
    const ctm = button.current?.ownerSVGElement?.getScreenCTM?.();
    if (!ctm) return undefined;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const i = arcAt(layout, p.x, p.y);
    return i === null ? undefined : arcs[i]?.key;
  };
  const onKeyDown = (e: KeyboardEvent<SVGPathElement>) => {
    if (!arc) return;
    const last = arcs.length - 1;
    const to: Record<string, number> = {
      ArrowRight: Math.min(last, index + 1),
      ArrowDown: Math.min(last, index + 1),
      ArrowLeft: Math.max(0, index - 1),
      ArrowUp: Math.max(0, index - 1),
      Home: 0,
      End: last,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      interaction.onOpen(arc.key);
    } else if (e.key in to) {
      e.preventDefault();
      const next = arcs[to[e.key]!];
      if (next && next !== arc) {
        refocus.current = true;
        interaction.onActivate(next.key);
      }
    }
  };
  return (
    <g
      onClick={(e) => {
        const key = keyAt(e) ?? (e.target === button.current ? arc?.key : undefined);
        if (key) interaction.onOpen(key);
      }}
      onMouseMove={(e) => interaction.onHover(keyAt(e) ?? null)}
      onMouseLeave={() => interaction.onHover(null)}
    >
      {children}
      {arc && (
        <path
          key={arc.key}
          ref={button}
          d={arc.path}
          fill="transparent"
          stroke="none"
          role="button"
          tabIndex={0}
          aria-label={looks.name(arc.key)}
          data-arc={index}
          onKeyDown={onKeyDown}
          onFocus={() => interaction.onActivate(arc.key)}
        />
      )}
    </g>
  );
}
