import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '@/ui/db-context';

/**
 * A newer version of the app opened this database in another tab and upgraded its schema: this
 * tab's connection is closed (Dexie does that on `versionchange`) and its code is older than the
 * data, so it must reload before it writes again. Local changes are already stored.
 */
export function DatabaseReplacedBanner() {
  const { t } = useTranslation();
  const db = useDb();
  const [replaced, setReplaced] = useState(false);
  useEffect(() => {
    const onVersionChange = () => setReplaced(true);
    db.on('versionchange', onVersionChange);
    return () => db.on('versionchange').unsubscribe(onVersionChange);
  }, [db]);
  if (!replaced) return null;
  return (
    <div className="update-banner" role="alert">
      <span>{t('app.replacedInOtherTab')}</span>{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}
