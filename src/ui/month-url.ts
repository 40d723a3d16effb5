/**
 * The month view's URL: a class and a calendar month, e.g. `/month/g-2026-3a/2026-11`. Both are
 * optional: without them the view opens the remembered (or own) class's current month and puts
 * it in the address.
 */
import { inject } from 'regexparam';
import type { GroupId } from '@/domain/ids';
import { formatYearMonth, type YearMonth } from '@/domain/year-month';

export const MONTH_PATH = '/month/:groupId?/:month?';

/** The address of one class's month. */
export function monthHref(groupId: GroupId, month: YearMonth): string {
  return inject(MONTH_PATH, {
    groupId: encodeURIComponent(groupId),
    month: formatYearMonth(month),
  });
}
