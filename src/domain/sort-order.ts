/**
 * The order lists are shown in: names as Finnish sorts them, numbers by value ('2A' before
 * '10A'), and classes by their lowest grade first.
 */
import type { Group } from './model';

// One collator for every sort: building one per comparison (localeCompare with a locale) cost
// tens of milliseconds on a slow phone's first screen.
const collator = new Intl.Collator('fi', { numeric: true });

/** Rows by name, the Finnish way. */
export const byName = (a: { readonly name: string }, b: { readonly name: string }) =>
  collator.compare(a.name, b.name);

/** Classes by lowest grade, then name. */
export const byGradeThenName = (a: Group, b: Group) =>
  Math.min(...a.grades) - Math.min(...b.grades) || byName(a, b);
