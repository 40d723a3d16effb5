import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { useRole } from '@/ui/live-data';
import type { ViewProps } from './lazy-view';
import { HOME_ROUTE, ROUTES, mayOpen, routeAt, type ViewRoute } from './routes';

/** The view the address names, from the route table (`/` shows the home view). */
export function AppRoutes() {
  useViewChange();
  return (
    <Switch>
      {ROUTES.map((route) => (
        <Route key={route.id} path={route.path}>
          {(params) => <View route={route} params={params} />}
        </Route>
      ))}
      {/* The home view's own key: when `/` is replaced by the view's full address, the view
          stays mounted (its state and any element in use are kept). */}
      <Route key={HOME_ROUTE.id} path="/">
        <View route={HOME_ROUTE} params={{}} />
      </Route>
      <Route>
        <NotFound />
      </Route>
    </Switch>
  );
}

function View({ route, params }: { route: ViewRoute } & ViewProps) {
  const role = useRole();
  if (route.visibleTo !== 'everyone') {
    if (role === undefined) return null;
    if (!mayOpen(route, role)) return <NotFound />;
  }
  return <route.view.Component params={params} />;
}

/** An address that names no view (or one this account does not see). */
function NotFound() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('app.notFound')}</h1>
      <p>
        <Link href="/">{t('app.toFrontPage')}</Link>
      </p>
    </div>
  );
}

/**
 * On moving to another view: the page title names it, and focus goes to the main region so a
 * screen reader starts reading the new view (not on the first open, nor within a view).
 */
function useViewChange() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const route = routeAt(location);
  const shown = useRef<ViewRoute | null>(null);
  useEffect(() => {
    document.title = route ? `${t(`nav.${route.navLabel}`)} – ${t('app.name')}` : t('app.name');
    if (shown.current !== null && route !== shown.current) {
      document.getElementById('main')?.focus();
    }
    shown.current = route;
  }, [route, t]);
}
