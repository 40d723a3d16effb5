/** Sign in, who am I, sign out (/api/session). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { signInRequestSchema, type SessionResponse } from '@/domain/sync/protocol';
import { sessionUser, type Auth } from './auth';
import { HttpError, readJson, sendJson } from './http-util';

/** A sign-in body is tiny; anything larger is not one. */
const SIGN_IN_BODY_LIMIT = 16 * 1024;

export class SessionRoutes {
  constructor(private readonly auth: Auth) {}

  async signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req, SIGN_IN_BODY_LIMIT);
    const parsed = signInRequestSchema.safeParse(body);
    if (!parsed.success)
      throw new HttpError(400, 'BadRequest', 'Send {"username": ..., "password": ...}');
    const { body: response, cookie } = await this.auth.signIn(
      req,
      parsed.data.username,
      parsed.data.password,
    );
    sendJson(req, res, 200, response, { 'Set-Cookie': cookie });
  }

  async whoAmI(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = await this.auth.authenticate(req);
    const response: SessionResponse = {
      user: sessionUser(session.account),
      expiresAt: new Date(session.expiresAt).toISOString(),
    };
    sendJson(req, res, 200, response);
  }

  async signOut(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cookie = await this.auth.signOut(req);
    res.writeHead(204, { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' });
    res.end();
  }
}
