import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { randomUuid } from '@/db/random-id';
import {
  targetName,
  type CalendarPlan,
  type CalendarTarget,
} from '@/domain/calendar-export/calendar-target';
import { calendarFile } from '@/domain/calendar-export/ics-file';
import type { Language } from '@/domain/model';
import { downloadFile } from '@/ui/download-file';
import { calendarFileName } from './calendar-choice';

/**
 * ical-generator gives each new event a crypto.randomUUID() before taking the UID it is given;
 * browsers have that function only in secure contexts, so the app served over plain http (a
 * LAN address) would fail here. The same random UUID, from getRandomValues, stands in.
 */
function withRandomUuid(): void {
  if (typeof crypto.randomUUID !== 'function') {
    crypto.randomUUID = randomUuid as Crypto['randomUUID'];
  }
}

/** The chosen calendar as an .ics file made here from the local plan: works offline. */
export function DownloadSection(props: {
  readonly plan: CalendarPlan;
  readonly target: CalendarTarget | null;
  readonly language: Language;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const { plan, target, language } = props;
  const download = () => {
    if (target === null) return;
    withRandomUuid();
    const text = calendarFile(plan, { target, language, generatedAt: Date.now() });
    const name = targetName(plan, target, language);
    if (text === null || name === null) return;
    downloadFile(
      calendarFileName(name, plan.schoolYear.startYear),
      text,
      'text/calendar;charset=utf-8',
    );
  };
  return (
    <section aria-labelledby={titleId} className="calendars-download">
      <h2 id={titleId}>{t('calendars.downloadTitle')}</h2>
      <p className="hint">{t('calendars.downloadHint')}</p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={target === null} onClick={download}>
          {t('calendars.download')}
        </button>
      </div>
    </section>
  );
}
