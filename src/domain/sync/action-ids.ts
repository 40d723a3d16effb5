/**
 * Ids on the wire. Entity ids are short, URL-safe and never contain '~', the separator of
 * derived action ids (`${schoolYearId}~g:${groupId}~${templateId}~${occurrence}`, see
 * schedule/schedule-ids.ts), so an action id can always be split back into its parts.
 * No schema library here: the app's first load reads action ids too (who may mark what).
 */

/** Longest id of a plan row (a UUID is 36 characters; built-in ids are readable slugs). */
export const ID_MAX_LENGTH = 100;
/** Longest action id: three ids, an occurrence key and separators. */
export const ACTION_ID_MAX_LENGTH = 3 * ID_MAX_LENGTH + 40;

/** Letters, digits, '-', '_' and '.': unreserved in URLs, no separator of action ids. */
export const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
/** The occurrence key of an action: '' for a single one, 'm09', 'w45'... */
const OCCURRENCE_PATTERN = /^[A-Za-z0-9_.-]{0,20}$/;

/** Whose action it is: a class, a school, or the whole organization. */
export type ActionTarget =
  | { readonly kind: 'group'; readonly groupId: string }
  | { readonly kind: 'school'; readonly schoolId: string }
  | { readonly kind: 'organization' };

export interface ParsedActionId {
  readonly schoolYearId: string;
  readonly target: ActionTarget;
  readonly templateId: string;
  readonly occurrence: string;
}

function isEntityId(s: string): boolean {
  return s.length > 0 && s.length <= ID_MAX_LENGTH && ID_PATTERN.test(s);
}

/**
 * Splits a derived action id into school year, target, template and occurrence, or returns null
 * when it is not one: wrong number of parts, an unknown target key, or a part outside the id
 * charset. `sy-2025~g:g-1a~t-1~m09` is group g-1a's September occurrence of template t-1.
 */
export function parseActionId(id: string): ParsedActionId | null {
  if (id.length > ACTION_ID_MAX_LENGTH) return null;
  const parts = id.split('~');
  if (parts.length !== 4) return null;
  const [schoolYearId, targetKey, templateId, occurrence] = parts as [
    string,
    string,
    string,
    string,
  ];
  if (!isEntityId(schoolYearId) || !isEntityId(templateId)) return null;
  if (!OCCURRENCE_PATTERN.test(occurrence)) return null;
  const target = parseTargetKey(targetKey);
  if (target === null) return null;
  return { schoolYearId, target, templateId, occurrence };
}

function parseTargetKey(key: string): ActionTarget | null {
  if (key === 'org') return { kind: 'organization' };
  if (key.startsWith('g:') && isEntityId(key.slice(2)))
    return { kind: 'group', groupId: key.slice(2) };
  if (key.startsWith('s:') && isEntityId(key.slice(2))) {
    return { kind: 'school', schoolId: key.slice(2) };
  }
  return null;
}
