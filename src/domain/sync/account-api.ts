/**
 * The accounts API (/api/accounts): the zod schemas of its request and response bodies, shared by
 * the server and the browser client. The server authorizes every request (admin: the
 * organization's accounts; principal: the classes of own schools' teachers).
 */
import { z } from 'zod';
import type { Role } from './protocol';
import { entityIdSchema } from './sync-ids';

// The roles as a literal, checked against protocol.ts by account-api.test.ts: importing the
// protocol here would pull the entity registry into the accounts view's chunk and split the
// first screen's chunks apart.
const ROLES = ['teacher', 'principal', 'coordinator', 'admin'] as const satisfies readonly Role[];

/** The shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 1000;

export const usernameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{2,100}$/, 'A username is 2-100 letters, digits, . _ -');

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);

/** An account as the API shows it: never its password hash. */
export { ROLES as ACCOUNT_ROLES };

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
