import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listConflicts, markConflictsSeen, type SyncConflict } from '@/db/conflicts';
import type { VuosikelloDb } from '@/db/database';
import { templateOfAction } from '@/db/unplanned-progress';
import { useDb } from '@/ui/db-context';
import { useLanguage } from '@/ui/use-language';

/** Unseen notices worth telling, each with the title of the task it concerns when known. */
async function unseenNotices(db: VuosikelloDb) {
  const conflicts = (await listConflicts(db, { unseenOnly: true })).filter(
    (c) => c.kind !== 'overwrote',
  );
  return Promise.all(
    conflicts.map(async (conflict) => {
      if (conflict.entity !== 'progress') return { conflict, title: null };
      const template = await templateOfAction(db, conflict.entityId);
      return { conflict, title: template?.title ?? null };
    }),
  );
}

/** Tells the user when a change of theirs did not stay (someone's later edit, or refused). */
export function ConflictNotice() {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const shown = useLiveQuery(() => unseenNotices(db), [db]) ?? [];
  if (shown.length === 0) return null;
  /** Why the server refused a change, where its code says something the user can act on. */
  const rejectedWhy = (code: SyncConflict['code']) => {
    switch (code) {
      // A note holding a personal identity code (no pupil data, ever).
      case 'PersonalData':
        return t('conflict.rejected_PersonalData');
      // A change the account's role or schools do not allow (made in local mode, say).
      case 'Forbidden':
      case 'WrongOrganization':
        return t('conflict.rejected_Forbidden');
      // A tick of a task or class the server's plan no longer has.
      case 'NotFound':
      case 'UnknownGroup':
      case 'UnknownAction':
        return t('conflict.rejected_NotFound');
      default:
        return t('conflict.rejected');
    }
  };
  const describe = (c: SyncConflict) => {
    const by = c.by ?? t('conflict.someone');
    switch (c.kind) {
      case 'overwritten':
        return t('conflict.overwritten', { by });
      case 'rejected':
        return rejectedWhy(c.code);
      case 'editedDeleted':
        return t('conflict.editedDeleted');
      case 'overwrote':
        return t('conflict.overwrote', { by });
    }
  };
  return (
    <section className="conflict-notice" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{t('conflict.title', { count: shown.length })}</h2>
      <ul>
        {shown.map(({ conflict, title }) => (
          <li key={conflict.id}>
            {title && <strong>{title[language]}: </strong>}
            {describe(conflict)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void markConflictsSeen(db)}>
        {t('conflict.dismiss')}
      </button>
    </section>
  );
}
