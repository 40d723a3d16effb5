/**
 * The month view's URL: a class and a calendar month, e.g. `/month/g-2026-3a/2026-11`, and the
 * theme the tasks are narrowed to, if any (`?theme=th-health`). Class and month are optional:
 * without them the view opens the remembered (or own) class's current month and puts it in the
 * address.
 */
import { inject } from 'regexparam';
import type { GroupId, ThemeId } from '@/domain/ids';
import { formatYearMonth, type YearMonth } from '@/domain/year-month';

export const MONTH_PATH = '/month/:groupId?/:month?';

/** The query parameter of the theme the month is narrowed to. */
export const MONTH_THEME_PARAM = 'theme';

/** The address of one class's month, narrowed to `themeId` when given. */
export function monthHref(groupId: GroupId, month: YearMonth, themeId?: ThemeId | null): string {
  const path = inject(MONTH_PATH, {
    groupId: encodeURIComponent(groupId),
    month: formatYearMonth(month),
  });
  return themeId ? `${path}?${MONTH_THEME_PARAM}=${encodeURIComponent(themeId)}` : path;
}
