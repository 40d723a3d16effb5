/**
 * Readable constructors for the timing rules of the built-in templates. Semantics are those of
 * src/domain/timing-rule.ts; offsets follow the scheduler's anchors (termStart: 0 is the first
 * school day; breakStart and termEnd: -1 is the last school day before; breakEnd: 0 is the first
 * school day after).
 */
import type { BreakKind } from '@/domain/model';
import type { Month, MonthDay, MonthPart, Term, TimingRule } from '@/domain/timing-rule';

/** A month or its first (1-15) or second (16-end) half. */
export function inMonth(month: Month, part: MonthPart = 'whole'): TimingRule {
  return { kind: 'month', month, part };
}

/** ISO week `week` (Monday to Friday) of the school year. */
export function inIsoWeek(week: number): TimingRule {
  return { kind: 'isoWeek', week };
}

/** The n-th school week of a term (week 1 holds the term's first school day). */
export function inSchoolWeek(term: Term, n: number): TimingRule {
  return { kind: 'schoolWeek', term, n };
}

/** The first `length` school days of a term, starting `offset` school days in. */
export function fromTermStart(term: Term, length: number, offset = 0): TimingRule {
  return {
    kind: 'relative',
    anchor: { kind: 'termStart', term },
    offsetSchoolDays: offset,
    lengthSchoolDays: length,
  };
}

/** The last `length` school days of a term. */
export function beforeTermEnd(term: Term, length: number): TimingRule {
  return {
    kind: 'relative',
    anchor: { kind: 'termEnd', term },
    offsetSchoolDays: -length,
    lengthSchoolDays: length,
  };
}

/** The last `length` school days before a break. */
export function beforeBreak(breakKind: BreakKind, length: number): TimingRule {
  return {
    kind: 'relative',
    anchor: { kind: 'breakStart', breakKind },
    offsetSchoolDays: -length,
    lengthSchoolDays: length,
  };
}

/** The first `length` school days after a break. */
export function afterBreak(breakKind: BreakKind, length: number): TimingRule {
  return {
    kind: 'relative',
    anchor: { kind: 'breakEnd', breakKind },
    offsetSchoolDays: 0,
    lengthSchoolDays: length,
  };
}

/** From `start` to `end` ('MM-DD', both inclusive, in school-year order). */
export function between(start: MonthDay, end: MonthDay): TimingRule {
  return { kind: 'dateRange', start, end };
}

/** Once in each listed month (every month with school days when `months` is empty). */
export function everyMonth(months: readonly Month[], part: MonthPart = 'whole'): TimingRule {
  return { kind: 'everyMonth', months, part };
}

/** `rule`, but only in years whose window starts in a calendar year with `year % every === remainder`. */
export function everyNthYear(every: number, remainder: number, rule: TimingRule): TimingRule {
  return { kind: 'everyNthYear', every, remainder, rule };
}

/** `rule` in odd calendar years only, as the national school health survey (2025, 2027, ...). */
export function inOddYears(rule: TimingRule): TimingRule {
  return everyNthYear(2, 1, rule);
}
