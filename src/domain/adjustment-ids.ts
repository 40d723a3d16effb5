/** The ids of schools' adjustments (model.ts SchoolAdjustment), apart from the model's types. */
import type { AdjustmentId, SchoolId, TemplateId } from './ids';

/**
 * The id of `schoolId`'s adjustment of `templateId`: one per school and task, so two devices
 * adjusting the same task edit one row (entity ids hold no '~').
 */
export function adjustmentIdFor(schoolId: SchoolId, templateId: TemplateId): AdjustmentId {
  return `${schoolId}.adj.${templateId}` as AdjustmentId;
}
