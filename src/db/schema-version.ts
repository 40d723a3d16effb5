/**
 * The Dexie schema version this code writes. A shipped version is never edited: a change adds a
 * new `db.version(n)` with an upgrade function and a migration test (STYLE.md 7).
 */
export const SCHEMA_VERSION = 1;
