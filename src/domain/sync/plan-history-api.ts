/**
 * The plan history API (GET /api/plan-history): who changed which fields of which plan row and
 * when, from the server's append-only mutation log; readable by the coordinator and the admin
 * (a principal: own schools' rows). Shared by the server and the browser client.
 */
import { z } from 'zod';
import type { PlanEntity } from '../entities';
import type { MutationOp } from './merge';
import { entityIdSchema } from './sync-ids';

// Plan entities and operations as literals, checked against entities.ts and merge.ts by
// plan-history-api.test.ts (importing those would pull the registry into the view's chunk).
const OPS = ['create', 'patch', 'delete', 'undelete'] as const satisfies readonly MutationOp[];
export { OPS as HISTORY_OPS };

/** Entities whose changes the plan history shows: the plan's (every synced entity but progress). */
export const HISTORY_ENTITIES = [
  'organization',
  'school',
  'schoolYear',
  'group',
  'theme',
  'template',
  'adjustment',
] as const satisfies readonly PlanEntity[];

export const MAX_HISTORY_LIMIT = 200;

/** GET /api/plan-history query: filters, and `before` (a cursor: entries older than it). */
export const planHistoryQuerySchema = z.strictObject({
  entity: z.enum(HISTORY_ENTITIES).optional(),
  entityId: entityIdSchema.optional(),
  account: z.string().min(1).max(100).optional(),
  /** ISO 8601 instants: changes received at or after `from`, before `to`. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_HISTORY_LIMIT).default(50),
});
export type PlanHistoryQuery = z.input<typeof planHistoryQuerySchema>;

export const planHistoryEntrySchema = z.strictObject({
  /** The server sequence of the change (also the paging cursor). */
  seq: z.int(),
  /** ISO 8601 instant the server received it. */
  at: z.string(),
  username: z.string(),
  displayName: z.string(),
  entity: z.enum(HISTORY_ENTITIES),
  entityId: z.string(),
  op: z.enum(OPS),
  /** The fields written, with their new values (a delete writes none). */
  fields: z.record(z.string(), z.unknown()),
  /**
   * The values those fields had before (history-before.ts), for the fields an earlier change in
   * the log wrote. Absent from a server that does not give them.
   */
  before: z.record(z.string(), z.unknown()).optional(),
});
export type PlanHistoryEntry = z.infer<typeof planHistoryEntrySchema>;

export const planHistoryPageSchema = z.strictObject({
  entries: z.array(planHistoryEntrySchema),
  /** Pass as `before` for the next (older) page; null when this is the last. */
  next: z.int().nullable(),
});
export type PlanHistoryPage = z.infer<typeof planHistoryPageSchema>;
