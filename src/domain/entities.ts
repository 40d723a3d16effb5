/**
 * The synced entities, each declared once: the table holding its rows on a device (key and
 * indexes), where a row belongs (for pulls and authorization), who may read and write it, and
 * which derived schedules a change of it touches. The browser database, the outbox, pull apply,
 * plan writes, the server's validation, authorization and pull filter all read this registry;
 * the zod schema of each row (sync/row-schemas.ts, kept out of the first load) is typed against
 * it. Adding an entity is one entry here and its schema there.
 */
import type {
  Group,
  Organization,
  Progress,
  School,
  SchoolAdjustment,
  SchoolYear,
  TaskTemplate,
  Theme,
} from './model';

/** Where a row belongs: what decides which school's users see it and who may change it. */
export type Belonging =
  /** The whole organization (no school). */
  | { readonly kind: 'organization' }
  /** A school row belongs to itself. */
  | { readonly kind: 'self' }
  /** The school named by a field of the row (a class: `schoolId`). */
  | { readonly kind: 'field'; readonly field: string }
  /** The school of the action its key names: its class's school, or the school itself. */
  | { readonly kind: 'action' };

/**
 * Who may write rows.
 * - plan: the coordinator; with `principalOwnSchool` also a principal, for rows that belong to
 *   their own schools before and after the change; `principalFields` lets a principal change
 *   just those fields of an existing row of their own school (a patch, never a create or delete).
 * - actionOwner: work on an action (its key is an action id): a class's actions are its teachers'
 *   and its school's principal's, a school's actions its principal's, the organization's actions
 *   the coordinator's.
 */
export type WriteRule<Field extends string = string> =
  | {
      readonly kind: 'plan';
      readonly principalOwnSchool: boolean;
      readonly principalFields: readonly Field[];
    }
  | { readonly kind: 'actionOwner' };

/** Who may read: everyone in the organization, or the users of the school the row belongs to. */
export type ReadRule = 'organization' | 'ownSchools';

/**
 * Which derived schedules a change of a row touches: none; those of every school year (a school's
 * grades decide its tasks); its own school year's (the calendar moved); the template's in every
 * year; or the class's in its year before and after the change.
 */
export type ScheduleImpact = 'none' | 'everyYear' | 'ownYear' | 'template' | 'group';

/** How a row names the organization it is in: by its key, by a field, or not at all. */
export type OrganizationRef =
  | { readonly kind: 'key' }
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'none' };

/** One entity's declaration. */
export interface EntityDeclaration<Row> {
  /** The browser table of its visible rows. */
  readonly table: string;
  /** The field holding the row's id. */
  readonly key: keyof Row & string;
  /** The format of that id: a plain entity id, or a derived action id (`parseActionId`). */
  readonly idFormat: 'entityId' | 'actionId';
  /** Secondary indexes of the browser table, in Dexie's syntax. */
  readonly indexes: readonly string[];
  /** The plan (coordinator's), or work recorded against an action. */
  readonly part: 'plan' | 'work';
  readonly belongs: Belonging;
  readonly organization: OrganizationRef;
  readonly read: ReadRule;
  readonly write: WriteRule<keyof Row & string>;
  readonly schedules: ScheduleImpact;
  /**
   * Fields the scheduler never reads (none when absent): a change of only these derives no
   * schedule again (a template's title edited, a school renamed).
   */
  readonly unscheduledFields?: readonly (keyof Row & string)[];
  /** Fields a device keeps for itself: never pushed, never in a pulled row. */
  readonly localFields: readonly (keyof Row & string)[];
  /**
   * Free text a user types (none when absent): no pupil data, so a value holding a personal
   * identity code is refused (validate-mutation.ts), on the device and on the server.
   */
  readonly freeText?: readonly (keyof Row & string)[];
  /** Rows nobody deletes (the organization itself: its space is where everything else is). */
  readonly neverDeleted?: true;
}

/** Declares an entity whose rows are `Row` (the type travels with the declaration). */
function entity<Row>() {
  return <const D extends EntityDeclaration<Row>>(declaration: D) =>
    declaration as D & { readonly rowType?: Row };
}

const ORGANIZATION_WIDE = { kind: 'organization' } as const;
const COORDINATOR_ONLY = { kind: 'plan', principalOwnSchool: false, principalFields: [] } as const;
const NO_ORGANIZATION = { kind: 'none' } as const;
/** A row of the school its `schoolId` names, written by the coordinator and its principal. */
const OF_SCHOOL = { kind: 'field', field: 'schoolId' } as const;
const PRINCIPAL_OWN_SCHOOL = {
  kind: 'plan',
  principalOwnSchool: true,
  principalFields: [],
} as const;

/** Every synced entity, in the order a first download needs them (the plan before its work). */
export const ENTITY_REGISTRY = {
  organization: entity<Organization>()({
    table: 'organizations',
    key: 'id',
    idFormat: 'entityId',
    indexes: [],
    part: 'plan',
    belongs: ORGANIZATION_WIDE,
    organization: { kind: 'key' },
    read: 'organization',
    write: COORDINATOR_ONLY,
    schedules: 'none',
    localFields: [],
    neverDeleted: true,
  }),
  school: entity<School>()({
    table: 'schools',
    key: 'id',
    idFormat: 'entityId',
    indexes: ['organizationId'],
    part: 'plan',
    belongs: { kind: 'self' },
    organization: { kind: 'field', field: 'organizationId' },
    read: 'organization',
    // A principal may say when their own school started tracking (a year adopted mid-way).
    write: { kind: 'plan', principalOwnSchool: false, principalFields: ['trackingFrom'] },
    schedules: 'everyYear',
    // Tracking decides what is overdue when a view asks, not where a task stands.
    unscheduledFields: ['name', 'trackingFrom'],
    localFields: [],
  }),
  schoolYear: entity<SchoolYear>()({
    table: 'schoolYears',
    key: 'id',
    idFormat: 'entityId',
    indexes: ['startYear'],
    part: 'plan',
    belongs: ORGANIZATION_WIDE,
    organization: { kind: 'field', field: 'organizationId' },
    read: 'organization',
    write: COORDINATOR_ONLY,
    schedules: 'ownYear',
    localFields: [],
  }),
  group: entity<Group>()({
    table: 'groups',
    key: 'id',
    idFormat: 'entityId',
    indexes: ['schoolYearId', 'schoolId'],
    part: 'plan',
    belongs: OF_SCHOOL,
    organization: NO_ORGANIZATION,
    read: 'organization',
    write: PRINCIPAL_OWN_SCHOOL,
    schedules: 'group',
    unscheduledFields: ['name'],
    localFields: [],
  }),
  theme: entity<Theme>()({
    table: 'themes',
    key: 'id',
    idFormat: 'entityId',
    indexes: [],
    part: 'plan',
    belongs: ORGANIZATION_WIDE,
    organization: NO_ORGANIZATION,
    read: 'organization',
    write: COORDINATOR_ONLY,
    schedules: 'none',
    localFields: [],
  }),
  template: entity<TaskTemplate>()({
    table: 'templates',
    key: 'id',
    idFormat: 'entityId',
    indexes: [],
    part: 'plan',
    belongs: ORGANIZATION_WIDE,
    organization: NO_ORGANIZATION,
    read: 'organization',
    write: COORDINATOR_ONLY,
    schedules: 'template',
    unscheduledFields: ['title', 'description', 'responsible', 'materials'],
    localFields: [],
  }),
  adjustment: entity<SchoolAdjustment>()({
    table: 'adjustments',
    key: 'id',
    idFormat: 'entityId',
    indexes: ['schoolId'],
    part: 'plan',
    belongs: OF_SCHOOL,
    organization: NO_ORGANIZATION,
    read: 'organization',
    // The coordinator, and the principal of the school for their own school.
    write: PRINCIPAL_OWN_SCHOOL,
    // The school's classes and its own actions, in every year (an adjustment carries over).
    schedules: 'everyYear',
    localFields: [],
  }),
  progress: entity<Progress>()({
    table: 'progress',
    key: 'actionId',
    idFormat: 'actionId',
    indexes: [],
    part: 'work',
    belongs: { kind: 'action' },
    organization: NO_ORGANIZATION,
    read: 'ownSchools',
    write: { kind: 'actionOwner' },
    schedules: 'none',
    // When this device last changed it: its own metadata, ordering never uses it.
    localFields: ['updatedAt'],
    freeText: ['note'],
  }),
} as const;

export type Entity = keyof typeof ENTITY_REGISTRY;
/** The row type of an entity's table (local fields included). */
export type RowOf<E extends Entity> = NonNullable<(typeof ENTITY_REGISTRY)[E]['rowType']>;
/** The key field of an entity. */
export type KeyFieldOf<E extends Entity> = (typeof ENTITY_REGISTRY)[E]['key'];
/** The type of an entity's key (an id type). */
export type KeyOf<E extends Entity> = RowOf<E>[KeyFieldOf<E> & keyof RowOf<E>];
/** The browser table name of an entity. */
export type TableOf<E extends Entity> = (typeof ENTITY_REGISTRY)[E]['table'];
/** A row as it syncs: the table's row without the device's local fields. */
export type SyncedRowOf<E extends Entity> = Omit<
  RowOf<E>,
  (typeof ENTITY_REGISTRY)[E]['localFields'][number]
>;

/** Every entity name, in registry order. */
export const ENTITIES = Object.keys(ENTITY_REGISTRY) as readonly Entity[];

/** The entities of the plan (everything but work recorded against actions). */
export type PlanEntity = {
  [E in Entity]: (typeof ENTITY_REGISTRY)[E]['part'] extends 'plan' ? E : never;
}[Entity];

/** The entities only the users of a row's own school read (the server's pull filter). */
export const SCHOOL_READ_ENTITIES = ENTITIES.filter(
  (e) => ENTITY_REGISTRY[e].read === 'ownSchools',
);

/** A record with one value per entity, computed by `valueOf`. */
export function mapEntities<T>(valueOf: <E extends Entity>(entity: E) => T): Record<Entity, T> {
  // Object.fromEntries loses the key type; ENTITIES lists every key, so the record is complete.
  return Object.fromEntries(ENTITIES.map((e) => [e, valueOf(e)])) as Record<Entity, T>;
}

/** The pseudo-field that a server row's `fieldSeq` and a mutation's `base` use for its deleted flag. */
export const DELETED_FIELD = 'deleted';

/** Whether `s` names a synced entity. */
export function isEntity(s: string): s is Entity {
  return Object.hasOwn(ENTITY_REGISTRY, s);
}

/** The free-text fields of an entity (checked for personal data). */
export function freeTextFields(entity: Entity): readonly string[] {
  const declaration = ENTITY_REGISTRY[entity];
  return 'freeText' in declaration ? declaration.freeText : [];
}

/** The fields of an entity that the scheduler never reads (see unscheduledFields). */
export function unscheduledFields(entity: Entity): readonly string[] {
  const declaration = ENTITY_REGISTRY[entity];
  return 'unscheduledFields' in declaration ? declaration.unscheduledFields : [];
}

/** The field holding a row's id. */
export function keyField<E extends Entity>(entity: E): KeyFieldOf<E> {
  return ENTITY_REGISTRY[entity].key;
}
