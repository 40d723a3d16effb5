/**
 * The order lists are shown in: names as Finnish sorts them, numbers by value ('2A' before
 * '10A'), and classes by their lowest grade first.
 */
import type { Group } from './model';

// The collator is made on first need, and one for every sort: building one per comparison
// (localeCompare with a locale) cost tens of milliseconds on a slow phone's first screen. Even
// one is costly the first time: the browser loads its collation data (about 10 ms on a fast
// machine, 45-50 ms at a 4x slowed CPU), so names the order below knows never make one.
let collator: Intl.Collator | undefined;

/** Names of digits, letters a-z and å, ä, ö (either case), spaces and dashes. */
const SIMPLE = /^[ \-–\da-zåäö]*$/i;

/**
 * A simple name's place in the Finnish collator's order (numeric), case aside, as a string that
 * sorts by code unit: space, then dashes ('–' as '.'), then numbers by value (each run of digits
 * as '0', its length and its digits without leading zeros), then letters with å, ä and ö after z
 * (as '{', '|' and '}').
 */
const caseless = (name: string) =>
  name
    .toLowerCase()
    .replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+/, '');
      return `0${String.fromCharCode(48 + value.length)}${value}`;
    })
    .replace(/[–åäö]/g, (ch) => '.{|}'.charAt('–åäö'.indexOf(ch)));

/** Where only case differs, the collator puts lower case first at the first difference. */
const cases = (name: string) => name.replace(/[^a-zåäö]/gi, '').replace(/[a-zåäö]/g, '0');

/** Two names the Finnish way. */
export function compareNames(a: string, b: string): number {
  if (SIMPLE.test(a) && SIMPLE.test(b)) {
    for (const key of [caseless, cases]) {
      const [x, y] = [key(a), key(b)];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  }
  collator ??= new Intl.Collator('fi', { numeric: true });
  return collator.compare(a, b);
}

/** Rows by name, the Finnish way. */
export const byName = (a: { readonly name: string }, b: { readonly name: string }) =>
  compareNames(a.name, b.name);

/** Classes by lowest grade, then name. */
export const byGradeThenName = (a: Group, b: Group) =>
  Math.min(...a.grades) - Math.min(...b.grades) || byName(a, b);
