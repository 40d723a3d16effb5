/**
 * Every version of the browser database's layout as it shipped, for a database stored at an
 * older one (open-database.ts) and the migration tests, which write a database at each. Shipped
 * versions are never edited; a change adds a new version with an upgrade and a migration test
 * (STYLE.md 7). The current layout is declared by the entity registry (database.ts).
 */

/** Version 1 of the schema, as shipped. */
export const SCHEMA_V1 = {
  // The plan (synced, edited by the coordinator).
  organizations: 'id',
  schools: 'id, organizationId',
  schoolYears: 'id, startYear',
  groups: 'id, schoolYearId, schoolId',
  themes: 'id',
  templates: 'id',
  // Derived from the plan; every index costs write time, so only those the reads need.
  actions: 'id, groupId, templateId, [schoolYearId+scope], [schoolId+scope]',
  problems: 'id, schoolYearId, templateId',
  // Synced ticks, keyed by the deterministic action id.
  progress: 'actionId',
  // Sync bookkeeping and local settings.
  outbox: 'mutationId, [entity+entityId], status',
  meta: 'key',
} as const;

/**
 * Version 2: what the sync engine needs (SYNC-NOTES §8.4). Only new or changed tables are listed;
 * the others keep their version 1 definition.
 */
export const SCHEMA_V2 = {
  // The last known server row per entity and id (RxDB's "assumed master"): the base that the
  // visible rows are recomputed from, with the outbox applied on top.
  serverRows: '[entity+id]',
  // Overwritten and rejected changes, for the UI. `seen` is 0 or 1: IndexedDB cannot index
  // booleans.
  conflicts: 'id, seen, at',
} as const;

/**
 * Version 3: derived actions stored per schedule (DESIGN.md §2), one record per class, school and
 * the organization in each school year instead of one indexed row per action, and the problems
 * of each year as one record. The upgrade derives them from the plan tables (upgrade-v3.ts).
 * From version 3 on, a visible row may carry the server copy embedded (server-copy.ts); that is
 * a change of what rows hold, not of the stores, so it needs no store change.
 */
export const SCHEMA_V3 = {
  actions: null,
  problems: null,
  schedules: 'id, schoolYearId',
  scheduleProblems: 'schoolYearId',
} as const;

/**
 * Version 4: the schools' adjustments of the municipal plan (a task moved or switched off for one
 * school), as their registry entry declares them (entities.ts). A new, empty table: every row of
 * version 3 stays as it was.
 */
export const SCHEMA_V4 = {
  adjustments: 'id, schoolId',
} as const;
