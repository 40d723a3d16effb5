import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { saveTemplate } from '@/db/plan-writes';
import { randomUuid } from '@/db/random-id';
import { templateId as toTemplateId, type TemplateId } from '@/domain/ids';
import { draftFromTemplate, emptyDraft } from '@/domain/library/template-draft';
import type { TaskTemplate } from '@/domain/model';
import { useDb } from '@/ui/db-context';
import { useWriteError } from '@/ui/write-error';
import { schoolYearLabel } from '@/ui/labels';
import { TemplateForm } from './template-form';
import type { LibraryData } from './use-library-data';
import { libraryHref } from './library-url';

interface Props {
  readonly data: LibraryData;
  /** The template's id, or 'new' (with `?copy=<id>` to start from a copy of another). */
  readonly param: string;
  readonly mayEdit: boolean;
}

const NO_BASE = {} as const;

/** A new task, a copy, or a stored one: its form, and for a stored one duplicating and retiring. */
export function TemplateEditor({ data, param, mayEdit }: Props) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const copyOf = new URLSearchParams(useSearch()).get('copy');
  const [newId] = useState(() => toTemplateId(`tpl-${randomUuid()}`));
  const startYear = data.schoolYear?.startYear ?? 2000;
  const isNew = param === 'new';
  const source = data.templates.find((x) => x.id === (isNew ? copyOf : param));

  if (!isNew && source === undefined) {
    return (
      <div className="library">
        <h1>{t('templateForm.viewTitle')}</h1>
        <p>{t('library.notFound')}</p>
        <Link href={libraryHref()}>{t('library.back')}</Link>
      </div>
    );
  }
  if (isNew && !mayEdit) {
    navigate(libraryHref(), { replace: true });
    return null;
  }

  const id: TemplateId = isNew ? newId : (source as TaskTemplate).id;
  const initial = source
    ? isNew
      ? copyDraft(draftFromTemplate(source, startYear), t('templateForm.copySuffix'))
      : draftFromTemplate(source, startYear)
    : emptyDraft(startYear);
  const heading = !mayEdit
    ? t('templateForm.viewTitle')
    : isNew
      ? source
        ? t('templateForm.copyTitle')
        : t('templateForm.newTitle')
      : t('templateForm.editTitle');

  return (
    <div className="library">
      <p>
        <Link href={libraryHref()}>{t('library.back')}</Link>
      </p>
      <h1>{heading}</h1>
      {!isNew && mayEdit && source && (
        <p>
          <Link href={`/library/new?copy=${encodeURIComponent(source.id)}`}>
            {t('templateForm.duplicate')}
          </Link>
        </p>
      )}
      <TemplateForm
        key={`${param}:${copyOf ?? ''}`}
        data={data}
        initial={initial}
        templateId={id}
        // A copy keeps the original's other fields (materials...) but is not retired.
        base={source ? (isNew ? { ...source, retiredFrom: null } : source) : NO_BASE}
        readOnly={!mayEdit}
        onSaved={(saved) => navigate(libraryHref(`saved=${encodeURIComponent(saved.id)}`))}
      />
      {!isNew && source && (
        <RetireSection template={source} startYear={startYear} mayEdit={mayEdit} />
      )}
    </div>
  );
}

function copyDraft<D extends { title: TaskTemplate['title'] }>(draft: D, suffix: string): D {
  const mark = (s: string) => (s.trim() === '' ? s : `${s} ${suffix}`);
  return {
    ...draft,
    title: { fi: mark(draft.title.fi), sv: mark(draft.title.sv), en: mark(draft.title.en) },
  };
}

/**
 * Retiring: from a chosen school year on the task is no longer planned; the years before keep it
 * and every tick stays. Bringing it back clears the year.
 */
function RetireSection({
  template,
  startYear,
  mayEdit,
}: {
  template: TaskTemplate;
  startYear: number;
  mayEdit: boolean;
}) {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const { error, run } = useWriteError(t);
  const [from, setFrom] = useState(String(startYear + 1));
  const [status, setStatus] = useState('');
  const retiredFrom = template.retiredFrom ?? null;
  const years = [0, 1, 2, 3].map((n) => startYear + n);

  return (
    <section className="retire" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('templateForm.retire')}</h2>
      {retiredFrom !== null && (
        <p className="notice">
          {t('templateForm.retiredNote', { year: schoolYearLabel(retiredFrom) })}
        </p>
      )}
      <p className="hint">{t('templateForm.retireHint')}</p>
      {mayEdit && retiredFrom === null && (
        <div className="form-actions">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('templateForm.retireFrom')}</label>
            <select id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {schoolYearLabel(y)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={() =>
              void run(async () => {
                await saveTemplate(db, { ...template, retiredFrom: Number(from) });
                setStatus(t('templateForm.retiredSaved', { year: schoolYearLabel(Number(from)) }));
              })
            }
          >
            {t('templateForm.retireButton')}
          </button>
        </div>
      )}
      {mayEdit && retiredFrom !== null && (
        <button
          type="button"
          onClick={() =>
            void run(async () => {
              await saveTemplate(db, { ...template, retiredFrom: null });
              setStatus(t('templateForm.unretiredSaved'));
            })
          }
        >
          {t('templateForm.unretire')}
        </button>
      )}
      <p role="status" className="status-line">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
