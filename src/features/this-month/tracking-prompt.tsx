import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@/domain/local-date';
import type { School } from '@/domain/model';
import { laterPart } from './later-part';

// The form writes the plan (and re-derives schedules): its code and its strings (fi-later.ts)
// load when the prompt is opened, not with the month.
const TrackingFromForm = laterPart('TrackingFromForm');

/**
 * Under the earlier months' overdue tasks: "started mid-year?", opening the form that sets the
 * day the school started tracking. Once opened, the form stays mounted (a typed day is kept when
 * the prompt is closed and opened again).
 */
export function TrackingPrompt({ school, today }: { school: School; today: LocalDate }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="tracking-prompt"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{t('month.trackingPrompt')}</summary>
      {opened && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <TrackingFromForm school={school} today={today} />
        </Suspense>
      )}
    </details>
  );
}
