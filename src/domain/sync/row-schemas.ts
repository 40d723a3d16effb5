/**
 * The synced rows on the wire, one strict zod schema per entity, built from model.ts's types:
 * unknown fields are refused, every string and list has a bound. One schema serves the server
 * (validating pushes) and the client (validating pulls).
 */
import { z } from 'zod';
import { parseLocalDate } from '../local-date';
import {
  BREAK_KINDS,
  BREAK_SHIFTS,
  GRADES,
  LANGUAGES,
  PROGRESS_STATES,
  RATINGS,
  RESPONSIBLE_ROLES,
  SCOPES,
  type Group,
  type Organization,
  type School,
  type SchoolYear,
  type TaskTemplate,
  type Theme,
  type SchoolAdjustment,
  ADJUSTMENT_KINDS,
} from '../model';
import { mapEntities, type Entity, type SyncedRowOf } from '../entities';
import { MONTH_PARTS, TERMS } from '../timing-rule';
import { actionIdSchema, entityIdSchema } from './sync-ids';

/** Longest name of an organization, school, class or theme. */
export const NAME_MAX_LENGTH = 200;
/** Longest task title. */
export const TITLE_MAX_LENGTH = 300;
/** Longest task description. */
export const DESCRIPTION_MAX_LENGTH = 5000;
/** Longest progress note (src/db/progress-writes.ts). */
export const NOTE_MAX_LENGTH = 500;
/** Longest display name of whoever marked progress (src/db/meta.ts). */
export const BY_MAX_LENGTH = 80;
/** Longest materials link. */
export const URL_MAX_LENGTH = 2000;

/**
 * The model type as JSON carries it: brands and literal unions widen to their base type, so a
 * schema's shape can be checked against the model without casts.
 */
type Wire<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends null
        ? null
        : T extends readonly (infer U)[]
          ? readonly Wire<U>[]
          : T extends object
            ? { readonly [K in keyof T]: Wire<T[K]> }
            : T;

/** A strict object schema whose fields are exactly the model type's, each of a matching type. */
function rowSchema<T>() {
  return <S extends { [K in keyof T]-?: z.ZodType<Wire<T[K]>> }>(
    shape: S & Record<Exclude<keyof S, keyof T>, never>,
  ) => z.strictObject(shape);
}

const localDateSchema = z
  .string()
  .max(10)
  .refine((s) => parseLocalDate(s) !== null, 'Not a YYYY-MM-DD calendar day');
const nameSchema = z
  .string()
  .max(NAME_MAX_LENGTH)
  .refine((s) => s.trim().length > 0, 'Blank name');
const gradeSchema = z.union(GRADES.map((g) => z.literal(g)));
const gradesSchema = z
  .array(gradeSchema)
  .max(GRADES.length)
  .refine((gs) => new Set(gs).size === gs.length, 'Repeated grade');

function localizedSchema(max: number) {
  const text = z.string().max(max);
  return z.strictObject(
    Object.fromEntries(LANGUAGES.map((l) => [l, text])) as Record<
      (typeof LANGUAGES)[number],
      typeof text
    >,
  );
}

const monthSchema = z.int().min(1).max(12);
const monthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Not an MM-DD day');
const anchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('termStart'), term: z.enum(TERMS) }),
  z.strictObject({ kind: z.literal('termEnd'), term: z.enum(TERMS) }),
  z.strictObject({ kind: z.literal('breakStart'), breakKind: z.enum(BREAK_KINDS) }),
  z.strictObject({ kind: z.literal('breakEnd'), breakKind: z.enum(BREAK_KINDS) }),
]);

/** Every timing rule but everyNthYear. */
const simpleRules = [
  z.strictObject({ kind: z.literal('month'), month: monthSchema, part: z.enum(MONTH_PARTS) }),
  z.strictObject({ kind: z.literal('isoWeek'), week: z.int().min(1).max(53) }),
  z.strictObject({ kind: z.literal('schoolWeek'), term: z.enum(TERMS), n: z.int().min(1).max(30) }),
  z.strictObject({
    kind: z.literal('relative'),
    anchor: anchorSchema,
    offsetSchoolDays: z.int().min(-200).max(200),
    lengthSchoolDays: z.int().min(1).max(200),
  }),
  z.strictObject({ kind: z.literal('dateRange'), start: monthDaySchema, end: monthDaySchema }),
  z.strictObject({
    kind: z.literal('everyMonth'),
    months: z.array(monthSchema).max(12),
    part: z.enum(MONTH_PARTS),
  }),
] as const;

/**
 * A TimingRule. everyNthYear wraps one of the other rules, never another everyNthYear: nesting
 * would mean nothing more and would let a hostile body nest without bound.
 */
export const timingRuleSchema = z.discriminatedUnion('kind', [
  ...simpleRules,
  z
    .strictObject({
      kind: z.literal('everyNthYear'),
      every: z.int().min(1).max(10),
      remainder: z.int().min(0).max(9),
      rule: z.discriminatedUnion('kind', simpleRules),
    })
    .refine((r) => r.remainder < r.every, 'remainder must be below every'),
]);

const organizationSchema = rowSchema<Organization>()({
  id: entityIdSchema,
  name: nameSchema,
});

const schoolSchema = rowSchema<School>()({
  id: entityIdSchema,
  organizationId: entityIdSchema,
  name: nameSchema,
  grades: gradesSchema,
  trackingFrom: localDateSchema.nullable().optional(),
});

const schoolYearSchema = rowSchema<SchoolYear>()({
  id: entityIdSchema,
  organizationId: entityIdSchema,
  startYear: z.int().min(2000).max(2200),
  firstDay: localDateSchema,
  lastDay: localDateSchema,
  breaks: z
    .array(
      z.strictObject({ kind: z.enum(BREAK_KINDS), start: localDateSchema, end: localDateSchema }),
    )
    .max(20),
  extraDaysOff: z.array(localDateSchema).max(100),
  extraSchoolDays: z.array(localDateSchema).max(100),
});

const groupSchema = rowSchema<Group>()({
  id: entityIdSchema,
  schoolId: entityIdSchema,
  schoolYearId: entityIdSchema,
  name: nameSchema,
  grades: gradesSchema.refine((gs) => gs.length > 0, 'A class has at least one grade'),
});

const themeSchema = rowSchema<Theme>()({
  id: entityIdSchema,
  name: localizedSchema(NAME_MAX_LENGTH),
  // Hex only: the colour goes into CSS, so nothing that could close a declaration.
  color: z
    .string()
    .regex(/^#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/, 'Not a hex colour'),
  order: z.int().min(0).max(10_000).optional(),
});

const templateSchema = rowSchema<TaskTemplate>()({
  id: entityIdSchema,
  title: localizedSchema(TITLE_MAX_LENGTH),
  description: localizedSchema(DESCRIPTION_MAX_LENGTH),
  themeId: entityIdSchema.nullable(),
  grades: gradesSchema,
  scope: z.enum(SCOPES),
  responsible: z
    .array(z.enum(RESPONSIBLE_ROLES))
    .max(RESPONSIBLE_ROLES.length)
    .refine((rs) => new Set(rs).size === rs.length, 'Repeated role'),
  timing: timingRuleSchema,
  materials: z
    .array(
      z.strictObject({
        label: z.string().max(NAME_MAX_LENGTH),
        url: z.url({ protocol: /^https?$/ }).max(URL_MAX_LENGTH),
      }),
    )
    .max(30),
  // Optional: rows written before the field existed stay valid and move 'after'.
  breakShift: z.enum(BREAK_SHIFTS).optional(),
  retiredFrom: z.int().min(2000).max(2200).nullable().optional(),
});

/** Progress as synced: `updatedAt` is the device's own metadata and stays local. */
export type SyncedProgress = SyncedRowOf<'progress'>;

const progressSchema = rowSchema<SyncedProgress>()({
  actionId: actionIdSchema,
  state: z.enum(PROGRESS_STATES),
  day: localDateSchema.nullable(),
  by: z.string().max(BY_MAX_LENGTH),
  note: z.string().max(NOTE_MAX_LENGTH),
  // Optional: records written before ratings existed stay valid.
  rating: z.enum(RATINGS).nullable().optional(),
});

const adjustmentSchema = rowSchema<SchoolAdjustment>()({
  id: entityIdSchema,
  schoolId: entityIdSchema,
  templateId: entityIdSchema,
  kind: z.enum(ADJUSTMENT_KINDS),
  timing: timingRuleSchema.nullable(),
});

/** The full-row schema of each entity (a create carries a whole row), local fields left out. */
export const ROW_SCHEMAS = {
  organization: organizationSchema,
  school: schoolSchema,
  schoolYear: schoolYearSchema,
  group: groupSchema,
  theme: themeSchema,
  template: templateSchema,
  adjustment: adjustmentSchema.refine(
    (a) => (a.kind === 'move') === (a.timing !== null),
    'A moved task has a timing, a switched-off one none',
  ),
  progress: progressSchema,
} as const satisfies { readonly [E in Entity]: z.ZodType<Wire<SyncedRowOf<E>>> };

/** The partial-row schema of each entity (a patch carries only the changed fields). */
export const PATCH_SCHEMAS = {
  organization: organizationSchema.partial(),
  school: schoolSchema.partial(),
  schoolYear: schoolYearSchema.partial(),
  group: groupSchema.partial(),
  theme: themeSchema.partial(),
  template: templateSchema.partial(),
  adjustment: adjustmentSchema.partial(),
  progress: progressSchema.partial(),
} as const satisfies Record<Entity, z.ZodObject>;

/** The synced fields of each entity, key field included. */
export const ENTITY_FIELDS: Readonly<Record<Entity, readonly string[]>> = mapEntities((e) =>
  Object.keys(ROW_SCHEMAS[e].shape),
);

/**
 * Fields only the server writes (row metadata), and `updatedAt`, the device's own clock: a
 * mutation that sets any of them is rejected rather than silently stripped.
 */
export const SERVER_ONLY_FIELDS = ['seq', 'fieldSeq', 'updatedBy', 'deleted', 'updatedAt'] as const;
