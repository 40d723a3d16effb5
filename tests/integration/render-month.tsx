/**
 * The teacher's month rendered through the app's routes on a given database (the remembered
 * class's current month at `/`): the one place the view tests of schedules and plan changes name
 * the month's entry point.
 */
import type { VuosikelloDb } from '@/db/database';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt } from './render-app';

export function renderMonth(db: VuosikelloDb, today: LocalDate) {
  return renderAppAt(db, today, '/');
}
