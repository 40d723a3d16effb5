import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setMeta } from '@/db/meta';
import { LANGUAGES, type Language } from '@/domain/model';
import { changeLanguage } from '@/i18n/i18n';
import { useDb } from '@/ui/db-context';
import { useLanguage } from '@/ui/use-language';
import { SyncStatus } from './sync-status';

export const VIEWS = ['thisMonth', 'settings'] as const;
export type View = (typeof VIEWS)[number];

interface Props {
  view: View;
  onNavigate: (view: View) => void;
}

export function AppHeader({ view, onNavigate }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const languageId = useId();

  const chooseLanguage = async (next: Language) => {
    await changeLanguage(next);
    await setMeta(db, 'language', next);
  };

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('app.navLabel')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <button
                type="button"
                className="nav-link"
                aria-current={view === v ? 'page' : undefined}
                onClick={() => onNavigate(v)}
              >
                {t(`nav.${v}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <label htmlFor={languageId}>{t('language.label')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(e) => void chooseLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {t(`language.${lng}`)}
            </option>
          ))}
        </select>
        <SyncStatus />
      </div>
    </header>
  );
}
