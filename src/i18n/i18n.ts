/**
 * i18next setup. Finnish ships in the first load with the first screen's strings (the rest load
 * with the views that use them: loadLaterStrings); Swedish and English are fetched whole when
 * chosen, with their date-fns locales (they are small, but the first screen does not need them).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/domain/model';
import type { fi } from './fi';
import { fiFirstScreen } from './fi-first-screen';
import { loadDateLocale } from './format';

const DEFAULT_LANGUAGE: Language = 'fi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fi };
  }
}

const loaders: Record<Exclude<Language, 'fi'>, () => Promise<object>> = {
  sv: () => import('./sv').then((m) => m.sv),
  en: () => import('./en').then((m) => m.en),
};

let markInitialized = () => {};
/** Resolves once i18next is initialized: a bundle added before then would be dropped by init. */
const initialized = new Promise<void>((resolve) => (markInitialized = resolve));

/** Initializes i18next once, in the given language (resources loaded before it resolves). */
export async function initI18n(language: Language = DEFAULT_LANGUAGE) {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { fi: { translation: fiFirstScreen } },
      interpolation: { escapeValue: false },
      returnNull: false,
      // No key names a namespace. i18next tests every key it translates with a regular
      // expression (the first render makes about ninety calls) unless a separator is given
      // as a truthy value: the key separator, its default, is given, so the test is skipped.
      nsSeparator: false,
      keySeparator: '.',
    });
  }
  markInitialized();
  // Initialized in Finnish: only another language (or Finnish again, after another) is switched to.
  if (i18next.language !== language) await changeLanguage(language);
  return i18next;
}

/** Loads the language's resources and date locale when needed and switches to it. */
export async function changeLanguage(language: Language) {
  // Both downloads at once.
  const resources =
    language === 'fi' || i18next.hasResourceBundle(language, 'translation')
      ? null
      : loaders[language]();
  await loadDateLocale(language);
  if (resources) i18next.addResourceBundle(language, 'translation', await resources);
  await i18next.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

let laterStrings: Promise<void> | null = null;

/**
 * Adds the Finnish strings of the views other than the first screen (fi-later.ts), once; a view
 * that uses them loads them with its code (routes.ts, app.tsx). Swedish and English load whole.
 */
export function loadLaterStrings(): Promise<void> {
  return (laterStrings ??= Promise.all([import('./fi-later'), initialized]).then(
    ([{ fiLater }]) => {
      i18next.addResourceBundle('fi', 'translation', fiLater, true, false);
    },
  ));
}
