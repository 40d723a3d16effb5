/**
 * POST /api/rollover/accounts: after a roll-over, every account of the caller's organization
 * that has one of the old classes gets its new class too (domain/rollover/repoint-classes.ts).
 * For the coordinator and the admin only; a malformed body or another role is refused before
 * anything is written. Each account's scope is replaced in its own transaction through the
 * account store (which also makes its clients download again); a request repeated after a
 * failure half-way adds only what is missing.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { repointedClasses, repointRequestSchema } from '@/domain/rollover/repoint-classes';
import type { Auth } from './auth';
import { HttpError, readJson, sendJson } from './http-util';
import type { AccountStore } from './storage';

/** A city's mapping (a few thousand pairs of ids) fits with room to spare. */
const REPOINT_BODY_LIMIT = 2 * 1024 * 1024;

export const REPOINT_ROLES = ['coordinator', 'admin'] as const;

export class RolloverRoutes {
  constructor(
    private readonly auth: Auth,
    private readonly accounts: AccountStore,
  ) {}

  async repointAccounts(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = await this.auth.authenticate(req);
    const caller = session.account;
    if (!(REPOINT_ROLES as readonly string[]).includes(caller.role)) {
      throw new HttpError(403, 'Forbidden', 'Only a coordinator or an admin may do this');
    }
    const parsed = repointRequestSchema.safeParse(await readJson(req, REPOINT_BODY_LIMIT));
    if (!parsed.success) {
      throw new HttpError(400, 'BadRequest', 'Send {"mapping": [{"from": ..., "to": ...}]}');
    }
    const byOld = new Map(parsed.data.mapping.map((m) => [m.from, m.to]));
    let updated = 0;
    for (const account of await this.accounts.listAccounts()) {
      if (account.organizationId !== caller.organizationId) continue;
      const groups = repointedClasses(account.groups, byOld);
      if (groups === null) continue;
      await this.accounts.setAccountScope(account.username, { schools: account.schools, groups });
      updated += 1;
    }
    sendJson(req, res, 200, { updated });
  }
}
