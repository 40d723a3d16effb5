/**
 * Keys that could reach an object's prototype if any code ever assigned them: refused wherever a
 * body from outside carries them. JSON.parse keeps `"__proto__"` as an own key, but any code that
 * copies the object (a spread, a schema library rebuilding it) drops it or, worse, sets the copy's
 * prototype; so bodies are scanned as parsed, before anything rebuilds them.
 */

export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any row (a template's timing rule is the deepest, at 4). */
export const MAX_DEPTH = 12;

/** Keys and array indexes from the root of a value. */
export type KeyPath = readonly (string | number)[];

/** A value met in a scan, with the way back to the root (built into a path only when needed). */
interface Visit {
  readonly value: unknown;
  readonly key: string | number;
  readonly parent: Visit | null;
  /** Levels below the root. */
  readonly depth: number;
}

function pathOf(visit: Visit | null, last: string): KeyPath {
  const path: (string | number)[] = [last];
  for (let v = visit; v !== null && v.parent !== null; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * The path (keys and array indexes from the root) of the first hostile key in a parsed JSON
 * value, at any depth, or null when there is none; 'too deep' when an object or array lies more
 * than `maxDepth` levels below the root (no limit by default). Iterative and linear, so a body
 * nested a hundred thousand levels deep is scanned without exhausting the stack.
 */
export function findHostileKeyPath(value: unknown): KeyPath | null;
export function findHostileKeyPath(value: unknown, maxDepth: number): KeyPath | 'too deep' | null;
export function findHostileKeyPath(
  value: unknown,
  maxDepth = Infinity,
): KeyPath | 'too deep' | null {
  const stack: Visit[] = [{ value, key: '', parent: null, depth: 0 }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current !== 'object' || current === null) continue;
    if (visit.depth > maxDepth) return 'too deep';
    const depth = visit.depth + 1;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], key: i, parent: visit, depth });
      }
      continue;
    }
    const keys = Object.keys(current);
    const hostile = keys.find((k) => HOSTILE_KEYS.has(k));
    if (hostile !== undefined) return pathOf(visit, hostile);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (current as Record<string, unknown>)[key], key, parent: visit, depth });
    }
  }
  return null;
}
