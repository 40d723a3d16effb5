/**
 * Every view, declared once: its address, its code (loaded lazily), its label in the navigation
 * and who sees it. The navigation and the router read this table; adding a view (plan, progress,
 * wheel, print) is one entry here.
 */
import { parse } from 'regexparam';
import { matchRoute } from 'wouter';
import type { Role, SessionUser } from '@/domain/sync/protocol';
import { MONTH_PATH } from '@/features/this-month/month-url';
import type { Resource } from '@/i18n/fi';
import { lazyView, type LazyView } from './lazy-view';

export interface ViewRoute {
  readonly id: string;
  /** The address pattern (regexparam syntax: `/month/:groupId?/:month?`). */
  readonly path: string;
  /** Where the navigation link goes. */
  readonly navHref: string;
  readonly navLabel: keyof Resource['nav'];
  /** The roles of signed-in users who see it; in local mode every view is open. */
  readonly visibleTo: 'everyone' | readonly Role[];
  readonly view: LazyView;
}

export const ROUTES = [
  {
    id: 'month',
    path: MONTH_PATH,
    // The bare address opens the remembered (or own) class's current month.
    navHref: '/',
    navLabel: 'thisMonth',
    visibleTo: 'everyone',
    view: lazyView(() => import('@/features/this-month/this-month-page')),
  },
  {
    id: 'settings',
    path: '/settings',
    navHref: '/settings',
    navLabel: 'settings',
    visibleTo: 'everyone',
    view: lazyView(() => import('@/features/settings/settings-page')),
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

/** Whether `user` (null: local mode, no account) sees `route`. */
export function mayOpen(route: Pick<ViewRoute, 'visibleTo'>, user: SessionUser | null): boolean {
  return user === null || route.visibleTo === 'everyone' || route.visibleTo.includes(user.role);
}
