import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { saveTheme } from '@/db/plan-writes';
import { randomUuid } from '@/db/random-id';
import { themeId, type ThemeId } from '@/domain/ids';
import {
  draftFromTheme,
  emptyThemeDraft,
  THEME_FIELD_ORDER,
  validateThemeDraft,
  type ThemeDraft,
  type ThemeField,
} from '@/domain/library/theme-draft';
import { sortThemes } from '@/domain/library/template-filter';
import { paletteEntry, THEME_PALETTE } from '@/domain/library/theme-palette';
import { LANGUAGES, type Theme } from '@/domain/model';
import { useDb } from '@/ui/db-context';
import { useLanguage } from '@/ui/use-language';
import { useWriteError } from '@/ui/write-error';
import { describedBy, Field, FieldNotes } from './field';
import { draftErrorText } from './labels';
import { ThemeLabel } from './theme-label';
import { libraryHref } from './library-url';

interface Props {
  readonly themes: readonly Theme[];
  readonly mayEdit: boolean;
}

/** The themes in their order, each with its colour and name; the coordinator edits them here. */
export function ThemesEditor({ themes, mayEdit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState<ThemeId | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const sorted = sortThemes(themes, language);
  const editedTheme =
    editing && editing !== 'new' ? themes.find((th) => th.id === editing) : undefined;

  return (
    <div className="library themes-editor">
      <p>
        <Link href={libraryHref()}>{t('library.back')}</Link>
      </p>
      <h1>{t('themes.title')}</h1>
      <p>{t('themes.intro')}</p>
      {!mayEdit && <p className="notice">{t('library.readOnly')}</p>}
      <p role="status" className="status-line">
        {status}
      </p>
      {sorted.length === 0 ? (
        <p>{t('themes.empty')}</p>
      ) : (
        <ul className="theme-list">
          {sorted.map((theme) => (
            <li key={theme.id}>
              <ThemeLabel theme={theme} />
              {theme.order !== undefined && (
                <span className="hint"> ({t('themes.orderLabel', { order: theme.order })})</span>
              )}
              {mayEdit && (
                <button
                  type="button"
                  aria-label={t('themes.editTitle', {
                    name: theme.name[language] || theme.name.fi,
                  })}
                  onClick={() => {
                    setEditing(theme.id);
                    setStatus('');
                  }}
                >
                  {t('themes.edit')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayEdit && editing === null && (
        <button type="button" onClick={() => setEditing('new')}>
          {t('themes.add')}
        </button>
      )}
      {mayEdit && editing !== null && (
        <ThemeForm
          key={editing}
          theme={editedTheme}
          onDone={(saved) => {
            setEditing(null);
            if (saved)
              setStatus(t('themes.saved', { name: saved.name[language] || saved.name.fi }));
          }}
        />
      )}
    </div>
  );
}

function ThemeForm({
  theme,
  onDone,
}: {
  theme: Theme | undefined;
  onDone: (saved: Theme | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [id] = useState(() => theme?.id ?? themeId(`theme-${randomUuid()}`));
  const [draft, setDraft] = useState<ThemeDraft>(() =>
    theme ? draftFromTheme(theme) : emptyThemeDraft(),
  );
  const [tried, setTried] = useState(false);
  const { error: writeError, run } = useWriteError(t);
  const idOf = (field: string) => `${formId}-${field.replace('.', '-')}`;
  const result = validateThemeDraft(draft, id);
  const errors = tried && !result.ok ? result.errors : {};
  const errorOf = (field: ThemeField) => {
    const e = errors[field];
    return e ? draftErrorText(t, e) : null;
  };
  const current = paletteEntry(draft.color);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <form
      className="theme-form"
      noValidate
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!result.ok) {
          const first = THEME_FIELD_ORDER.find((f) => result.errors[f]);
          if (first) document.getElementById(idOf(first))?.focus();
          return;
        }
        void run(async () => {
          await saveTheme(db, result.theme);
          onDone(result.theme);
        });
      }}
    >
      <h2 id={`${formId}-title`} ref={headingRef} tabIndex={-1}>
        {theme
          ? t('themes.editTitle', { name: theme.name[language] || theme.name.fi })
          : t('themes.newTitle')}
      </h2>
      {LANGUAGES.map((lang) => (
        <Field
          key={lang}
          id={idOf(`name.${lang}`)}
          label={t('themes.nameIn', { language: t(`languageName.${lang}`) })}
          error={errorOf(`name.${lang}`)}
          render={(p) => (
            <input
              {...p}
              lang={lang}
              autoComplete="off"
              value={draft.name[lang]}
              onChange={(e) =>
                setDraft({ ...draft, name: { ...draft.name, [lang]: e.target.value } })
              }
            />
          )}
        />
      ))}
      <fieldset
        className="check-group"
        {...describedBy(idOf('color'), undefined, errorOf('color'))}
      >
        <legend>{t('themes.color')}</legend>
        <div className="palette">
          {THEME_PALETTE.map((p, i) => (
            <label key={p.id} className="palette-choice">
              <input
                type="radio"
                name={idOf('color')}
                id={i === 0 ? idOf('color') : undefined}
                value={p.color}
                checked={current?.color === p.color}
                onChange={() => setDraft({ ...draft, color: p.color })}
              />
              <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
              {t(`themes.color_${p.id}`)}
            </label>
          ))}
        </div>
        {current === null && (
          <p className="hint">{t('themes.color_other', { color: draft.color })}</p>
        )}
        <FieldNotes id={idOf('color')} error={errorOf('color')} />
      </fieldset>
      <Field
        id={idOf('order')}
        label={t('themes.order')}
        hint={t('themes.orderHint')}
        error={errorOf('order')}
        render={(p) => (
          <input
            {...p}
            className="input-number"
            inputMode="numeric"
            autoComplete="off"
            value={draft.order}
            onChange={(e) => setDraft({ ...draft, order: e.target.value })}
          />
        )}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('themes.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('themes.cancel')}
        </button>
      </div>
      {writeError && (
        <p role="alert" className="error">
          {writeError}
        </p>
      )}
    </form>
  );
}
