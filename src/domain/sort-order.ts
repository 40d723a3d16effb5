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

/** The characters `simpleOrder` knows, each with its place (letters by their lower case). */
const KNOWN = ' -–0123456789abcdefghijklmnopqrstuvwxyzåäö';
const FIRST_DIGIT = KNOWN.indexOf('0');
const FIRST_LETTER = KNOWN.indexOf('a');

/** A character's place in KNOWN (upper case as its lower case), -1 if unknown. */
const placeOf = (ch: string) => KNOWN.indexOf(ch.toLowerCase());
const isDigit = (place: number) => place >= FIRST_DIGIT && place < FIRST_LETTER;
const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** The end of the run of digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigit(placeOf(text.charAt(end)))) end += 1;
  return end;
}

/** Two runs of digits by value, leading zeros aside. */
function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * The Finnish collator's order (numeric, every difference counted) for names made only of
 * KNOWN's characters and their upper case, as almost every class and school name is ('7A',
 * '5–6', 'Esikoulu', 'Mäntylän koulu'): space, then dashes, then numbers by value, then letters
 * with å, ä and ö after z; where only case differs, lower case first at the first difference.
 * Null where either name has another character: the collator knows those.
 */
function simpleOrder(a: string, b: string): number | null {
  let i = 0;
  let j = 0;
  let byCase = 0;
  while (i < a.length && j < b.length) {
    const x = placeOf(a.charAt(i));
    const y = placeOf(b.charAt(j));
    if (x < 0 || y < 0) return null;
    if (isDigit(x) && isDigit(y)) {
      const endA = digitsEnd(a, i);
      const endB = digitsEnd(b, j);
      const numbers = compareNumbers(a.slice(i, endA), b.slice(j, endB));
      if (numbers !== 0) return numbers;
      i = endA;
      j = endB;
      continue;
    }
    const kind = (place: number) => (isDigit(place) ? FIRST_DIGIT : place);
    if (kind(x) !== kind(y)) return kind(x) < kind(y) ? -1 : 1;
    if (byCase === 0) byCase = Number(isUpper(a.charAt(i))) - Number(isUpper(b.charAt(j)));
    i += 1;
    j += 1;
  }
  const restA = a.slice(i);
  const restB = b.slice(j);
  if ([...restA, ...restB].some((ch) => placeOf(ch) < 0)) return null;
  if (restA.length !== restB.length) return restA.length < restB.length ? -1 : 1;
  return byCase;
}

/** Two names the Finnish way. */
export function compareNames(a: string, b: string): number {
  const simple = simpleOrder(a, b);
  if (simple !== null) return simple;
  collator ??= new Intl.Collator('fi', { numeric: true });
  return collator.compare(a, b);
}

/** Rows by name, the Finnish way. */
export const byName = (a: { readonly name: string }, b: { readonly name: string }) =>
  compareNames(a.name, b.name);

/** Classes by lowest grade, then name. */
export const byGradeThenName = (a: Group, b: Group) =>
  Math.min(...a.grades) - Math.min(...b.grades) || byName(a, b);
