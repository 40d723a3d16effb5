import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { setMeta } from '@/db/meta';
import { LANGUAGES, type Language } from '@/domain/model';
import { changeLanguage } from '@/i18n/i18n';
import { ChoiceForm } from '@/ui/choice-form';
import { useDb } from '@/ui/db-context';
import { useRole } from '@/ui/live-data';
import { useLanguage } from '@/ui/use-language';
import { ROUTES, mayOpen, navHrefOf, routeAt } from './routes';
import { SyncStatus } from './sync-status';

/** The app's name, the views this user sees (from the route table), the language and save state. */
export function AppHeader() {
  const { t } = useTranslation();
  const id = useId();
  const role = useRole() ?? null;
  const [location] = useLocation();
  const current = routeAt(location);
  // On a phone the menu folds behind a button (styles.css), opened where the user is: a view
  // opened from it folds it again.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const menuOpen = openAt === location;

  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav
        aria-label={t('app.navLabel')}
        className={menuOpen ? 'open' : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menuOpen) {
            setOpenAt(null);
            document.getElementById(`${id}-menu`)?.focus();
          }
        }}
      >
        <button
          type="button"
          id={`${id}-menu`}
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={`${id}-views`}
          onClick={() => setOpenAt(menuOpen ? null : location)}
        >
          {t('app.menu')}
        </button>
        <ul id={`${id}-views`} onClick={() => setOpenAt(null)}>
          {ROUTES.filter((route) => mayOpen(route, role)).map((route) => (
            <li key={route.id}>
              <Link
                href={navHrefOf(route)}
                className="nav-link"
                aria-current={current?.id === route.id ? 'page' : undefined}
              >
                {t(`nav.${route.navLabel}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-tools">
        <LanguageChoice />
        <SyncStatus />
      </div>
    </header>
  );
}

/**
 * The language of the app, stored on this device. Apart from the header, so that a move to
 * another view does not render the select again: React sets a rendered select's chosen option
 * anew, and in a page the user has just used Chromium's autofill then scans the page's forms.
 */
const LanguageChoice = memo(function LanguageChoice() {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const id = useId();
  // Stored at once, not after the language's strings have loaded: a page opened meanwhile (or
  // strings that do not load) still finds the choice.
  const chooseLanguage = (next: Language) =>
    Promise.all([setMeta(db, 'language', next), changeLanguage(next)]);
  return (
    <ChoiceForm className="language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => void chooseLanguage(e.target.value as Language)}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`language.${lng}`)}
          </option>
        ))}
      </select>
    </ChoiceForm>
  );
});
