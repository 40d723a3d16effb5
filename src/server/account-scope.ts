/**
 * An account's schools and classes checked against the organization's plan, for the admin
 * command and the accounts API alike: every class and school exists, a class brings its school,
 * a teacher has a class, a principal a school, and a coordinator or admin neither.
 */
import type { Role } from '@/domain/sync/protocol';
import type { SyncStore } from './storage';

export type ScopeCheck =
  | { readonly ok: true; readonly schools: string[]; readonly groups: string[] }
  | { readonly ok: false; readonly message: string };

export async function resolveScope(
  sync: SyncStore,
  organizationId: string,
  role: Role,
  schoolIds: readonly string[],
  groupIds: readonly string[],
): Promise<ScopeCheck> {
  const fail = (message: string): ScopeCheck => ({ ok: false, message });
  const schools = new Set(schoolIds);
  const groups = [...new Set(groupIds)];
  for (const g of groups) {
    const row = await sync.readRow(organizationId, 'group', g);
    if (row === null || row.deleted) return fail(`No class ${g} in ${organizationId}`);
    schools.add(String(row.data['schoolId']));
  }
  for (const s of schools) {
    const row = await sync.readRow(organizationId, 'school', s);
    if (row === null || row.deleted) return fail(`No school ${s} in ${organizationId}`);
  }
  if (role === 'teacher' && groups.length === 0) return fail('A teacher needs at least one class');
  if (role === 'principal' && schools.size === 0)
    return fail('A principal needs at least one school');
  if ((role === 'coordinator' || role === 'admin') && (schools.size > 0 || groups.length > 0)) {
    return fail(`A ${role} covers the whole organization: no school or class`);
  }
  return { ok: true, schools: [...schools], groups };
}
