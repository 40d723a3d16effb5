/**
 * Accounts and sessions: sign-in with a password (scrypt), an opaque random token kept only as
 * its SHA-256 in the database, sent back as an httpOnly cookie (browsers, EventSource) and in the
 * body (for `Authorization: Bearer`). Sessions expire a fixed time after sign-in. Everything
 * else asks `authenticate` who is calling; MPASSid (OpenID Connect) can later add another way in
 * behind the same function.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SessionResponse, SessionUser } from '@/domain/sync/protocol';
import { HttpError, clientAddress, isHttps, parseCookies } from './http-util';
import { hashPassword, verifyPassword } from './passwords';
import { AttemptLimiter } from './attempt-limiter';
import type { Account, AccountStore, Session } from './storage';

export const SESSION_COOKIE = 'vk_session';

export interface AuthOptions {
  readonly accounts: AccountStore;
  readonly now: () => number;
  readonly sessionTtlMs: number;
  readonly trustProxy: boolean;
  /** scrypt cost of the dummy hash checked for unknown usernames (same timing as a real one). */
  readonly passwordCost: number;
}

export interface SignedIn {
  readonly body: SessionResponse;
  readonly cookie: string;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionUser(account: Account): SessionUser {
  return {
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    organizationId: account.organizationId,
    schools: [...account.schools],
    groups: [...account.groups],
  };
}

export class Auth {
  /** Failed sign-ins per username and address. */
  private readonly limiter: AttemptLimiter;
  private dummyHash: Promise<string> | null = null;

  constructor(private readonly options: AuthOptions) {
    this.limiter = new AttemptLimiter(options.now);
  }

  /** 200 with a new session, 401 InvalidCredentials, or 429 after too many failures. */
  async signIn(req: IncomingMessage, username: string, password: string): Promise<SignedIn> {
    const key = `${username.toLowerCase()}|${clientAddress(req, this.options.trustProxy)}`;
    const wait = this.limiter.retryAfterSeconds(key);
    if (wait > 0) {
      throw new HttpError(
        429,
        'TooManyRequests',
        'Too many failed sign-ins; try again later',
        { retryAfter: wait },
        {
          'Retry-After': String(wait),
        },
      );
    }
    const account = await this.options.accounts.findAccount(username);
    // Unknown users cost a hash too, so timing does not tell which usernames exist.
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'), this.options.passwordCost);
    const ok = await verifyPassword(password, account?.passwordHash ?? (await this.dummyHash));
    if (!account || !ok || account.disabled) {
      this.limiter.record(key);
      throw new HttpError(401, 'InvalidCredentials', 'Wrong username or password');
    }
    this.limiter.clear(key);
    const token = randomBytes(32).toString('base64url');
    const now = this.options.now();
    const expiresAt = now + this.options.sessionTtlMs;
    await this.options.accounts.createSession(hashToken(token), account.id, now, expiresAt);
    await this.options.accounts.deleteExpiredSessions(now);
    return {
      body: { user: sessionUser(account), expiresAt: new Date(expiresAt).toISOString(), token },
      cookie: this.cookie(req, token, Math.floor(this.options.sessionTtlMs / 1000)),
    };
  }

  private token(req: IncomingMessage): string | null {
    const header = req.headers.authorization;
    if (typeof header === 'string') {
      const match = /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/.exec(header);
      return match ? match[1]! : null;
    }
    return parseCookies(req.headers.cookie).get(SESSION_COOKIE) ?? null;
  }

  /** The caller's live session; 401 Unauthenticated or SessionExpired otherwise. */
  async authenticate(req: IncomingMessage): Promise<Session> {
    const token = this.token(req);
    if (token === null) throw new HttpError(401, 'Unauthenticated', 'Sign in first');
    const session = await this.options.accounts.findSession(hashToken(token));
    if (session === null || session.account.disabled)
      throw new HttpError(401, 'Unauthenticated', 'Sign in first');
    if (session.expiresAt <= this.options.now()) {
      throw new HttpError(401, 'SessionExpired', 'The session has expired; sign in again');
    }
    return session;
  }

  /** Whether the session behind `req` is still valid (checked on each SSE heartbeat). */
  async stillValid(req: IncomingMessage): Promise<boolean> {
    return this.authenticate(req).then(
      () => true,
      () => false,
    );
  }

  /** Ends the caller's session, if any; returns the cookie that clears it in the browser. */
  async signOut(req: IncomingMessage): Promise<string> {
    const token = this.token(req);
    if (token !== null) await this.options.accounts.deleteSession(hashToken(token));
    return this.cookie(req, '', 0);
  }

  private cookie(req: IncomingMessage, value: string, maxAgeSeconds: number): string {
    const secure = isHttps(req, this.options.trustProxy) ? '; Secure' : '';
    return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
  }
}
