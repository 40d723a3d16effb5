/**
 * First-run content of a real municipality's database (`SEED=none`): one organization row and
 * nothing else. The coordinator sets up schools, classes and the school year in the app; the
 * first admin account is made with `npm run admin -- create-user --role admin`.
 */
import type { Stores } from './storage';

/**
 * On a database that has never been set up: writes the organization `id` named `name` and marks
 * setup done; returns whether it did. A database already set up (demo or not) is left alone.
 */
export async function seedEmptyIfNew(
  { sync }: Pick<Stores, 'sync'>,
  organization: { readonly id: string; readonly name: string },
  now: number,
): Promise<boolean> {
  if (await sync.isInitialized()) return false;
  if ((await sync.readRow(organization.id, 'organization', organization.id)) === null) {
    await sync.seedRows(
      organization.id,
      [{ entity: 'organization', data: { id: organization.id, name: organization.name } }],
      'system',
      now,
    );
  }
  await sync.markInitialized();
  return true;
}
