/**
 * What the app's start reads before its first render, in one read: whether this is the first run
 * (no organization yet), the language chosen and who acts. Through Dexie's tables, or a plain
 * transaction's on a returning device (raw-read.ts).
 */
import type { MetaValues } from './meta';
import type { ReadTables } from './raw-read';
import type { TableName } from './tx-tables';

/** Who acts, from meta: the connected account (null in local mode) and the local role. */
export interface Acting {
  readonly user: MetaValues['sessionUser'] | null;
  readonly localRole: MetaValues['localRole'] | null;
}

export interface AppStart {
  readonly organizations: number;
  /** The language stored (unchecked: the caller keeps it only if it is one of the languages). */
  readonly language: unknown;
  readonly acting: Acting;
}

export const APP_START_TABLES = ['organizations', 'meta'] as const satisfies readonly TableName[];

/** The meta rows who acts is read from. */
export const ACTING_KEYS = ['sessionUser', 'localRole'] as const;

/** Who acts, from its meta rows (ACTING_KEYS, in that order). */
export function actingOf([user, localRole]: readonly ({ value: unknown } | undefined)[]): Acting {
  // Each row is stored under its key by a typed writer (meta.ts).
  return {
    user: (user?.value as MetaValues['sessionUser'] | undefined) ?? null,
    localRole: (localRole?.value as MetaValues['localRole'] | undefined) ?? null,
  };
}

/** The app's start in `t`'s transaction (which holds APP_START_TABLES). */
export async function readAppStart(t: ReadTables): Promise<AppStart> {
  const [organizations, [language, ...acting]] = await Promise.all([
    t.organizations.count(),
    t.meta.bulkGet(['language', ...ACTING_KEYS]),
  ]);
  return { organizations, language: language?.value, acting: actingOf(acting) };
}
