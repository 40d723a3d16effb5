/**
 * Whether the user may change the library and themes: by the same rule the server applies
 * (entities.ts: coordinator only). In local mode (no account) the device's plan is the user's.
 */
import { templateId } from '@/domain/ids';
import { authorizeWrite } from '@/domain/sync/authorize';
import type { SessionUser } from '@/domain/sync/protocol';

export function mayEditLibrary(user: SessionUser | null): boolean {
  if (user === null) return true;
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'template',
      entityId: templateId('tpl-probe'),
      op: 'create',
      before: null,
      after: { id: 'tpl-probe' },
    },
    () => null,
  ).ok;
}
