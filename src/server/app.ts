/**
 * The HTTP server: routes to the session, sync and static handlers, and turns every failure into
 * a JSON error with a code (a 500 never carries a stack trace; the log gets it).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HEARTBEAT_MS } from '@/domain/sync/protocol';
import { entityIdSchema } from '@/domain/sync/sync-ids';
import { AccountRoutes } from './account-routes';
import { Auth } from './auth';
import type { ServerConfig } from './config';
import { PokeHub } from './events';
import { FeedRoutes } from './feed-routes';
import { HttpError, sendError } from './http-util';
import { consoleLogger, type Logger } from './logger';
import { DEFAULT_PASSWORD_COST } from './passwords';
import { RolloverRoutes } from './rollover-routes';
import { SessionRoutes } from './session-routes';
import { createStaticHandler } from './static-files';
import type { Stores } from './storage';
import { SyncRoutes } from './sync-routes';

export interface AppOptions extends Stores {
  readonly config: Pick<ServerConfig, 'sessionTtlHours' | 'distDir' | 'trustProxy'>;
  /** Epoch ms; tests pass a clock they can move. */
  readonly now?: () => number;
  readonly logger?: Logger;
  readonly passwordCost?: number;
  readonly heartbeatMs?: number;
}

export interface RunningServer {
  readonly server: Server;
  readonly url: string;
  readonly hub: PokeHub;
  /** Stops accepting, ends open streams and waits for the server to close (not the store). */
  close(): Promise<void>;
}

const SYNC_PATH = /^\/sync\/v1\/spaces\/([^/]+)\/(push|pull|events|status)$/;
const SYNC_METHODS: Readonly<Record<string, string>> = {
  push: 'POST',
  pull: 'GET',
  events: 'GET',
  status: 'GET',
};

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, 'MethodNotAllowed', `Use ${allow}`, {}, { Allow: allow });
}

export function createApp(options: AppOptions): { server: Server; hub: PokeHub } {
  const now = options.now ?? Date.now;
  const logger = options.logger ?? consoleLogger;
  const hub = new PokeHub();
  const auth = new Auth({
    accounts: options.accounts,
    now,
    sessionTtlMs: options.config.sessionTtlHours * 3_600_000,
    trustProxy: options.config.trustProxy,
    passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
  });
  const session = new SessionRoutes(auth);
  const rollover = new RolloverRoutes(auth, options.accounts);
  const sync = new SyncRoutes({
    store: options.sync,
    auth,
    hub,
    now,
    heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
  });
  const accountRoutes = new AccountRoutes({
    sync: options.sync,
    accounts: options.accounts,
    auth,
    now,
    passwordCost: options.passwordCost ?? DEFAULT_PASSWORD_COST,
  });
  const feeds = new FeedRoutes({
    sync: options.sync,
    accounts: options.accounts,
    auth,
    now,
    trustProxy: options.config.trustProxy,
  });
  const serveStatic = createStaticHandler(options.config.distDir);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    if (url.pathname === '/api/session') {
      if (method === 'POST') return session.signIn(req, res);
      if (method === 'GET') return session.whoAmI(req, res);
      if (method === 'DELETE') return session.signOut(req, res);
      throw methodNotAllowed('GET, POST, DELETE');
    }
    if (url.pathname === '/api/rollover/accounts') {
      if (method === 'POST') return rollover.repointAccounts(req, res);
      throw methodNotAllowed('POST');
    }
    if (url.pathname.startsWith('/api/')) {
      if (await accountRoutes.route(req, res, url)) return;
      if (await feeds.route(req, res, url)) return;
    }
    // Calendar feeds are the server's, never the app's: no path under /feeds/ falls to index.html.
    if (url.pathname.startsWith('/feeds/')) return feeds.serve(req, res, url.pathname);
    const match = SYNC_PATH.exec(url.pathname);
    if (match) {
      const [, rawSpace, action] = match as unknown as [
        string,
        string,
        keyof typeof SYNC_METHODS & string,
      ];
      if (method !== SYNC_METHODS[action]) throw methodNotAllowed(SYNC_METHODS[action]!);
      const space = entityIdSchema.safeParse(rawSpace);
      if (!space.success) throw new HttpError(404, 'NotFound', 'No such space');
      switch (action) {
        case 'push':
          return sync.push(req, res, space.data);
        case 'pull':
          return sync.pull(req, res, space.data, url.searchParams);
        case 'events':
          return sync.events(req, res, space.data);
        default:
          return sync.status(req, res, space.data);
      }
    }
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/')) {
      throw new HttpError(404, 'NotFound', 'No such endpoint');
    }
    if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
    return serveStatic(req, res, url.pathname);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        logger.error(`Failed after answering ${req.method} ${req.url}`, error);
        res.destroy();
        return;
      }
      if (error instanceof HttpError) {
        sendError(req, res, error);
        if (error.status === 413) req.resume();
        return;
      }
      logger.error(`Internal error on ${req.method} ${req.url}`, error);
      sendError(req, res, new HttpError(500, 'Internal', 'Something went wrong on the server'));
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  return { server, hub };
}

/** Creates the app and listens on `port` (0: any free port) and `host`. */
export async function startServer(
  options: AppOptions & { readonly port: number; readonly host: string },
): Promise<RunningServer> {
  const { server, hub } = createApp(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    hub,
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
