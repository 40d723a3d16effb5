/**
 * The built-in task library: every template shipped with the app, loaded on first run only (it
 * stays out of the first bundle). Ids are stable: progress on derived actions is keyed by them.
 */
import type { TaskTemplate } from '@/domain/model';
import { groupFormationTemplates } from './group-formation';
import { healthTemplates } from './health';
import { primaryMonthlyLessons } from './monthly-lessons-primary';
import { secondaryMonthlyLessons } from './monthly-lessons-secondary';
import { organizationLevelTemplates } from './organization-level';
import { prePrimaryLessons } from './pre-primary';
import { recurringTemplates } from './recurring';
import { safetyTemplates } from './safety';
import { schoolLevelTemplates } from './school-level';
import { themeWeekTemplates } from './theme-weeks';
import { transitionTemplates } from './transitions';

export const builtInTemplates: readonly TaskTemplate[] = [
  ...prePrimaryLessons,
  ...primaryMonthlyLessons,
  ...secondaryMonthlyLessons,
  ...groupFormationTemplates,
  ...safetyTemplates,
  ...healthTemplates,
  ...themeWeekTemplates,
  ...recurringTemplates,
  ...transitionTemplates,
  ...schoolLevelTemplates,
  ...organizationLevelTemplates,
];
