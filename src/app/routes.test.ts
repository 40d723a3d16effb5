import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_MODULE } from './first-view';
import { HOME_ROUTE, ROUTES, mayOpen, navHrefOf, routeAt } from './routes';

describe('the home route', () => {
  it('loads the module the build preloads from index.html', async () => {
    const preloaded: unknown = await import(
      /* @vite-ignore */ fileURLToPath(new URL(`../../${FIRST_VIEW_MODULE}`, import.meta.url))
    );
    expect(await HOME_ROUTE.view.preload()).toBe(preloaded);
  });
});

describe('routeAt', () => {
  it.each([
    ['/', 'month'],
    ['/month', 'month'],
    ['/month/g-2026-3a', 'month'],
    ['/month/g-2026-3a/2026-11', 'month'],
    ['/month/g-2026-3a/2026-11/', 'month'],
    ['/settings', 'settings'],
    ['/school-years', 'schoolYears'],
    ['/school-years/sy-2026', 'schoolYears'],
    ['/school-years/sy-2026/extra', null],
    ['/accounts', 'accounts'],
    ['/history', 'history'],
    ['/month/g-2026-3a/2026-11/extra', null],
    ['/plan', 'plan'],
    ['/wheel', 'wheel'],
    ['/wheel/extra', null],
    ['/schools', 'schools'],
    ['/schools/s-1', 'schools'],
    ['/nowhere', null],
  ])('%s shows %s', (path, id) => {
    expect(routeAt(path)?.id ?? null).toBe(id);
  });
});

describe('mayOpen', () => {
  const coordinatorsOnly = { visibleTo: ['coordinator'] as const };
  const everyone = { visibleTo: 'everyone' as const };
  it.each([
    [everyone, null, true],
    [everyone, 'teacher', true],
    [coordinatorsOnly, null, true],
    [coordinatorsOnly, 'coordinator', true],
    [coordinatorsOnly, 'teacher', false],
    [coordinatorsOnly, 'principal', false],
  ] as const)('%j, role %s: %s', (route, role, expected) => {
    expect(mayOpen(route, role)).toBe(expected);
  });
});

describe('navHrefOf', () => {
  it.each(ROUTES.map((route) => [route.id, route] as const))(
    'the link of %s opens that view',
    (_id, route) => {
      expect(routeAt(navHrefOf(route))).toBe(route);
    },
  );
  it.each([
    ['/library/:templateId?', '/library'],
    ['/school-years/:schoolYearId?', '/school-years'],
    ['/rollover', '/rollover'],
  ])('%s links to %s', (path, href) => {
    expect(navHrefOf({ ...ROUTES[1], path })).toBe(href);
  });
});
