import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { saveTemplate } from '@/db/plan-writes';
import type { TemplateId, ThemeId } from '@/domain/ids';
import {
  breakShiftField,
  DRAFT_FIELD_ORDER,
  ruleFromDraft,
  validateTemplateDraft,
  type DraftField,
  type TemplateDraft,
} from '@/domain/library/template-draft';
import { sortThemes } from '@/domain/library/template-filter';
import {
  GRADES,
  LANGUAGES,
  RESPONSIBLE_ROLES,
  SCOPES,
  type Scope,
  type TaskTemplate,
} from '@/domain/model';
import { useDb } from '@/ui/db-context';
import { useLanguage } from '@/ui/use-language';
import { useWriteError } from '@/ui/write-error';
import { describedBy, Field, FieldNotes } from './field';
import { gradeLabel } from '@/ui/labels';
import { draftErrorText } from './labels';
import { RulePreviewPanel } from './rule-preview-panel';
import { TimingFields } from './timing-fields';
import type { LibraryData } from './use-library-data';
import { libraryHref } from './library-url';

interface Props {
  readonly data: LibraryData;
  readonly initial: TemplateDraft;
  readonly templateId: TemplateId;
  /** The stored (or copied) template: the fields the form does not edit are kept as they are. */
  readonly base: Partial<TaskTemplate>;
  readonly readOnly: boolean;
  readonly onSaved: (template: TaskTemplate) => void;
}

/**
 * The template form: texts in three languages, who and by whom, timing, and the live preview.
 * Errors show next to their fields once the user has tried to save, and follow the edits after
 * that; the first one takes the focus on each failed save, and nothing is saved.
 */
export function TemplateForm({ data, initial, templateId, base, readOnly, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const formId = useId();
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const { error: writeError, run } = useWriteError(t);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const set = (patch: Partial<TemplateDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const idOf = (field: string) => `${formId}-${field.replace('.', '-')}`;

  const result = useMemo(
    () => validateTemplateDraft(draft, templateId, base),
    [draft, templateId, base],
  );
  const errors = tried && !result.ok ? result.errors : {};
  const errorOf = (field: DraftField) => {
    const e = errors[field];
    return e ? draftErrorText(t, e) : null;
  };
  // The preview follows the timing alone, so it shows while the texts are being written.
  const previewed = useMemo<TaskTemplate | null>(() => {
    const timing = ruleFromDraft(draft);
    if (Object.keys(timing.errors).length > 0) return null;
    const { breakShift: storedShift, ...rest } = base;
    return {
      ...rest,
      id: templateId,
      title: draft.title,
      description: draft.description,
      themeId: draft.themeId,
      grades: draft.grades,
      scope: draft.scope,
      responsible: draft.responsible,
      timing: timing.rule,
      materials: base.materials ?? [],
      retiredFrom: base.retiredFrom ?? null,
      ...breakShiftField(draft.breakShift, storedShift),
    };
  }, [draft, templateId, base]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = DRAFT_FIELD_ORDER.find((f) => errors[f]);
    const target = first ? document.getElementById(idOf(first)) : summaryRef.current;
    target?.focus();
    // Only a new failed save moves the focus, not the edits after it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const submit = () => {
    setTried(true);
    if (!result.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    void run(async () => {
      await saveTemplate(db, result.template);
      onSaved(result.template);
    });
  };

  const themes = sortThemes(data.themes, language);
  const hasErrors = tried && !result.ok;

  return (
    <form
      className="template-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset disabled={readOnly} className="form-body">
        <fieldset className="form-section">
          <legend>{t('templateForm.texts')}</legend>
          <p className="hint">{t('templateForm.textsHint')}</p>
          {LANGUAGES.map((lang) => (
            <div key={lang} className="language-texts">
              <Field
                id={idOf(`title.${lang}`)}
                label={t('templateForm.titleIn', { language: t(`languageName.${lang}`) })}
                error={errorOf(`title.${lang}`)}
                render={(p) => (
                  <input
                    {...p}
                    lang={lang}
                    autoComplete="off"
                    value={draft.title[lang]}
                    onChange={(e) => set({ title: { ...draft.title, [lang]: e.target.value } })}
                  />
                )}
              />
              <Field
                id={idOf(`description.${lang}`)}
                label={t('templateForm.descriptionIn', { language: t(`languageName.${lang}`) })}
                error={errorOf(`description.${lang}`)}
                render={(p) => (
                  <textarea
                    {...p}
                    lang={lang}
                    rows={3}
                    value={draft.description[lang]}
                    onChange={(e) =>
                      set({ description: { ...draft.description, [lang]: e.target.value } })
                    }
                  />
                )}
              />
            </div>
          ))}
        </fieldset>

        <fieldset className="form-section">
          <legend>{t('templateForm.who')}</legend>
          <fieldset
            className="check-group"
            {...describedBy(idOf('grades'), undefined, errorOf('grades'))}
          >
            <legend>{t('templateForm.grades')}</legend>
            <div className="check-grid">
              {GRADES.map((g, i) => (
                <label key={g}>
                  <input
                    type="checkbox"
                    id={i === 0 ? idOf('grades') : undefined}
                    checked={draft.grades.includes(g)}
                    onChange={(e) =>
                      set({
                        grades: e.target.checked
                          ? [...draft.grades, g]
                          : draft.grades.filter((x) => x !== g),
                      })
                    }
                  />{' '}
                  {gradeLabel(t, g)}
                </label>
              ))}
            </div>
            <FieldNotes id={idOf('grades')} error={errorOf('grades')} />
          </fieldset>
          <fieldset className="check-group">
            <legend>{t('templateForm.scope')}</legend>
            {SCOPES.map((s) => (
              <label key={s} className="check-line">
                <input
                  type="radio"
                  name={idOf('scope')}
                  value={s}
                  checked={draft.scope === s}
                  onChange={() => set({ scope: s as Scope })}
                />{' '}
                {t(`scope.${s}`)}
              </label>
            ))}
          </fieldset>
          <fieldset
            className="check-group"
            {...describedBy(idOf('responsible'), undefined, errorOf('responsible'))}
          >
            <legend>{t('templateForm.responsible')}</legend>
            <div className="check-grid check-grid-wide">
              {RESPONSIBLE_ROLES.map((r, i) => (
                <label key={r}>
                  <input
                    type="checkbox"
                    id={i === 0 ? idOf('responsible') : undefined}
                    checked={draft.responsible.includes(r)}
                    onChange={(e) =>
                      set({
                        responsible: e.target.checked
                          ? [...draft.responsible, r]
                          : draft.responsible.filter((x) => x !== r),
                      })
                    }
                  />{' '}
                  {t(`role.${r}`)}
                </label>
              ))}
            </div>
            <FieldNotes id={idOf('responsible')} error={errorOf('responsible')} />
          </fieldset>
          <Field
            id={idOf('theme')}
            label={t('templateForm.theme')}
            render={(p) => (
              <select
                {...p}
                value={draft.themeId ?? ''}
                onChange={(e) =>
                  set({ themeId: e.target.value === '' ? null : (e.target.value as ThemeId) })
                }
              >
                <option value="">{t('templateForm.noTheme')}</option>
                {themes.map((th) => (
                  <option key={th.id} value={th.id}>
                    {th.name[language] || `${th.name.fi} ${t('library.noTranslation')}`}
                  </option>
                ))}
              </select>
            )}
          />
        </fieldset>

        <TimingFields draft={draft} set={set} idOf={idOf} errorOf={errorOf} />
      </fieldset>

      <RulePreviewPanel data={data} template={previewed} />

      {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('templateForm.save')}
          </button>
          <Link href={libraryHref()}>{t('templateForm.cancel')}</Link>
        </div>
      )}
      <p ref={summaryRef} tabIndex={-1} role="alert" className="error">
        {hasErrors ? t('templateForm.errorSummary') : (writeError ?? '')}
      </p>
    </form>
  );
}
