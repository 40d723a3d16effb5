/**
 * The sync protocol (docs/sync-protocol.md): versions, limits, error codes and the zod schemas
 * of every request and response body, shared by the server and the browser client.
 */
import { z } from 'zod';
import { MUTATION_OPS } from './merge';
import { ENTITIES } from '../entities';
import { clientIdSchema, entityIdSchema } from './sync-ids';

export const PROTOCOL_VERSION = 1;
export const SUPPORTED_PROTOCOL_VERSIONS: readonly number[] = [1];
/** The row schema versions (src/db/schema-version.ts) the server accepts and serves. */
export const SCHEMA_VERSION = 1;
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [1];

/** Request header carrying the protocol version (EventSource cannot set it; it is optional). */
export const PROTOCOL_HEADER = 'X-Sync-Protocol';

export const MAX_MUTATIONS_PER_PUSH = 100;
export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;
/** The SSE stream sends a comment this often so proxies keep it open. */
export const HEARTBEAT_MS = 25_000;

export const ROLES = ['teacher', 'principal', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Codes of whole-request errors: the `error` field of a non-2xx JSON body. */
export const ERROR_CODES = [
  'InvalidJson',
  'BadRequest',
  'UnsupportedMediaType',
  'Unauthenticated',
  'SessionExpired',
  'InvalidCredentials',
  'Forbidden',
  'ClientOwnedByAnotherUser',
  'NotFound',
  'MethodNotAllowed',
  'MutationGap',
  'ResetRequired',
  'PayloadTooLarge',
  'VersionNotSupported',
  'TooManyRequests',
  'Internal',
  // The accounts API (account-api.ts): a taken username, a school or class not in the plan (or
  // not the caller's), a change an admin may not make to their own account.
  'AccountExists',
  'InvalidScope',
  'OwnAccount',
  // The calendar feeds API (feed-api.ts): the account has MAX_FEEDS_PER_ACCOUNT live feeds.
  'TooManyFeeds',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes of a rejected mutation (push result `code`). */
export const REJECTION_CODES = [
  'HostileKey',
  'TooDeep',
  'UnknownEntity',
  'InvalidOp',
  'InvalidId',
  'InvalidPatch',
  'ServerOnlyField',
  'UnknownField',
  'IdMismatch',
  'InvalidField',
  'InvalidBase',
  'PersonalData',
  'NotFound',
  'Forbidden',
  'WrongOrganization',
  'UnknownGroup',
  'UnknownAction',
  'Internal',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const errorBodySchema = z.looseObject({
  error: z.enum(ERROR_CODES),
  message: z.string(),
});

const seqSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);
const mutationIdSchema = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
/** A server database epoch: opaque to the client, compared for equality. */
export const dbEpochSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/**
 * A mutation as the client sends it. The server checks the envelope of each mutation on its own
 * (validateMutation), so that one bad mutation is rejected without refusing the batch.
 */
export const mutationSchema = z.strictObject({
  id: mutationIdSchema,
  entity: z.enum(ENTITIES),
  entityId: z.string(),
  op: z.enum(MUTATION_OPS),
  patch: z.record(z.string(), z.unknown()).nullable().optional(),
  base: z.record(z.string(), seqSchema).optional(),
  /** Informational only: ordering never uses client clocks. */
  clientTime: z.string().max(40).optional(),
  schemaVersion: z.int().optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

/** The push body; each mutation here is only required to carry its id. */
export const pushRequestSchema = z.strictObject({
  protocolVersion: z.int(),
  schemaVersion: z.int(),
  clientId: clientIdSchema,
  /** The epoch of the last pull; a different server epoch answers 410 ResetRequired. */
  dbEpoch: dbEpochSchema.optional(),
  appVersion: z.string().max(50).optional(),
  mutations: z.array(z.looseObject({ id: mutationIdSchema })).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const overwrittenSchema = z.record(
  z.string(),
  z.strictObject({ value: z.unknown(), seq: seqSchema, by: z.string().nullable() }),
);

const appliedResultSchema = z.strictObject({
  id: mutationIdSchema,
  status: z.literal('applied'),
  /** The row's new seq, or null when nothing changed (a delete of a missing row...). */
  seq: seqSchema.nullable(),
  overwritten: overwrittenSchema.optional(),
  /** The patch landed on a deleted row: stored, but the row stays deleted. */
  onTombstone: z.literal(true).optional(),
});
const rejectedResultSchema = z.strictObject({
  id: mutationIdSchema,
  status: z.literal('rejected'),
  code: z.enum(REJECTION_CODES),
  message: z.string(),
});
/** What the server answered the first time; `original` is null if it kept no record. */
const duplicateResultSchema = z.strictObject({
  id: mutationIdSchema,
  status: z.literal('duplicate'),
  original: z.discriminatedUnion('status', [appliedResultSchema, rejectedResultSchema]).nullable(),
});
export const pushResultSchema = z.discriminatedUnion('status', [
  appliedResultSchema,
  rejectedResultSchema,
  duplicateResultSchema,
]);
export type AppliedResult = z.infer<typeof appliedResultSchema>;
export type RejectedResult = z.infer<typeof rejectedResultSchema>;
export type StoredResult = AppliedResult | RejectedResult;
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.strictObject({
  protocolVersion: z.int(),
  schemaVersion: z.int(),
  lastMutationId: seqSchema,
  headSeq: seqSchema,
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** One changed row, at its latest seq. Deleted rows keep their data (undelete restores it). */
export const changeSchema = z.strictObject({
  entity: z.enum(ENTITIES),
  id: z.string(),
  seq: seqSchema,
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()),
  fieldSeq: z.record(z.string(), seqSchema),
  updatedBy: z.string().nullable(),
});
export type Change = z.infer<typeof changeSchema>;

/**
 * A write of the pulling client that someone else's later write replaced without having seen it
 * (its base was older): the precise "your change was replaced" notice. Reported once, in the page
 * whose seq range holds `seq`, and only for rows the pulling user may read.
 */
export const replacedWriteSchema = z.strictObject({
  /** The pulling client's mutation whose value was replaced. */
  mutationId: mutationIdSchema,
  entity: z.enum(ENTITIES),
  id: z.string(),
  /** The field replaced, or `deleted`. */
  field: z.string(),
  /** The value the pulling client had written. */
  yourValue: z.unknown(),
  /** The value that replaced it. */
  theirValue: z.unknown(),
  /** Who replaced it (a username). */
  by: z.string(),
  /** The seq of the replacing write. */
  seq: seqSchema,
});
export type ReplacedWrite = z.infer<typeof replacedWriteSchema>;

export const pullResponseSchema = z.strictObject({
  protocolVersion: z.int(),
  schemaVersion: z.int(),
  dbEpoch: dbEpochSchema,
  changes: z.array(changeSchema),
  /** Send as the next `since`. */
  cursor: seqSchema,
  hasMore: z.boolean(),
  headSeq: seqSchema,
  /** The requesting client's, read in the same snapshot as `changes`. */
  lastMutationId: seqSchema,
  /** Writes of the requesting client replaced unseen in this page's seq range; absent if none. */
  replaced: z.array(replacedWriteSchema).optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

const decimalSchema = (max: number) =>
  z
    .string()
    .regex(/^\d{1,16}$/, 'Not a non-negative integer')
    .transform(Number)
    .pipe(z.int().min(0).max(max));

/** The pull query string, as a record of its parameters. */
export const pullQuerySchema = z.strictObject({
  since: decimalSchema(Number.MAX_SAFE_INTEGER),
  limit: decimalSchema(MAX_PULL_LIMIT)
    .pipe(z.int().min(1))
    .optional()
    .transform((n) => n ?? DEFAULT_PULL_LIMIT),
  clientId: clientIdSchema,
  schemaVersion: decimalSchema(Number.MAX_SAFE_INTEGER),
  /** Required once the client has a cursor (since > 0). */
  dbEpoch: dbEpochSchema.optional(),
});

export const statusResponseSchema = z.strictObject({
  protocolVersion: z.int(),
  supportedSchemaVersions: z.array(z.int()),
  dbEpoch: dbEpochSchema,
  headSeq: seqSchema,
  serverTime: z.string(),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

export const signInRequestSchema = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1000),
});

/** Who is signed in, and what they may touch (GET /api/session). */
export const sessionUserSchema = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organizationId: entityIdSchema,
  schools: z.array(entityIdSchema),
  groups: z.array(entityIdSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.strictObject({
  user: sessionUserSchema,
  expiresAt: z.string(),
  /** Only in the sign-in answer: for `Authorization: Bearer`; browsers use the cookie. */
  token: z.string().optional(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** The data of an SSE `poke` event: the space's head, never what changed. */
export const pokeSchema = z.strictObject({ headSeq: seqSchema });
export type Poke = z.infer<typeof pokeSchema>;
