import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCAL_ROLES, isLocalRole } from '@/domain/local-role';
import type { SessionUser } from '@/domain/sync/protocol';
import { useDb } from '@/ui/db-context';
import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta, setMeta } from '@/db/meta';

/**
 * The role this device acts in while in local mode (asked until chosen), stored on the device.
 * Signed in, the account's role is shown instead.
 */
export function LocalRoleSection({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const id = useId();
  const db = useDb();
  const stored = useLiveQuery(async () => (await getMeta(db, 'localRole')) ?? null, [db]);
  const [saved, setSaved] = useState(false);
  if (stored === undefined) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="local-role">
      <h2 id={`${id}-title`}>{user ? t('localRole.title') : t('localRole.promptTitle')}</h2>
      {user ? (
        <p>{t('localRole.signedIn', { role: t(`account.role_${user.role}`) })}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('localRole.label')}</label>
          <select
            id={`${id}-role`}
            value={stored ?? ''}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              const role = e.target.value;
              if (!isLocalRole(role)) return;
              void setMeta(db, 'localRole', role).then(() => setSaved(true));
            }}
          >
            {stored === null && <option value="">{t('localRole.choose')}</option>}
            {LOCAL_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`account.role_${role}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-hint`} className="hint">
            {t('localRole.hint')}
          </p>
          <p role="status">{saved ? t('localRole.saved') : ''}</p>
        </div>
      )}
    </section>
  );
}
