/**
 * The Dexie schema version this code writes (the storage layout). A shipped version is never
 * edited: a change adds a new `db.version(n)` with an upgrade function and a migration test
 * (STYLE.md 7).
 */
export const SCHEMA_VERSION = 4;

/**
 * The version of the synced row shapes: what outbox patches are written in and what a push
 * declares as its `schemaVersion`. It moves only when a synced row's fields change, not with the
 * storage layout; the server lists the versions it accepts (SUPPORTED_SCHEMA_VERSIONS in
 * src/domain/sync/protocol.ts).
 */
export const ROW_SCHEMA_VERSION = 1;
