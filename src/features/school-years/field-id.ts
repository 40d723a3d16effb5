import type { DraftField } from '@/domain/school-year-draft';

/** The id of a draft field's control, from the form's base id (errors focus it). */
export function fieldId(base: string, field: DraftField): string {
  return `${base}-${field.replace(/\./g, '-')}`;
}
