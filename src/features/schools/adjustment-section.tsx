import { adjustmentIdFor } from '@/domain/adjustment-ids';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletePlanRow, savePlanRow } from '@/db/plan-writes';
import { listTemplates } from '@/db/queries';
import { withoutStamp } from '@/db/server-copy';
import type { TemplateId } from '@/domain/ids';
import { type School, type SchoolAdjustment, type TaskTemplate } from '@/domain/model';
import { MONTH_PARTS, type Month, type MonthPart } from '@/domain/timing-rule';
import { useDb } from '@/ui/db-context';
import { monthName } from '@/ui/month-name';
import { ruleInWords } from '@/ui/rule-words';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { useWriteError } from '@/ui/write-error';

interface Props {
  readonly school: School;
  readonly editable: boolean;
}

const MONTHS: readonly Month[] = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];

/** The tasks a school can adjust: its classes' and its own (an organization task is not its). */
function adjustable(templates: readonly TaskTemplate[], school: School): TaskTemplate[] {
  return templates.filter(
    (t) => t.scope !== 'organization' && t.grades.some((g) => school.grades.includes(g)),
  );
}

/**
 * A school's own changes of the municipal plan: each task moved (with its timing in words) or
 * switched off, to undo; and a form to move a task to a month or switch it off for this school.
 */
export function AdjustmentSection({ school, editable }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const year = Number(useToday().slice(0, 4));
  const id = useId();
  const { error, run } = useWriteError(t);
  const [message, setMessage] = useState('');
  const [templateId, setTemplateId] = useState<TemplateId | ''>('');
  const [kind, setKind] = useState<SchoolAdjustment['kind']>('move');
  const [month, setMonth] = useState<Month>(9);
  const [part, setPart] = useState<MonthPart>('whole');
  const [taskProblem, setTaskProblem] = useState(false);
  const data = useLiveQuery(
    async () => ({
      adjustments: (await db.adjustments.where('schoolId').equals(school.id).toArray()).map(
        withoutStamp,
      ),
      templates: await listTemplates(db),
    }),
    [db, school.id],
  );
  if (data === undefined) return null;
  const titleOf = (templateId: TemplateId) => {
    const template = data.templates.find((x) => x.id === templateId);
    return template?.title[language] || template?.title.fi || templateId;
  };
  const tasks = adjustable(data.templates, school).sort((a, b) =>
    titleOf(a.id).localeCompare(titleOf(b.id), language),
  );

  return (
    <section aria-labelledby={`${id}-title`} className="adjustment-section">
      <h3 id={`${id}-title`}>{t('schools.adjustmentsTitle')}</h3>
      <p className="hint">{t('schools.adjustmentsIntro')}</p>
      <p role="status" className="class-message">
        {message}
      </p>
      {data.adjustments.length === 0 ? (
        <p>{t('schools.noAdjustments')}</p>
      ) : (
        <ul className="class-list">
          {data.adjustments.map((a) => (
            <li key={a.id}>
              <span className="class-name">{titleOf(a.templateId)}</span>{' '}
              <span className="hint">
                (
                {a.kind === 'off' || a.timing === null
                  ? t('schools.adjustmentOff')
                  : t('schools.adjustmentMoved', {
                      rule: ruleInWords(a.timing, t, language, year),
                    })}
                )
              </span>
              {editable && (
                <span className="class-buttons">
                  <button
                    type="button"
                    aria-label={t('schools.undoLabel', { task: titleOf(a.templateId) })}
                    onClick={() =>
                      void run(() => deletePlanRow(db, 'adjustment', a.id)).then(
                        (ok) =>
                          ok && setMessage(t('schools.undone', { task: titleOf(a.templateId) })),
                      )
                    }
                  >
                    {t('schools.undo')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          aria-label={t('schools.newAdjustment')}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (templateId === '') {
              setTaskProblem(true);
              return;
            }
            setTaskProblem(false);
            const row: SchoolAdjustment = {
              id: adjustmentIdFor(school.id, templateId),
              schoolId: school.id,
              templateId,
              kind,
              timing: kind === 'move' ? { kind: 'month', month, part } : null,
            };
            void run(() => savePlanRow(db, 'adjustment', row)).then((ok) => {
              if (ok) setMessage('');
            });
          }}
        >
          <h4>{t('schools.newAdjustment')}</h4>
          <div className="field">
            <label htmlFor={`${id}-task`}>{t('schools.task')}</label>
            <select
              id={`${id}-task`}
              value={templateId}
              aria-invalid={taskProblem ? true : undefined}
              aria-describedby={taskProblem ? `${id}-task-error` : undefined}
              onChange={(e) => setTemplateId(e.target.value as TemplateId)}
            >
              <option value="">{t('schools.chooseTask')}</option>
              {tasks.map((task) => (
                <option key={task.id} value={task.id}>
                  {titleOf(task.id)} ({ruleInWords(task.timing, t, language, year)})
                </option>
              ))}
            </select>
            {taskProblem && (
              <p id={`${id}-task-error`} className="error">
                {t('schools.error_TASK_MISSING')}
              </p>
            )}
          </div>
          <fieldset>
            <legend>{t('schools.change')}</legend>
            {(['move', 'off'] as const).map((k) => (
              <label key={k} className="grade-checkbox">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {k === 'move' ? t('schools.changeMove') : t('schools.changeOff')}
              </label>
            ))}
          </fieldset>
          {kind === 'move' && (
            <>
              <div className="field">
                <label htmlFor={`${id}-month`}>{t('schools.month')}</label>
                <select
                  id={`${id}-month`}
                  value={month}
                  onChange={(e) => setMonth(Number(e.target.value) as Month)}
                >
                  {MONTHS.map((m) => (
                    <option key={m} value={m}>
                      {monthName(m, language)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-part`}>{t('schools.part')}</label>
                <select
                  id={`${id}-part`}
                  value={part}
                  onChange={(e) => setPart(e.target.value as MonthPart)}
                >
                  {MONTH_PARTS.map((p) => (
                    <option key={p} value={p}>
                      {t(`schools.part_${p}`)}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="form-actions">
            <button type="submit">{t('schools.saveAdjustment')}</button>
          </div>
        </form>
      )}
    </section>
  );
}
