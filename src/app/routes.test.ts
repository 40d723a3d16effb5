import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/domain/sync/protocol';
import { mayOpen, routeAt } from './routes';

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
    ['/schools', 'schools'],
    ['/schools/s-1', 'schools'],
    ['/nowhere', null],
  ])('%s shows %s', (path, id) => {
    expect(routeAt(path)?.id ?? null).toBe(id);
  });
});

describe('mayOpen', () => {
  const as = (role: SessionUser['role']): SessionUser => ({
    username: role,
    displayName: role,
    role,
    organizationId: 'org',
    schools: [],
    groups: [],
  });
  const coordinatorsOnly = { visibleTo: ['coordinator'] as const };
  const everyone = { visibleTo: 'everyone' as const };
  it.each([
    [everyone, null, true],
    [everyone, as('teacher'), true],
    [coordinatorsOnly, null, true],
    [coordinatorsOnly, as('coordinator'), true],
    [coordinatorsOnly, as('teacher'), false],
    [coordinatorsOnly, as('principal'), false],
  ])('%j, user %j: %s', (route, user, expected) => {
    expect(mayOpen(route, user)).toBe(expected);
  });
});
