import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listSchools } from '@/db/queries';
import type { SessionUser } from '@/domain/sync/protocol';
import { formatDay } from '@/i18n/format';
import { useDb } from '@/ui/db-context';
import { mayChangeTrackingFrom } from '@/ui/may-write';
import { useToday } from '@/ui/today';
import { TrackingFromForm } from '@/ui/tracking-from-form';
import { useLanguage } from '@/ui/use-language';

/**
 * When each school started tracking its tasks (a year adopted mid-way): a form for each school
 * the user may change (all in local mode, the coordinator's all, a principal's own), the day as
 * text for the others; a teacher and a principal see only their own schools.
 */
export function TrackingSection({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const db = useDb();
  const today = useToday();
  const language = useLanguage();
  const all = useLiveQuery(() => listSchools(db), [db]);
  // A teacher's or principal's own schools; everyone's in local mode and for the coordinator.
  const own =
    user && (user.role === 'teacher' || user.role === 'principal') && user.schools.length > 0
      ? new Set(user.schools)
      : null;
  const schools = own ? all?.filter((school) => own.has(school.id)) : all;
  if (!schools || schools.length === 0) return null;
  return (
    <section aria-labelledby="tracking-title">
      <h2 id="tracking-title">{t('tracking.title')}</h2>
      {schools.map((school) =>
        mayChangeTrackingFrom(user, school) ? (
          <TrackingFromForm key={school.id} school={school} today={today} />
        ) : (
          <p key={school.id}>
            {school.trackingFrom
              ? t('tracking.current', {
                  school: school.name,
                  day: formatDay(school.trackingFrom, language, 'date'),
                })
              : t('tracking.none', { school: school.name })}
          </p>
        ),
      )}
    </section>
  );
}
