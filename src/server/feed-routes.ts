/**
 * Calendar feeds: the API that makes, lists and revokes them (/api/feeds, signed in), and the
 * public feed itself (GET /feeds/<token>.ics), which any calendar app fetches with no session.
 *
 * A feed serves the calendar of a class, a grade of a school or a school (calendar-export/) of
 * one school year in one language, derived on each fetch from the plan's stored rows by the
 * scheduler the browser runs, so a plan change shows in the next fetch. The feed holds no
 * progress, no notes and no names of people. Who may make one is mayFollowCalendar (teacher: own
 * classes; principal: own schools; coordinator: all), checked again on every fetch against the
 * owner's account as it is then: a disabled owner, a class handed over, a deleted class or a
 * revoked feed all answer the same 404 as an unknown token.
 *
 * The token is kept as it is, not as a hash (unlike session tokens): a feed reveals only the
 * plan, which the same database holds in full, so a hash would protect nothing that a stolen
 * copy of the database does not show anyway; keeping it lets its owner copy the URL again for a
 * second calendar or device instead of making (and leaving behind) a new secret each time.
 * Revoking is the control. The API shows a feed's URL to its owner only.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { calendarPlanOf } from '@/domain/calendar-export/calendar-plan';
import {
  calendarName,
  type CalendarPlan,
  type CalendarTarget,
} from '@/domain/calendar-export/calendar-target';
import { calendarFile } from '@/domain/calendar-export/ics-file';
import type {
  Group,
  School,
  SchoolAdjustment,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { mayFollowCalendar } from '@/domain/sync/calendar-access';
import {
  FEED_TOKEN_PATTERN,
  MAX_FEEDS_PER_ACCOUNT,
  calendarTargetOf,
  createFeedRequestSchema,
  type FeedList,
  type FeedView,
} from '@/domain/sync/feed-api';
import { AttemptLimiter } from './attempt-limiter';
import type { Auth } from './auth';
import { HttpError, clientAddress, parseWith, readJson, sendBody, sendJson } from './http-util';
import type { Account, CalendarFeed, Stores } from './storage';

/** A feed request names a target, a year and a language: a few hundred bytes. */
const BODY_LIMIT = 4 * 1024;
/**
 * Fetches of feeds per address per minute. Calendar apps poll a feed every few hours, but one
 * address may stand for a whole school's network or a calendar service fetching many people's
 * feeds; this only stops a loop or a flood from re-deriving calendars without end.
 */
const FETCHES_PER_MINUTE = 120;
/** How often a subscribed calendar is asked to fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 6 * 3600;

const FEED_PATH = /^\/api\/feeds\/([^/]+)$/;
const PUBLIC_FEED_PATH = /^\/feeds\/([^/]+)\.ics$/;

export interface FeedRouteDeps extends Stores {
  readonly auth: Auth;
  readonly now: () => number;
  readonly trustProxy: boolean;
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, 'MethodNotAllowed', `Use ${allow}`, {}, { Allow: allow });
}

/** The one answer for every feed that does not serve: unknown, revoked, or no longer allowed. */
function noSuchFeed(): HttpError {
  return new HttpError(404, 'NotFound', 'No such feed');
}

/** The school year's plan rows of `space`, as the scheduler and the calendar take them. */
async function yearPlan(
  sync: Stores['sync'],
  space: string,
  schoolYearId: string,
): Promise<CalendarPlan | null> {
  const year = await sync.readRow(space, 'schoolYear', schoolYearId);
  if (year === null || year.deleted) return null;
  // Stored rows are what the row schemas validated (or the server wrote): the model's rows.
  const rows = async <T>(entity: 'school' | 'group' | 'template' | 'adjustment' | 'theme') =>
    (await sync.liveRows(space, entity)) as unknown as T[];
  const [schools, groups, templates, adjustments, themes] = await Promise.all([
    rows<School>('school'),
    rows<Group>('group'),
    rows<TaskTemplate>('template'),
    rows<SchoolAdjustment>('adjustment'),
    rows<Theme>('theme'),
  ]);
  return calendarPlanOf({
    schoolYear: year.data as unknown as SchoolYear,
    schools,
    groups: groups.filter((g) => g.schoolYearId === schoolYearId),
    templates,
    adjustments,
    themes,
  });
}

/** The school `target` belongs to in `plan`, or null when the target is not in the plan. */
function schoolOf(
  plan: Pick<CalendarPlan, 'groups' | 'schools'>,
  target: CalendarTarget,
): string | null {
  if (target.kind === 'group') {
    return plan.groups.find((g) => g.id === target.groupId)?.schoolId ?? null;
  }
  return plan.schools.some((s) => s.id === target.schoolId) ? target.schoolId : null;
}

export class FeedRoutes {
  private readonly fetches: AttemptLimiter;

  constructor(private readonly deps: FeedRouteDeps) {
    this.fetches = new AttemptLimiter(deps.now, FETCHES_PER_MINUTE, 60_000);
  }

  /** Answers `url` when it is one of the /api/feeds endpoints; false when it is not. */
  async route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const method = req.method ?? 'GET';
    if (url.pathname === '/api/feeds') {
      if (method === 'GET') await this.list(req, res);
      else if (method === 'POST') await this.create(req, res);
      else throw methodNotAllowed('GET, POST');
      return true;
    }
    const match = FEED_PATH.exec(url.pathname);
    if (!match) return false;
    if (method !== 'DELETE') throw methodNotAllowed('DELETE');
    await this.revoke(req, res, match[1]!);
    return true;
  }

  private async create(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { account } = await this.deps.auth.authenticate(req);
    const input = parseWith(createFeedRequestSchema, await readJson(req, BODY_LIMIT));
    const target = calendarTargetOf(input.target);
    const plan = await yearPlan(this.deps.sync, account.organizationId, input.schoolYearId);
    if (plan === null) throw new HttpError(400, 'InvalidScope', 'No such school year');
    const schoolId = schoolOf(plan, target);
    if (schoolId === null) {
      throw new HttpError(400, 'InvalidScope', 'No such class or school in that school year');
    }
    if (!mayFollowCalendar(account, target, schoolId)) {
      throw new HttpError(403, 'Forbidden', 'This account cannot follow that calendar');
    }
    const feed = await this.deps.accounts.createFeed(
      {
        token: randomBytes(32).toString('base64url'),
        accountId: account.id,
        organizationId: account.organizationId,
        schoolYearId: input.schoolYearId,
        target: input.target,
        language: input.language,
      },
      this.deps.now(),
      MAX_FEEDS_PER_ACCOUNT,
    );
    if (feed === null) {
      throw new HttpError(
        409,
        'TooManyFeeds',
        `An account has at most ${MAX_FEEDS_PER_ACCOUNT} feeds: revoke one first`,
      );
    }
    const plans = new Map([[input.schoolYearId, plan]]);
    sendJson(req, res, 201, { feed: await this.view(account, feed, plans) });
  }

  /** The caller's live feeds; an admin's: the organization's (to revoke), without their URLs. */
  private async list(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { account } = await this.deps.auth.authenticate(req);
    const feeds = await this.deps.accounts.listFeeds(
      account.role === 'admin'
        ? { organizationId: account.organizationId }
        : { accountId: account.id },
    );
    const plans = new Map<string, CalendarPlan | null>();
    const body: FeedList = { feeds: [] };
    for (const feed of feeds) body.feeds.push(await this.view(account, feed, plans));
    sendJson(req, res, 200, body);
  }

  /** Ends the caller's own feed (an admin: any of the organization's); 404 for any other. */
  private async revoke(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const { account } = await this.deps.auth.authenticate(req);
    const feed = await this.deps.accounts.findFeed(id);
    const mayRevoke =
      feed !== null &&
      (feed.accountId === account.id ||
        (account.role === 'admin' && feed.organizationId === account.organizationId));
    if (!mayRevoke || !(await this.deps.accounts.revokeFeed(feed.id, this.deps.now()))) {
      throw new HttpError(404, 'NotFound', 'No such feed');
    }
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    res.end();
  }

  /** A feed as `caller` sees it; `plans` keeps each school year's plan read so far. */
  private async view(
    caller: Account,
    feed: CalendarFeed,
    plans: Map<string, CalendarPlan | null>,
  ): Promise<FeedView> {
    if (!plans.has(feed.schoolYearId)) {
      plans.set(
        feed.schoolYearId,
        await yearPlan(this.deps.sync, feed.organizationId, feed.schoolYearId),
      );
    }
    const plan = plans.get(feed.schoolYearId) ?? null;
    const target = calendarTargetOf(feed.target);
    // A target since removed from the plan is still listed (to revoke), by its id.
    const name =
      (plan && calendarName(plan, target, feed.language)) ??
      (target.kind === 'group' ? target.groupId : target.schoolId);
    return {
      id: feed.id,
      target: feed.target,
      schoolYearId: feed.schoolYearId,
      language: feed.language,
      name,
      owner: feed.owner,
      createdAt: new Date(feed.createdAt).toISOString(),
      ...(feed.accountId === caller.id && { path: `/feeds/${feed.token}.ics` }),
    };
  }

  /** GET or HEAD /feeds/<token>.ics: the calendar, or the one 404 (also for a malformed path). */
  async serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET, HEAD');
    const address = clientAddress(req, this.deps.trustProxy);
    const wait = this.fetches.retryAfterSeconds(address);
    if (wait > 0) {
      throw new HttpError(
        429,
        'TooManyRequests',
        'Too many feed requests; try again later',
        { retryAfter: wait },
        { 'Retry-After': String(wait) },
      );
    }
    this.fetches.record(address);
    const token = PUBLIC_FEED_PATH.exec(pathname)?.[1];
    if (token === undefined || !FEED_TOKEN_PATTERN.test(token)) throw noSuchFeed();
    const found = await this.deps.accounts.findFeedByToken(token);
    if (found === null || found.account.disabled) throw noSuchFeed();
    const { feed, account } = found;
    const target = calendarTargetOf(feed.target);
    const plan = await yearPlan(this.deps.sync, feed.organizationId, feed.schoolYearId);
    const schoolId = plan && schoolOf(plan, target);
    if (plan === null || schoolId === null || !mayFollowCalendar(account, target, schoolId)) {
      throw noSuchFeed();
    }
    // The file is written as of the plan's last change (DTSTAMP too), so an unchanged plan gives
    // the same bytes and the same ETag on every fetch.
    const revisedAt = (await this.deps.sync.lastPlanChange(feed.organizationId)) ?? 0;
    const text = calendarFile(plan, {
      target,
      language: feed.language,
      generatedAt: revisedAt,
      revisedAt,
      refreshSeconds: REFRESH_SECONDS,
    });
    if (text === null) throw noSuchFeed();
    const body = Buffer.from(text, 'utf8');
    const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
    const lastModified = new Date(revisedAt).toUTCString();
    const headers = {
      ETag: etag,
      'Last-Modified': lastModified,
      // Revalidated on each fetch (cheap with the ETag), never kept by a shared cache.
      'Cache-Control': 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    };
    if (notModified(req, etag, revisedAt)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    sendBody(req, res, 200, body, {
      ...headers,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="vuosikello.ics"',
    });
  }
}

/** Whether the client's copy is current: its ETag (If-None-Match), else its If-Modified-Since. */
function notModified(req: IncomingMessage, etag: string, revisedAt: number): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') {
    return ifNoneMatch === '*' || ifNoneMatch.split(',').some((t) => t.trim() === etag);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(revisedAt / 1000) * 1000 <= since;
}
