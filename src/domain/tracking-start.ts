/**
 * The day a school's tracking form suggests for when it started tracking its tasks: the first
 * weekday of the current month (a school starting mid-year starts on a working day; the 1st of
 * November 2026 is a Sunday).
 */
import { addDays, isoDayOfWeek, startOfMonth, type LocalDate } from './local-date';

export function suggestedTrackingStart(today: LocalDate): LocalDate {
  const first = startOfMonth(today);
  const dow = isoDayOfWeek(first);
  return dow >= 6 ? addDays(first, 8 - dow) : first;
}
