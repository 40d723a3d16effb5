/**
 * The accounts API (/api/accounts) and the plan history API (/api/plan-history): the zod schemas
 * of their request and response bodies, shared by the server and the browser client. The server
 * authorizes every request (admin: the organization's accounts; principal: the classes of own
 * schools' teachers; coordinator: the plan history).
 */
import { z } from 'zod';
import { MUTATION_OPS } from './merge';
import { ROLES } from './protocol';
import { entityIdSchema } from './sync-ids';
import { ENTITIES, type Entity } from '../entities';

/** The shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 1000;

export const usernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{2,100}$/, 'A username is 2-100 letters, digits, . _ -');

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

/** An account as the API shows it: never its password hash. */
export const accountViewSchema = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  schools: z.array(entityIdSchema),
  groups: z.array(entityIdSchema),
  disabled: z.boolean(),
  /** ISO 8601 instant. */
  createdAt: z.string(),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/** A school and a class as offered for an account's scope (from the organization's plan). */
export const scopeSchoolSchema = z.strictObject({ id: entityIdSchema, name: z.string() });
export const scopeGroupSchema = z.strictObject({
  id: entityIdSchema,
  name: z.string(),
  schoolId: entityIdSchema,
  schoolYearId: entityIdSchema,
  grades: z.array(z.int()),
});
export const scopeYearSchema = z.strictObject({
  id: entityIdSchema,
  startYear: z.int(),
  firstDay: z.string(),
  lastDay: z.string(),
});
export type ScopeSchool = z.infer<typeof scopeSchoolSchema>;
export type ScopeGroup = z.infer<typeof scopeGroupSchema>;
export type ScopeYear = z.infer<typeof scopeYearSchema>;

/**
 * GET /api/accounts: the accounts the caller manages (admin: the organization's; principal: the
 * teachers of own schools) and the schools, classes and school years they may be given (admin:
 * the organization's; principal: own schools').
 */
export const accountListSchema = z.strictObject({
  accounts: z.array(accountViewSchema),
  schools: z.array(scopeSchoolSchema),
  groups: z.array(scopeGroupSchema),
  schoolYears: z.array(scopeYearSchema),
});
export type AccountList = z.infer<typeof accountListSchema>;

const idList = z.array(entityIdSchema).max(500);

/** POST /api/accounts (admin). Without `password` the server generates one and answers it once. */
export const createAccountRequestSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  schools: idList,
  groups: idList,
  password: passwordSchema.optional(),
});
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

/** The answer of a create or a password reset: `password` only when the server made it. */
export const accountChangedSchema = z.strictObject({
  account: accountViewSchema,
  password: z.string().optional(),
});
export type AccountChanged = z.infer<typeof accountChangedSchema>;

/** PUT /api/accounts/:username/disabled (admin). */
export const setDisabledRequestSchema = z.strictObject({ disabled: z.boolean() });

/** POST /api/accounts/:username/password (admin): a given password, or none to generate one. */
export const resetPasswordRequestSchema = z.strictObject({ password: passwordSchema.optional() });

/** PUT /api/accounts/:username/scope (admin): replaces the account's schools and classes. */
export const setScopeRequestSchema = z.strictObject({ schools: idList, groups: idList });

/**
 * PUT /api/accounts/:username/classes (principal, admin): the teacher's classes in `schoolId`
 * (of `schoolYearId` when given) become `groups`; classes elsewhere stay.
 */
export const setClassesRequestSchema = z.strictObject({
  schoolId: entityIdSchema,
  schoolYearId: entityIdSchema.optional(),
  groups: idList,
});
export type SetClassesRequest = z.infer<typeof setClassesRequestSchema>;

/** Entities whose changes the plan history shows: every synced entity but progress. */
export const HISTORY_ENTITIES = ENTITIES.filter((e) => e !== 'progress');

export const MAX_HISTORY_LIMIT = 200;

/** GET /api/plan-history query: filters, and `before` (a cursor: entries older than it). */
export const planHistoryQuerySchema = z.strictObject({
  entity: z.enum(HISTORY_ENTITIES as [Entity, ...Entity[]]).optional(),
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
  entity: z.enum(ENTITIES as readonly Entity[] as [Entity, ...Entity[]]),
  entityId: z.string(),
  op: z.enum(MUTATION_OPS),
  /** The fields written, with their new values (a delete writes none). */
  fields: z.record(z.string(), z.unknown()),
});
export type PlanHistoryEntry = z.infer<typeof planHistoryEntrySchema>;

export const planHistoryPageSchema = z.strictObject({
  entries: z.array(planHistoryEntrySchema),
  /** Pass as `before` for the next (older) page; null when this is the last. */
  next: z.int().nullable(),
});
export type PlanHistoryPage = z.infer<typeof planHistoryPageSchema>;
