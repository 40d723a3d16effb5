/**
 * Who may change school years: the coordinator (COORDINATOR_ONLY in entities.ts, enforced by the
 * server), and anyone in local mode, where everything on the device is the user's.
 */
import type { SessionUser } from '@/domain/sync/protocol';

export function mayEditSchoolYears(user: SessionUser | null): boolean {
  return user === null || user.role === 'coordinator';
}
