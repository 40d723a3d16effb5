import { lazy } from 'react';
import { loadLaterStrings } from '@/i18n/i18n';
import type * as MonthLater from './month-later';

type Parts = typeof MonthLater;

/**
 * A part of the month that its first screen does not need (the tracking form, the rating choice,
 * the reminders, the marks no longer in the plan, a task's note editor): all of them in one chunk
 * loaded when the first is rendered, with their strings (fi-later.ts). One import for all keeps
 * the first screen's code from growing with each part.
 */
export function laterPart<K extends keyof Parts>(name: K) {
  return lazy(() =>
    Promise.all([import('./month-later'), loadLaterStrings()]).then(([parts]) => ({
      default: parts[name],
    })),
  );
}
