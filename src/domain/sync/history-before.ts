/**
 * What a plan change replaced: for each field it wrote, the value the field had before it, from
 * the row's earlier applied changes (the server applies a row's changes in seq order, each field
 * taking the last value written to it). A field no earlier change wrote (a row seeded outside
 * the log, or a field new to the row) has no earlier value and is left out.
 */

/** An applied change of one row, as the history gives it. */
export interface LoggedChange {
  readonly seq: number;
  readonly op: string;
  /** The fields written, with their values (a delete writes none). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * The values `change`'s fields had before it, given the row's other changes `older` (any order;
 * those at or after `change` are ignored).
 */
export function valuesBefore(
  change: LoggedChange,
  older: readonly LoggedChange[],
): Record<string, unknown> {
  const earlier = older.filter((c) => c.seq < change.seq).sort((a, b) => b.seq - a.seq);
  const before: Record<string, unknown> = {};
  for (const field of Object.keys(change.fields)) {
    const last = earlier.find((c) => Object.hasOwn(c.fields, field));
    if (last !== undefined) before[field] = last.fields[field];
  }
  return before;
}
