import { useTranslation } from 'react-i18next';
import type { Tally } from '@/domain/progress/tally';
import { useLanguage } from '@/ui/use-language';
import { percentText } from './progress-labels';

/**
 * The figures of everything counted in one line, announced when they change (a filter chosen, a
 * tick made anywhere).
 */
export function TotalsLine({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p role="status" className="progress-totals">
      {tally.total === 0
        ? t('progress.nothing')
        : t('progress.totals', {
            done: tally.done,
            total: tally.total,
            percent: percentText(t, tally.percentDone, language),
            skipped: tally.skipped,
            open: tally.open,
            overdue: tally.overdue,
          })}
    </p>
  );
}
