import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyImport, planImport, type ImportPlan } from '@/db/exchange-writes';
import { listSchools, listTemplates, listThemes } from '@/db/queries';
import { readImportFile, type ImportFileKind } from '@/domain/exchange/import-file';
import type { ImportProblem } from '@/domain/exchange/problems';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';
import { useDb } from '@/ui/db-context';
import { useWriteError } from '@/ui/write-error';
import { batchOf } from './import-batch';
import { ImportPreview } from './import-preview';
import { ProblemTable } from './problem-table';
import { readBytes } from './read-bytes';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'unreadable' }
  | {
      readonly kind: 'problems';
      readonly file: string;
      readonly fileKind: ImportFileKind;
      readonly problems: readonly ImportProblem[];
    }
  | {
      readonly kind: 'preview';
      /** Null for the built-in library. */
      readonly file: string | null;
      readonly fileKind: ImportFileKind | 'builtInLibrary';
      readonly plan: ImportPlan;
    }
  | { readonly kind: 'done'; readonly create: number; readonly update: number };

const count = (plan: ImportPlan, status: 'create' | 'update') =>
  plan.items.filter((i) => i.status === status).length;

/**
 * Importing a file: it is read and checked, then either every problem is listed (nothing
 * changes) or a preview shows what would be created and updated, to confirm.
 */
export function ImportSection() {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [inputKey, setInputKey] = useState(0);
  const { error, run } = useWriteError(t);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // The result of reading or importing takes the focus, so it is what a screen reader says next.
  useEffect(() => {
    if (step.kind !== 'idle' && step.kind !== 'reading') resultRef.current?.focus();
  }, [step.kind]);

  const read = async (file: File) => {
    setStep({ kind: 'reading' });
    try {
      const [bytes, themes, templates, schools, organization] = await Promise.all([
        readBytes(file),
        listThemes(db),
        listTemplates(db),
        listSchools(db),
        db.organizations.toCollection().first(),
      ]);
      const read = readImportFile(file.name, bytes, {
        themes,
        templates,
        schools,
        organizationId: organization?.id ?? null,
      });
      const batch = batchOf(read);
      setStep(
        batch.ok
          ? {
              kind: 'preview',
              file: file.name,
              fileKind: read.kind,
              plan: await planImport(db, batch.batch),
            }
          : { kind: 'problems', file: file.name, fileKind: read.kind, problems: batch.problems },
      );
    } catch (cause) {
      console.error(cause);
      setStep({ kind: 'unreadable' });
    }
  };

  const previewBuiltIn = async () => {
    setStep({ kind: 'reading' });
    const batch = { themes: builtInThemes, templates: builtInTemplates };
    setStep({
      kind: 'preview',
      file: null,
      fileKind: 'builtInLibrary',
      plan: await planImport(db, batch),
    });
  };

  const reset = () => {
    setInputKey((k) => k + 1);
    setStep({ kind: 'idle' });
  };

  const confirm = (plan: ImportPlan) =>
    void run(async () => {
      await applyImport(db, plan);
      setInputKey((k) => k + 1);
      setStep({ kind: 'done', create: count(plan, 'create'), update: count(plan, 'update') });
    });

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-import">
      <h2 id={`${id}-title`}>{t('exchange.importTitle')}</h2>
      <p className="notice">{t('exchange.neverDeletes')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('exchange.fileLabel')}</label>
        <input
          key={inputKey}
          id={`${id}-file`}
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so that the same file chosen again after fixing it is read again.
            e.target.value = '';
            if (file) void read(file);
          }}
        />
        <p id={`${id}-hint`} className="hint">
          {t('exchange.fileHint')}
        </p>
      </div>
      <p className="exchange-built-in">
        {t('exchange.builtInHint', { count: builtInTemplates.length })}{' '}
        <button type="button" onClick={() => void previewBuiltIn()}>
          {t('exchange.builtInButton')}
        </button>
      </p>
      <div role="status" className="exchange-status">
        {step.kind === 'reading' && t('exchange.reading')}
      </div>
      {step.kind === 'unreadable' && (
        <h3 ref={resultRef} tabIndex={-1} className="error">
          {t('exchange.readError')}
        </h3>
      )}
      {step.kind === 'done' && (
        <h3 ref={resultRef} tabIndex={-1}>
          {t('exchange.imported', { create: step.create, update: step.update })}
        </h3>
      )}
      {(step.kind === 'problems' || step.kind === 'preview') && (
        <p>
          {step.file === null
            ? t(`exchange.kind_${step.fileKind}`)
            : t('exchange.fileKind', {
                name: step.file,
                kind: t(`exchange.kind_${step.fileKind}`),
              })}
        </p>
      )}
      {step.kind === 'problems' && (
        <div className="exchange-problems">
          <h3 ref={resultRef} tabIndex={-1} className="error">
            {t('exchange.problemsTitle', { count: step.problems.length })}
          </h3>
          <p>{t('exchange.problemsHint')}</p>
          <ProblemTable problems={step.problems} />
        </div>
      )}
      {step.kind === 'preview' && (
        <div className="exchange-preview">
          <h3 ref={resultRef} tabIndex={-1}>
            {t('exchange.previewTitle')}
          </h3>
          <ImportPreview plan={step.plan} />
          {step.plan.writes.length === 0 ? (
            <p>{t('exchange.nothingToImport')}</p>
          ) : (
            <div className="form-actions">
              <button type="button" onClick={() => confirm(step.plan)}>
                {t('exchange.confirm')}
              </button>
              <button type="button" onClick={reset}>
                {t('exchange.cancel')}
              </button>
            </div>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
