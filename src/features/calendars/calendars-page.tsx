import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSchoolYears } from '@/db/queries';
import { calendarPlanOfYear } from '@/db/calendar-reads';
import { calendarEntries, targetName } from '@/domain/calendar-export/calendar-target';
import type { SchoolYearId } from '@/domain/ids';
import type { Language } from '@/domain/model';
import { schoolYearAt } from '@/domain/school-calendar';
import { useActingUser } from '@/ui/acting-user';
import { useDb } from '@/ui/db-context';
import { useLanguage } from '@/ui/use-language';
import { useToday } from '@/ui/today';
import { choicesOf, completeChoice, NO_CHOICE, targetOf, type Choice } from './calendar-choice';
import { ChoiceFields } from './choice-fields';
import { DownloadSection } from './download-section';
import { FeedsSection } from './feeds-section';
import './calendars.css';

/**
 * Calendars: a class's, a grade's or a school's tasks for the calendar people already use, as a
 * file made on this device (also offline, from the local plan) or, signed in to a server, as a
 * subscription address that the server keeps up to date. Open to everyone.
 */
export default function CalendarsPage() {
  const { t } = useTranslation();
  const db = useDb();
  const today = useToday();
  const uiLanguage = useLanguage();
  const user = useActingUser();
  const titleId = useId();
  const years = useLiveQuery(() => listSchoolYears(db), [db]);
  const [chosenYear, setChosenYear] = useState<SchoolYearId | null>(null);
  const year = years && (years.find((y) => y.id === chosenYear) ?? schoolYearAt(years, today));
  const plan = useLiveQuery(
    () => (year ? calendarPlanOfYear(db, year.id) : Promise.resolve(null)),
    [db, year?.id],
  );
  const [chosen, setChosen] = useState<Choice>(NO_CHOICE);
  const [language, setLanguage] = useState<Language | null>(null);
  const choices = useMemo(() => plan && choicesOf(plan), [plan]);
  const choice = choices ? completeChoice(chosen, choices, user ?? null) : chosen;
  const target = useMemo(
    () => targetOf(choice),
    // The choice is rebuilt on each render; the target changes only with its fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [choice.kind, choice.groupId, choice.schoolId, choice.grade],
  );
  const fileLanguage = language ?? uiLanguage;
  const count = useMemo(
    () => (plan && target ? (calendarEntries(plan, target)?.length ?? null) : null),
    [plan, target],
  );
  const name = plan && target && targetName(plan, target, fileLanguage);

  let body: React.ReactNode;
  if (years === undefined || (year && plan === undefined)) {
    body = <p role="status">{t('calendars.loading')}</p>;
  } else if (!year || !plan || !choices) {
    body = <p>{t('calendars.noYears')}</p>;
  } else {
    body = (
      <>
        <section aria-labelledby={titleId} className="calendars-choice">
          <h2 id={titleId}>{t('calendars.chooseTitle')}</h2>
          <ChoiceFields
            years={years}
            yearId={year.id}
            onYear={setChosenYear}
            choices={choices}
            choice={choice}
            onChoice={setChosen}
            language={fileLanguage}
            onLanguage={setLanguage}
          />
          {name && count !== null && (
            <p className="calendars-summary" aria-live="polite">
              {t('calendars.summary', { name, count })}
            </p>
          )}
        </section>
        <DownloadSection plan={plan} target={target} language={fileLanguage} />
        <FeedsSection plan={plan} target={target} language={fileLanguage} />
      </>
    );
  }
  return (
    <div className="calendars">
      <h1>{t('calendars.title')}</h1>
      <p className="hint">{t('calendars.intro')}</p>
      {body}
    </div>
  );
}
