/**
 * A small builder for the built-in task templates, so that the data files read as data: plain
 * strings for ids, typed theme ids from THEME, and the grade sets used across the library.
 */
import { templateId, type ThemeId } from '@/domain/ids';
import type {
  Grade,
  Localized,
  MaterialLink,
  ResponsibleRole,
  Scope,
  TaskTemplate,
} from '@/domain/model';
import type { TimingRule } from '@/domain/timing-rule';

/** Esiopetus. */
export const PRE_PRIMARY: readonly Grade[] = [0];
/** Alakoulu, grades 1-6: the class teacher's classes. */
export const PRIMARY: readonly Grade[] = [1, 2, 3, 4, 5, 6];
/** Yläkoulu, grades 7-9: the homeroom teacher's classes. */
export const LOWER_SECONDARY: readonly Grade[] = [7, 8, 9];
/** Perusopetus, grades 1-9. */
export const BASIC_EDUCATION: readonly Grade[] = [...PRIMARY, ...LOWER_SECONDARY];
/** Esiopetus and grades 1-9. */
export const ALL_GRADES: readonly Grade[] = [...PRE_PRIMARY, ...BASIC_EDUCATION];

export interface TemplateSpec {
  /** Stable and readable, 'tpl-...'; never change a shipped id (progress is keyed by it). */
  readonly id: string;
  readonly themeId: ThemeId | null;
  readonly title: Localized;
  readonly description: Localized;
  readonly grades: readonly Grade[];
  readonly scope: Scope;
  readonly responsible: readonly ResponsibleRole[];
  readonly timing: TimingRule;
  readonly materials?: readonly MaterialLink[];
}

/** A built-in TaskTemplate from its spec; materials default to none. */
export function defineTemplate(spec: TemplateSpec): TaskTemplate {
  return {
    id: templateId(spec.id),
    title: spec.title,
    description: spec.description,
    themeId: spec.themeId,
    grades: spec.grades,
    scope: spec.scope,
    responsible: spec.responsible,
    timing: spec.timing,
    materials: spec.materials ?? [],
  };
}
