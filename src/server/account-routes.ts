/**
 * The accounts API (/api/accounts) and the plan history (/api/plan-history), authorized here:
 * - admin: the organization's accounts (list, create, disable and enable, reset a password, set
 *   schools and classes) and the whole plan history;
 * - principal: the teachers of own schools, and which of an own school's classes each has; the
 *   history of own schools' rows;
 * - coordinator: the plan history; teacher: nothing here.
 * Every refusal comes before any write, so a refused request changes nothing. Accounts of another
 * organization answer 404, as missing ones do.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  setClassesRequestSchema,
  setDisabledRequestSchema,
  setScopeRequestSchema,
  type AccountChanged,
  type AccountList,
  type AccountView,
} from '@/domain/sync/account-api';
import {
  planHistoryQuerySchema,
  type PlanHistoryEntry,
  type PlanHistoryPage,
} from '@/domain/sync/plan-history-api';
import { keyField } from '@/domain/entities';
import { valuesBefore } from '@/domain/sync/history-before';
import type { Fields } from '@/domain/sync/merge';
import type { Role } from '@/domain/sync/protocol';
import { resolveScope } from './account-scope';
import type { Auth } from './auth';
import { HttpError, parseWith, readJson, sendJson } from './http-util';
import { hashPassword } from './passwords';
import { AccountExistsError, type Account, type PlanHistoryRecord, type Stores } from './storage';

/** An account request is small; anything larger is not one. */
const BODY_LIMIT = 64 * 1024;

export interface AccountRouteDeps extends Stores {
  readonly auth: Auth;
  readonly now: () => number;
  readonly passwordCost: number;
}

const ACCOUNT_PATH = /^\/api\/accounts\/([^/]+)\/(disabled|password|scope|classes)$/;

function forbidden(message = 'This account cannot do that'): HttpError {
  return new HttpError(403, 'Forbidden', message);
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, 'MethodNotAllowed', `Use ${allow}`, {}, { Allow: allow });
}

export function accountView(account: Account): AccountView {
  return {
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    schools: [...account.schools],
    groups: [...account.groups],
    disabled: account.disabled,
    createdAt: new Date(account.createdAt).toISOString(),
  };
}

/** A password for an account whose admin gave none: 16 characters of base64url. */
function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export class AccountRoutes {
  constructor(private readonly deps: AccountRouteDeps) {}

  /** Answers `url` when it is one of these endpoints; false when it is not. */
  async route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const method = req.method ?? 'GET';
    if (url.pathname === '/api/plan-history') {
      if (method !== 'GET') throw methodNotAllowed('GET');
      await this.planHistory(req, res, url.searchParams);
      return true;
    }
    if (url.pathname === '/api/accounts') {
      if (method === 'GET') await this.list(req, res);
      else if (method === 'POST') await this.create(req, res);
      else throw methodNotAllowed('GET, POST');
      return true;
    }
    const match = ACCOUNT_PATH.exec(url.pathname);
    if (!match) return false;
    const [, rawName, action] = match as unknown as [string, string, string];
    let username: string;
    try {
      username = decodeURIComponent(rawName);
    } catch {
      throw new HttpError(404, 'NotFound', 'No such account');
    }
    const expected = action === 'password' ? 'POST' : 'PUT';
    if (method !== expected) throw methodNotAllowed(expected);
    switch (action) {
      case 'disabled':
        await this.setDisabled(req, res, username);
        break;
      case 'password':
        await this.resetPassword(req, res, username);
        break;
      case 'scope':
        await this.setScope(req, res, username);
        break;
      default:
        await this.setClasses(req, res, username);
    }
    return true;
  }

  /** The caller, when their role is one of `roles`; 401 or 403 otherwise. */
  private async caller(req: IncomingMessage, roles: readonly Role[]): Promise<Account> {
    const { account } = await this.deps.auth.authenticate(req);
    if (!roles.includes(account.role)) throw forbidden();
    return account;
  }

  /** The account `username` of the caller's organization; 404 otherwise. */
  private async target(caller: Account, username: string): Promise<Account> {
    const account = await this.deps.accounts.findAccount(username);
    if (account === null || account.organizationId !== caller.organizationId) {
      throw new HttpError(404, 'NotFound', 'No such account');
    }
    return account;
  }

  private async list(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const caller = await this.caller(req, ['admin', 'principal']);
    const org = caller.organizationId;
    const all = (await this.deps.accounts.listAccounts()).filter((a) => a.organizationId === org);
    const { sync } = this.deps;
    const [schoolRows, groupRows, yearRows] = await Promise.all([
      sync.liveRows(org, 'school'),
      sync.liveRows(org, 'group'),
      sync.liveRows(org, 'schoolYear'),
    ]);
    const own = (schoolId: unknown) =>
      caller.role === 'admin' || caller.schools.includes(String(schoolId));
    const accounts =
      caller.role === 'admin'
        ? all
        : all.filter((a) => a.role === 'teacher' && a.schools.some((s) => own(s)));
    const body: AccountList = {
      accounts: accounts.map(accountView),
      schools: schoolRows
        .filter((s) => own(s['id']))
        .map((s) => ({ id: String(s['id']), name: String(s['name']) })),
      groups: groupRows
        .filter((g) => own(g['schoolId']))
        .map((g) => ({
          id: String(g['id']),
          name: String(g['name']),
          schoolId: String(g['schoolId']),
          schoolYearId: String(g['schoolYearId']),
          grades: (g['grades'] as number[]) ?? [],
        })),
      schoolYears: yearRows.map((y) => ({
        id: String(y['id']),
        startYear: Number(y['startYear']),
        firstDay: String(y['firstDay']),
        lastDay: String(y['lastDay']),
      })),
    };
    sendJson(req, res, 200, body);
  }

  private async checkedScope(
    organizationId: string,
    role: Role,
    schools: readonly string[],
    groups: readonly string[],
  ) {
    const scope = await resolveScope(this.deps.sync, organizationId, role, schools, groups);
    if (!scope.ok) throw new HttpError(400, 'InvalidScope', scope.message);
    return scope;
  }

  private async create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const caller = await this.caller(req, ['admin']);
    const input = parseWith(createAccountRequestSchema, await readJson(req, BODY_LIMIT));
    const scope = await this.checkedScope(
      caller.organizationId,
      input.role,
      input.schools,
      input.groups,
    );
    const password = input.password ?? generatePassword();
    let account: Account;
    try {
      account = await this.deps.accounts.createAccount(
        {
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          organizationId: caller.organizationId,
          schools: scope.schools,
          groups: scope.groups,
          passwordHash: await hashPassword(password, this.deps.passwordCost),
        },
        this.deps.now(),
      );
    } catch (error) {
      if (error instanceof AccountExistsError) {
        throw new HttpError(409, 'AccountExists', `An account named ${input.username} exists`);
      }
      throw error;
    }
    const body: AccountChanged = {
      account: accountView(account),
      ...(input.password === undefined && { password }),
    };
    sendJson(req, res, 201, body);
  }

  private async setDisabled(
    req: IncomingMessage,
    res: ServerResponse,
    username: string,
  ): Promise<void> {
    const caller = await this.caller(req, ['admin']);
    const { disabled } = parseWith(setDisabledRequestSchema, await readJson(req, BODY_LIMIT));
    const target = await this.target(caller, username);
    if (target.id === caller.id) {
      throw new HttpError(400, 'OwnAccount', 'An admin cannot disable their own account');
    }
    await this.deps.accounts.setAccountDisabled(target.username, disabled);
    await this.answerAccount(req, res, target.username);
  }

  private async resetPassword(
    req: IncomingMessage,
    res: ServerResponse,
    username: string,
  ): Promise<void> {
    const caller = await this.caller(req, ['admin']);
    const input = parseWith(resetPasswordRequestSchema, await readJson(req, BODY_LIMIT));
    const target = await this.target(caller, username);
    const password = input.password ?? generatePassword();
    await this.deps.accounts.setPasswordHash(
      target.username,
      await hashPassword(password, this.deps.passwordCost),
    );
    await this.answerAccount(req, res, target.username, input.password ? undefined : password);
  }

  private async setScope(
    req: IncomingMessage,
    res: ServerResponse,
    username: string,
  ): Promise<void> {
    const caller = await this.caller(req, ['admin']);
    const input = parseWith(setScopeRequestSchema, await readJson(req, BODY_LIMIT));
    const target = await this.target(caller, username);
    const scope = await this.checkedScope(
      target.organizationId,
      target.role,
      input.schools,
      input.groups,
    );
    await this.deps.accounts.setAccountScope(target.username, scope);
    await this.answerAccount(req, res, target.username);
  }

  /**
   * A teacher's classes in one school (of one school year): the principal of that school or an
   * admin sets them; the teacher's classes elsewhere stay.
   */
  private async setClasses(
    req: IncomingMessage,
    res: ServerResponse,
    username: string,
  ): Promise<void> {
    const caller = await this.caller(req, ['admin', 'principal']);
    const input = parseWith(setClassesRequestSchema, await readJson(req, BODY_LIMIT));
    const target = await this.target(caller, username);
    const org = caller.organizationId;
    if (caller.role === 'principal') {
      if (!caller.schools.includes(input.schoolId)) throw forbidden('Not one of your schools');
      if (target.role !== 'teacher' || !target.schools.some((s) => caller.schools.includes(s))) {
        throw forbidden('Not a teacher of your schools');
      }
    } else if (target.role !== 'teacher') {
      throw new HttpError(400, 'InvalidScope', 'Classes are handed to teachers');
    }
    const school = await this.deps.sync.readRow(org, 'school', input.schoolId);
    if (school === null || school.deleted) {
      throw new HttpError(400, 'InvalidScope', `No school ${input.schoolId} in ${org}`);
    }
    const inScope = (row: Fields) =>
      row['schoolId'] === input.schoolId &&
      (input.schoolYearId === undefined || row['schoolYearId'] === input.schoolYearId);
    for (const g of input.groups) {
      const row = await this.deps.sync.readRow(org, 'group', g);
      if (row === null || row.deleted) throw new HttpError(400, 'InvalidScope', `No class ${g}`);
      if (!inScope(row.data)) {
        throw new HttpError(400, 'InvalidScope', `The class ${g} is not one of that school's`);
      }
    }
    // The teacher's other classes stay: those of other schools or years (and any no longer in
    // the plan are dropped, as they could not be checked).
    const kept: string[] = [];
    for (const g of target.groups) {
      const row = await this.deps.sync.readRow(org, 'group', g);
      if (row !== null && !row.deleted && !inScope(row.data)) kept.push(g);
    }
    const scope = await this.checkedScope(
      org,
      target.role,
      [...target.schools, input.schoolId],
      [...kept, ...input.groups],
    );
    await this.deps.accounts.setAccountScope(target.username, scope);
    await this.answerAccount(req, res, target.username);
  }

  private async answerAccount(
    req: IncomingMessage,
    res: ServerResponse,
    username: string,
    password?: string,
  ): Promise<void> {
    const account = await this.deps.accounts.findAccount(username);
    if (account === null) throw new HttpError(404, 'NotFound', 'No such account');
    const body: AccountChanged = {
      account: accountView(account),
      ...(password !== undefined && { password }),
    };
    sendJson(req, res, 200, body);
  }

  private async planHistory(
    req: IncomingMessage,
    res: ServerResponse,
    params: URLSearchParams,
  ): Promise<void> {
    const caller = await this.caller(req, ['admin', 'coordinator', 'principal']);
    const query = parseWith(planHistoryQuerySchema, Object.fromEntries(params));
    const limit = query.limit;
    const records = await this.deps.sync.planHistory({
      space: caller.organizationId,
      ...(query.entity !== undefined && { entity: query.entity }),
      ...(query.entityId !== undefined && { entityId: query.entityId }),
      ...(query.account !== undefined && { username: query.account }),
      ...(query.from !== undefined && { fromMs: Date.parse(query.from) }),
      ...(query.to !== undefined && { toMs: Date.parse(query.to) }),
      ...(query.before !== undefined && { beforeSeq: query.before }),
      ...(caller.role === 'principal' && { schools: caller.schools }),
      limit: limit + 1,
    });
    const entries = records.slice(0, limit).map(historyEntry);
    const before = await this.valuesBefore(entries, {
      space: caller.organizationId,
      ...(caller.role === 'principal' && { schools: caller.schools }),
    });
    const withBefore = entries.map((e, i) => ({ ...e, before: before[i] }));
    const body: PlanHistoryPage = {
      entries: withBefore,
      next: records.length > limit ? entries[entries.length - 1]!.seq : null,
    };
    sendJson(req, res, 200, body);
  }

  /**
   * What each entry's fields held before it, from its row's earlier applied changes: one read of
   * the log for the page's rows (at most HISTORY_BEHIND changes).
   */
  private async valuesBefore(
    entries: readonly PlanHistoryEntry[],
    scope: { readonly space: string; readonly schools?: readonly string[] },
  ): Promise<Record<string, unknown>[]> {
    if (entries.length === 0) return [];
    const rowOf = (e: { entity: string; entityId: string }) => `${e.entity}:${e.entityId}`;
    const records = await this.deps.sync.planHistory({
      ...scope,
      rows: [...new Set(entries.map(rowOf))],
      beforeSeq: Math.max(...entries.map((e) => e.seq)),
      limit: HISTORY_BEHIND,
    });
    const older = new Map<string, PlanHistoryEntry[]>();
    for (const change of records.map(historyEntry)) {
      const key = rowOf(change);
      older.set(key, [...(older.get(key) ?? []), change]);
    }
    return entries.map((e) => valuesBefore(e, older.get(rowOf(e)) ?? []));
  }
}

/** How many earlier changes of a page's rows the history reads for the values they replaced. */
const HISTORY_BEHIND = 2000;

/** A plan change of the log as the history API gives it (without its earlier values). */
function historyEntry(r: PlanHistoryRecord): PlanHistoryEntry {
  const payload = r.payload as {
    entity: PlanHistoryEntry['entity'];
    entityId: string;
    op: PlanHistoryEntry['op'];
    patch?: Record<string, unknown>;
  };
  return {
    seq: r.seq,
    at: new Date(r.receivedAt).toISOString(),
    username: r.username,
    displayName: r.displayName,
    entity: payload.entity,
    entityId: payload.entityId,
    op: payload.op,
    // The row's key is in the entry already.
    fields:
      payload.op === 'delete'
        ? {}
        : Object.fromEntries(
            Object.entries(payload.patch ?? {}).filter(([k]) => k !== keyField(payload.entity)),
          ),
  };
}
