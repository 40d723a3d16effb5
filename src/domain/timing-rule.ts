/**
 * Ajoitus: when a task falls in a school year. Rules are independent of any one year so that a
 * template can be rolled over; the scheduler resolves them against a SchoolYear.
 */
import { BREAK_KINDS, type BreakKind } from './model';

/** Calendar month, 1 = January. School-year months run 8..12 then 1..7. */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
export const MONTH_PARTS = ['whole', 'firstHalf', 'secondHalf'] as const;
export type MonthPart = (typeof MONTH_PARTS)[number];
/** 'MM-DD' inside a school year (August to July). */
export type MonthDay = string;
export const TERMS = ['autumn', 'spring'] as const;
export type Term = (typeof TERMS)[number];

export type Anchor =
  | { readonly kind: 'termStart'; readonly term: Term }
  | { readonly kind: 'termEnd'; readonly term: Term }
  | { readonly kind: 'breakStart'; readonly breakKind: BreakKind }
  | { readonly kind: 'breakEnd'; readonly breakKind: BreakKind };

/** An anchor as text, 'termStart:autumn' or 'breakStart:christmas': in forms and in files. */
export type AnchorKey =
  `${'termStart' | 'termEnd'}:${Term}` | `${'breakStart' | 'breakEnd'}:${BreakKind}`;

/** The text of `anchor` (AnchorKey). */
export function anchorKey(anchor: Anchor): AnchorKey {
  return anchor.kind === 'termStart' || anchor.kind === 'termEnd'
    ? `${anchor.kind}:${anchor.term}`
    : `${anchor.kind}:${anchor.breakKind}`;
}

/** The anchor a kind and a term or break kind name ('breakStart', 'christmas'), else null. */
export function anchorOf(kind: string | undefined, value: string | undefined): Anchor | null {
  const term = TERMS.find((t) => t === value);
  const breakKind = BREAK_KINDS.find((b) => b === value);
  if ((kind === 'termStart' || kind === 'termEnd') && term !== undefined) return { kind, term };
  if ((kind === 'breakStart' || kind === 'breakEnd') && breakKind !== undefined) {
    return { kind, breakKind };
  }
  return null;
}

export type TimingRule =
  /** A month, or its first or second half (days 1-15, 16-end). */
  | { readonly kind: 'month'; readonly month: Month; readonly part: MonthPart }
  /** An ISO week (1-53) inside the school year, Monday to Friday. */
  | { readonly kind: 'isoWeek'; readonly week: number }
  /** The n-th school week (1-based) of a term: week 1 holds the term's first school day. */
  | { readonly kind: 'schoolWeek'; readonly term: Term; readonly n: number }
  /**
   * Relative to a term start or end or a break: `offsetSchoolDays` school days after the anchor
   * (negative = before; for termEnd/breakStart, -1 is the last school day before), lasting
   * `lengthSchoolDays` school days.
   */
  | {
      readonly kind: 'relative';
      readonly anchor: Anchor;
      readonly offsetSchoolDays: number;
      readonly lengthSchoolDays: number;
    }
  /** Between two month-days of the school year, both inclusive. */
  | { readonly kind: 'dateRange'; readonly start: MonthDay; readonly end: MonthDay }
  /** Once in each listed month (all months with school days when `months` is empty). */
  | { readonly kind: 'everyMonth'; readonly months: readonly Month[]; readonly part: MonthPart }
  /**
   * Only in years where the calendar year of the inner rule's window start satisfies
   * `year % every === remainder` (the school health survey: every 2, remainder 1 = odd years).
   */
  | {
      readonly kind: 'everyNthYear';
      readonly every: number;
      readonly remainder: number;
      readonly rule: TimingRule;
    };
