/**
 * Structural sharing for what a live query returns: the parts of a new result that equal the
 * previous result's are replaced by the previous objects, so a re-run that read the same rows
 * returns the previous result itself (React does not render again) and a change renders only
 * the components whose own parts changed (memo compares by identity).
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `next`, with every part that equals the same part of `previous` replaced by that part. */
export function keepEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return next;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    // Rows with ids are matched by id, so one that moves (a task to another week) keeps the
    // others as they were; other items by position.
    const byId = new Map<unknown, unknown>();
    for (const item of previous) if (isPlainObject(item) && 'id' in item) byId.set(item.id, item);
    const kept = next.map((item: unknown, i) => {
      const before = isPlainObject(item) && byId.has(item.id) ? byId.get(item.id) : previous[i];
      const part = keepEqual(before, item);
      if (part !== previous[i]) same = false;
      return part;
    });
    // The previous array is unchanged: it is the same type as `next`.
    return (same ? previous : kept) as T;
  }
  if (previous instanceof Map && next instanceof Map) {
    let same = previous.size === next.size;
    const kept = new Map<unknown, unknown>();
    for (const [key, value] of next) {
      const part = keepEqual(previous.get(key), value);
      if (part !== previous.get(key) || !previous.has(key)) same = false;
      kept.set(key, part);
    }
    return (same ? previous : kept) as T;
  }
  if (previous instanceof Set && next instanceof Set) {
    const same = previous.size === next.size && [...next].every((item) => previous.has(item));
    return (same ? previous : next) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const kept: Record<string, unknown> = {};
    for (const key of keys) {
      const part = keepEqual(previous[key], next[key]);
      if (part !== previous[key] || !Object.hasOwn(previous, key)) same = false;
      kept[key] = part;
    }
    return (same ? previous : kept) as T;
  }
  return next;
}
