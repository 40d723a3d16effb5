/**
 * The teacher's month rendered with its providers on a given database: the one place the view
 * tests of schedules and plan changes name the month's entry point.
 */
import type { VuosikelloDb } from '@/db/database';
import type { LocalDate } from '@/domain/local-date';
import { ThisMonthPage } from '@/features/this-month/this-month-page';
import { renderWithDb } from './render-app';

export function renderMonth(db: VuosikelloDb, today: LocalDate) {
  return renderWithDb(<ThisMonthPage />, db, today);
}
