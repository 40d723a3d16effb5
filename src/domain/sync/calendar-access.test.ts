import { describe, expect, it } from 'vitest';
import type { CalendarTarget } from '../calendar-export/calendar-target';
import { groupId, schoolId } from '../ids';
import type { Actor } from './authorize';
import { mayFollowCalendar } from './calendar-access';

const actor = (role: Actor['role'], schools: string[] = [], groups: string[] = []): Actor => ({
  role,
  organizationId: 'org',
  schools,
  groups,
});
const teacher = actor('teacher', ['s-north'], ['g-n1']);
const principal = actor('principal', ['s-north']);

const ownClass: CalendarTarget = { kind: 'group', groupId: groupId('g-n1') };
const otherClass: CalendarTarget = { kind: 'group', groupId: groupId('g-n2') };
const grade: CalendarTarget = { kind: 'grade', schoolId: schoolId('s-north'), grade: 1 };
const school: CalendarTarget = { kind: 'school', schoolId: schoolId('s-north') };
const southSchool: CalendarTarget = { kind: 'school', schoolId: schoolId('s-south') };

describe('mayFollowCalendar', () => {
  it.each<[string, Actor, CalendarTarget, string, boolean]>([
    ['teacher, own class', teacher, ownClass, 's-north', true],
    ['teacher, a colleague’s class', teacher, otherClass, 's-north', false],
    ['teacher, own class listed under another school', teacher, ownClass, 's-south', false],
    ['teacher, a grade of own school', teacher, grade, 's-north', false],
    ['teacher, own school', teacher, school, 's-north', false],
    ['principal, a class of own school', principal, otherClass, 's-north', true],
    ['principal, a grade of own school', principal, grade, 's-north', true],
    ['principal, own school', principal, school, 's-north', true],
    ['principal, another school', principal, southSchool, 's-south', false],
    ['coordinator, any school', actor('coordinator'), southSchool, 's-south', true],
    ['admin, anything', actor('admin'), school, 's-north', false],
  ])('%s', (_, who, target, schoolOf, allowed) => {
    expect(mayFollowCalendar(who, target, schoolOf)).toBe(allowed);
  });
});
