/** A timing rule in words, for a coordinator confirming a change of it. */
import type { TFunction } from 'i18next';
import { assertNever } from '@/domain/ids';
import type { Language } from '@/domain/model';
import type { Anchor, MonthDay, TimingRule } from '@/domain/timing-rule';
import { monthName as formatMonthName } from './month-name';

/** 'MM-DD' as the day and month, '25.9.' (numbers read the same in all three languages). */
function monthDay(md: MonthDay): string {
  const [month, day] = md.split('-').map(Number);
  return `${String(day)}.${String(month)}.`;
}

function anchorWords(anchor: Anchor, t: TFunction): string {
  switch (anchor.kind) {
    case 'termStart':
      return t(`yearPlanRule.anchor_termStart_${anchor.term}`);
    case 'termEnd':
      return t(`yearPlanRule.anchor_termEnd_${anchor.term}`);
    case 'breakStart':
      return t('yearPlanRule.anchor_breakStart', { break: t(`break.${anchor.breakKind}`) });
    case 'breakEnd':
      return t('yearPlanRule.anchor_breakEnd', { break: t(`break.${anchor.breakKind}`) });
    default:
      return assertNever(anchor);
  }
}

/**
 * The first three calendar years from `fromYear` on whose `year % every === remainder`: the
 * years an every-n-th-year rule names, as a remainder means nothing to a reader.
 */
function nextYears(every: number, remainder: number, fromYear: number): number[] {
  const first = fromYear + ((((remainder - fromYear) % every) + every) % every);
  return [first, first + every, first + 2 * every];
}

/**
 * `rule` in the UI language: 'syyskuu, alkupuoli (1.–15.)', 'viikko 45', 'joka kuukausi'...; an
 * every-n-th-year rule names its next years from `referenceYear` on (the app's year, useToday).
 */
export function ruleInWords(
  rule: TimingRule,
  t: TFunction,
  language: Language,
  referenceYear: number,
): string {
  switch (rule.kind) {
    case 'month':
      return t(`yearPlanRule.month_${rule.part}`, { month: formatMonthName(rule.month, language) });
    case 'isoWeek':
      return t('yearPlanRule.isoWeek', { week: rule.week });
    case 'schoolWeek':
      return t(`yearPlanRule.schoolWeek_${rule.term}`, { n: rule.n });
    case 'relative': {
      const values = {
        length: rule.lengthSchoolDays,
        offset: Math.abs(rule.offsetSchoolDays),
        anchor: anchorWords(rule.anchor, t),
      };
      if (rule.offsetSchoolDays > 0) return t('yearPlanRule.relative_after', values);
      if (rule.offsetSchoolDays < 0) return t('yearPlanRule.relative_before', values);
      return t('yearPlanRule.relative_at', values);
    }
    case 'dateRange':
      return t('yearPlanRule.dateRange', { start: monthDay(rule.start), end: monthDay(rule.end) });
    case 'everyMonth': {
      const part = rule.part === 'whole' ? '' : t(`yearPlanRule.part_${rule.part}`);
      return rule.months.length === 0
        ? t('yearPlanRule.everyMonth_all', { part })
        : t('yearPlanRule.everyMonth_listed', {
            months: rule.months.map((m) => formatMonthName(m, language)).join(', '),
            part,
          });
    }
    case 'everyNthYear': {
      const inner = ruleInWords(rule.rule, t, language, referenceYear);
      // Every first year is every year: the rule alone says it.
      if (rule.every === 1) return inner;
      if (rule.every === 2)
        return t(
          rule.remainder === 1 ? 'yearPlanRule.everyNthYear_odd' : 'yearPlanRule.everyNthYear_even',
          {
            rule: inner,
          },
        );
      return t('yearPlanRule.everyNthYear', {
        rule: inner,
        every: rule.every,
        years: nextYears(rule.every, rule.remainder, referenceYear).join(', '),
      });
    }
    default:
      return assertNever(rule);
  }
}
