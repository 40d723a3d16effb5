/**
 * A timing rule as one line of text for a spreadsheet cell, read back to the same rule. Fields
 * are separated by colons, the rule's kind first, in the order of the rule's type:
 *
 *   month:10:whole                       October (part: whole, firstHalf, secondHalf)
 *   isoWeek:38                           ISO week 38
 *   schoolWeek:autumn:3                  the 3rd school week of the autumn term
 *   relative:termStart:autumn:5:3        5 school days after the term start, lasting 3
 *   relative:breakStart:christmas:-5:5   the 5 school days before the Christmas break
 *   dateRange:09-01:09-30                1 to 30 September
 *   everyMonth:9,10,11:whole             once in each listed month (empty list: every month)
 *   everyNthYear:2:1:month:3:whole       the inner rule in odd years (every 2, remainder 1)
 *
 * Anchors are termStart, termEnd (with a term: autumn, spring) and breakStart, breakEnd (with a
 * break: autumn, christmas, winter, other). The text is checked with the same zod schema as a
 * synced rule, so a rule read here is one the server accepts.
 */
import { assertNever } from '../ids';
import { timingRuleSchema } from '../sync/row-schemas';
import { anchorKey, anchorOf, type TimingRule } from '../timing-rule';

/** The rule as text (see the module's comment); formatTimingRule(parseTimingRule(s)) === s. */
export function formatTimingRule(rule: TimingRule): string {
  switch (rule.kind) {
    case 'month':
      return `month:${rule.month}:${rule.part}`;
    case 'isoWeek':
      return `isoWeek:${rule.week}`;
    case 'schoolWeek':
      return `schoolWeek:${rule.term}:${rule.n}`;
    case 'relative':
      return `relative:${anchorKey(rule.anchor)}:${rule.offsetSchoolDays}:${rule.lengthSchoolDays}`;
    case 'dateRange':
      return `dateRange:${rule.start}:${rule.end}`;
    case 'everyMonth':
      return `everyMonth:${rule.months.join(',')}:${rule.part}`;
    case 'everyNthYear':
      return `everyNthYear:${rule.every}:${rule.remainder}:${formatTimingRule(rule.rule)}`;
    default:
      return assertNever(rule);
  }
}

/** An integer written plainly ('5', '-5'), else null. */
function int(s: string | undefined): number | null {
  return s !== undefined && /^-?\d{1,4}$/.test(s) ? Number(s) : null;
}

/** The rule's fields from its colon-separated parts, unchecked (the schema checks them). */
function ruleShape(parts: readonly string[]): unknown {
  const [kind, a, b, c, d] = parts;
  switch (kind) {
    case 'month':
      return parts.length === 3 ? { kind, month: int(a), part: b } : null;
    case 'isoWeek':
      return parts.length === 2 ? { kind, week: int(a) } : null;
    case 'schoolWeek':
      return parts.length === 3 ? { kind, term: a, n: int(b) } : null;
    case 'relative':
      return parts.length === 5
        ? { kind, anchor: anchorOf(a, b), offsetSchoolDays: int(c), lengthSchoolDays: int(d) }
        : null;
    case 'dateRange':
      return parts.length === 3 ? { kind, start: a, end: b } : null;
    case 'everyMonth':
      return parts.length === 3
        ? { kind, months: a === '' ? [] : (a ?? '').split(',').map((m) => int(m.trim())), part: b }
        : null;
    case 'everyNthYear':
      return parts.length >= 4
        ? { kind, every: int(a), remainder: int(b), rule: ruleShape(parts.slice(3)) }
        : null;
    default:
      return null;
  }
}

/**
 * Reads a rule written as formatTimingRule writes it (spaces around the text and its parts are
 * ignored), or null when it is not one.
 */
export function parseTimingRule(text: string): TimingRule | null {
  const parts = text
    .trim()
    .split(':')
    .map((p) => p.trim());
  const parsed = timingRuleSchema.safeParse(ruleShape(parts));
  // The schema's output is the rule's shape with plain numbers and strings in place of its
  // literal unions, which the schema has just checked.
  return parsed.success ? (parsed.data as TimingRule) : null;
}
