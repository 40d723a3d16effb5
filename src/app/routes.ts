/**
 * Every view, declared once: its address, its code (loaded lazily), its label in the navigation
 * and who sees it. The navigation and the router read this table; adding a view (plan, progress,
 * wheel, print) is one entry here.
 */
import { parse } from 'regexparam';
import { matchRoute } from 'wouter';
import type { VuosikelloDb } from '@/db/database';
import type { LocalDate } from '@/domain/local-date';
import type { Role } from '@/domain/sync/protocol';
import { MONTH_PATH } from '@/ui/month-url';
import { startMonthRead } from '@/features/this-month/use-month-data';
import type { Resource } from '@/i18n/fi';
import { loadLaterStrings } from '@/i18n/i18n';
import type { LaterViewId } from './later-views';
import { lazyView, type LazyView, type ViewProps } from './lazy-view';

export interface ViewRoute {
  readonly id: string;
  /** The address pattern (regexparam syntax: `/month/:groupId?/:month?`). */
  readonly path: string;
  /** Where the navigation link goes: by default the path up to its first parameter. */
  readonly navHref?: string;
  readonly navLabel: keyof Resource['nav'];
  /** The roles of signed-in users who see it; in local mode every view is open. */
  readonly visibleTo: 'everyone' | readonly Role[];
  readonly view: LazyView;
  /**
   * Starts the view's live read for its first render, before the view mounts (the view takes it
   * over), its first result read through `early` where given (a returning device's first
   * screen: src/db/raw-read.ts); resolves when the first result is in, with the address naming
   * what the view will show when the one asked for leaves it open (a bare `/`), else null.
   */
  readonly startRead?: (
    db: VuosikelloDb,
    params: ViewProps['params'],
    today: LocalDate,
    early: IDBDatabase | null,
  ) => Promise<string | null>;
}

/**
 * A view after the first screen (later-views.ts): its code, with the later strings (fi-later.ts)
 * it uses.
 */
const laterView = (id: LaterViewId) =>
  lazyView(() =>
    Promise.all([import('./later-views'), loadLaterStrings()]).then(([views]) =>
      views.LATER_VIEWS[id](),
    ),
  );

export const ROUTES = [
  {
    id: 'month',
    path: MONTH_PATH,
    // The bare address opens the remembered (or own) class's current month.
    navHref: '/',
    navLabel: 'thisMonth',
    visibleTo: 'everyone',
    view: lazyView(() => import('@/features/this-month/this-month-page')),
    startRead: (db, params, today, early) =>
      startMonthRead({ db, groupId: params['groupId'], month: params['month'], today }, early),
  },
  {
    id: 'plan',
    path: '/plan',
    navLabel: 'plan',
    visibleTo: ['coordinator', 'principal', 'teacher'],
    view: laterView('plan'),
  },
  {
    id: 'wheel',
    path: '/wheel',
    navLabel: 'wheel',
    visibleTo: 'everyone',
    view: laterView('wheel'),
  },
  {
    id: 'progress',
    path: '/progress/:templateId?',
    navLabel: 'progress',
    visibleTo: ['coordinator', 'principal'],
    view: laterView('progress'),
  },
  {
    id: 'report',
    path: '/report',
    navLabel: 'report',
    visibleTo: ['coordinator', 'principal'],
    view: laterView('report'),
  },
  {
    id: 'library',
    path: '/library/:templateId?',
    navLabel: 'library',
    visibleTo: ['coordinator', 'principal', 'teacher'],
    view: laterView('library'),
  },
  {
    id: 'schoolYears',
    path: '/school-years/:schoolYearId?',
    navLabel: 'schoolYears',
    // The coordinator edits school years; the principal sees them read-only.
    visibleTo: ['coordinator', 'principal'],
    view: laterView('schoolYears'),
  },
  {
    id: 'schools',
    path: '/schools/:schoolId?',
    navLabel: 'schools',
    visibleTo: ['coordinator', 'principal'],
    view: laterView('schools'),
  },
  {
    id: 'rollover',
    path: '/rollover',
    navLabel: 'rollover',
    visibleTo: ['coordinator'],
    view: laterView('rollover'),
  },
  {
    id: 'exchange',
    path: '/exchange',
    navLabel: 'exchange',
    visibleTo: ['coordinator'],
    view: laterView('exchange'),
  },
  {
    id: 'accounts',
    path: '/accounts',
    navLabel: 'accounts',
    visibleTo: ['admin', 'principal'],
    view: laterView('accounts'),
  },
  {
    id: 'history',
    path: '/history',
    navLabel: 'history',
    visibleTo: ['coordinator', 'admin', 'principal'],
    view: laterView('history'),
  },
  {
    id: 'calendars',
    path: '/calendars',
    navLabel: 'calendars',
    visibleTo: 'everyone',
    view: laterView('calendars'),
  },
  {
    id: 'print',
    path: '/print',
    navLabel: 'print',
    visibleTo: 'everyone',
    view: laterView('print'),
  },
  {
    id: 'settings',
    path: '/settings',
    navLabel: 'settings',
    visibleTo: 'everyone',
    view: laterView('settings'),
  },
] as const satisfies readonly ViewRoute[];

/** The view the app opens at `/`. */
export const HOME_ROUTE: ViewRoute = ROUTES[0];

/** The parser of address patterns, shared by the router and routeAt. */
export const parsePath = parse;

/** The route an address shows (`/` shows the home view), or null for an unknown address. */
export function routeAt(pathname: string): ViewRoute | null {
  if (pathname === '/' || pathname === '') return HOME_ROUTE;
  return ROUTES.find((route) => matchRoute(parsePath, route.path, pathname)[0]) ?? null;
}

/** Starts downloading the code of the view at `pathname`; its failure is left to the view. */
export function preloadViewAt(pathname: string): void {
  routeAt(pathname)
    ?.view.preload()
    .catch(() => undefined);
}

/**
 * Starts what the view at `pathname` needs for its first render: its code, and its data when it
 * reads early (through `early` where given: ViewRoute.startRead). Resolves when both are in,
 * with the address the view will show when it differs from `pathname` (else null), its query
 * `search` ('?theme=…' or '') kept: the view reads that itself (the month's theme). A failure is
 * left to the view to show when it renders.
 */
export function prepareView(
  pathname: string,
  db: VuosikelloDb,
  today: LocalDate,
  search: string,
  early: IDBDatabase | null = null,
): Promise<string | null> {
  const route = routeAt(pathname);
  if (route === null) return Promise.resolve(null);
  const params = matchRoute(parsePath, route.path, pathname)[1] ?? {};
  return Promise.all([route.view.preload(), route.startRead?.(db, params, today, early)]).then(
    ([, address]) => (address && address !== pathname ? address + search : null),
    () => null,
  );
}

/**
 * Whether the user acting in `role` sees `route` (null: local mode with no role chosen, where
 * every view is open).
 */
export function mayOpen(route: Pick<ViewRoute, 'visibleTo'>, role: Role | null): boolean {
  return role === null || route.visibleTo === 'everyone' || route.visibleTo.includes(role);
}

/** Where `route`'s navigation link goes. */
export function navHrefOf(route: ViewRoute): string {
  return route.navHref ?? route.path.split('/:')[0]!;
}
