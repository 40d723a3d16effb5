/** A month's name alone, from the date formats of the UI (kept out of the first screen's code). */
import type { LocalDate } from '@/domain/local-date';
import type { Language } from '@/domain/model';
import { formatDay } from '@/i18n/format';

/**
 * The name of calendar month `month` (1-12): fi 'syyskuu', sv 'september', en 'September'. The
 * month pattern's year ('syyskuu 2001') is cut off here rather than a pattern added to format.ts,
 * which the first screen loads.
 */
export function monthName(month: number, language: Language): string {
  const first = `2001-${String(month).padStart(2, '0')}-01` as LocalDate;
  return formatDay(first, language, 'month').replace(/\s*2001$/, '');
}
