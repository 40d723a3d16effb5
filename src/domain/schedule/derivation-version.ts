/**
 * The version of the scheduler's rules: what a stored schedule was derived with. A device keeps
 * derived schedules (src/db/materialize.ts), so a change to how rules resolve (not only a change
 * to the plan) must reach them: raise this number with every such change, and a database whose
 * schedules carry an older stamp derives them all anew when it opens (src/db/database.ts).
 *
 * History: 1 (implicit, no stamp) until issue 10; 2: breakShift, every-n-th-year judged on the
 * rule's own date, ISO weeks with their Saturday school day, windows that name the breaks inside.
 */
export const DERIVATION_VERSION = 2;
