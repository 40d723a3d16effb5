/**
 * Keys that could reach an object's prototype if any code ever assigned them: refused wherever a
 * body from outside carries them. JSON.parse keeps `"__proto__"` as an own key, but any code that
 * copies the object (a spread, a schema library rebuilding it) drops it or, worse, sets the copy's
 * prototype; so bodies are scanned as parsed, before anything rebuilds them.
 */

export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any row (a template's timing rule is the deepest, at 4). */
export const MAX_DEPTH = 12;

/**
 * The first hostile key found at any depth, 'too deep' when nesting exceeds `maxDepth`, or null
 * when the value is clean.
 */
export function findHostileKey(value: unknown, maxDepth = MAX_DEPTH): string | 'too deep' | null {
  if (typeof value !== 'object' || value === null) return null;
  if (maxDepth < 0) return 'too deep';
  for (const key of Object.keys(value)) {
    if (HOSTILE_KEYS.has(key)) return key;
    const found = findHostileKey((value as Record<string, unknown>)[key], maxDepth - 1);
    if (found !== null) return found;
  }
  return null;
}

/** A value met in a scan, with the way back to the root (built into a path only when needed). */
interface Visit {
  readonly value: unknown;
  readonly key: string | number;
  readonly parent: Visit | null;
}

function pathOf(visit: Visit | null, last: string): readonly (string | number)[] {
  const path: (string | number)[] = [last];
  for (let v = visit; v !== null && v.parent !== null; v = v.parent) path.push(v.key);
  return path.reverse();
}

/**
 * The path (keys and array indexes from the root) of the first hostile key in a parsed JSON
 * value, at any depth, or null when there is none. Iterative and linear, so a body nested a
 * hundred thousand levels deep is scanned without exhausting the stack.
 */
export function findHostileKeyPath(value: unknown): readonly (string | number)[] | null {
  const stack: Visit[] = [{ value, key: '', parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], key: i, parent: visit });
      }
      continue;
    }
    const keys = Object.keys(current);
    const hostile = keys.find((k) => HOSTILE_KEYS.has(k));
    if (hostile !== undefined) return pathOf(visit, hostile);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (current as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return null;
}
