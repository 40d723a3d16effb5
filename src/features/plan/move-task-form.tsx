import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveTemplate } from '@/db/plan-writes';
import type { TaskTemplate } from '@/domain/model';
import { moveRuleToMonth, SCHOOL_YEAR_MONTHS } from '@/domain/plan-grid';
import type { Month } from '@/domain/timing-rule';
import { monthName as formatMonthName } from '@/ui/month-name';
import { useDb } from '@/ui/db-context';
import { gradesLabel } from '@/ui/labels';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { useWriteError } from '@/ui/write-error';
import { ruleInWords } from '@/ui/rule-words';

interface Props {
  readonly template: TaskTemplate;
  readonly title: string;
  /** The month the task stands in where the form was opened. */
  readonly from: Month;
  readonly onCancel: () => void;
  readonly onMoved: (month: Month) => void;
}

/**
 * Moves a task to another month, in place in the grid: a month rule gets the new month; any
 * other rule is replaced by a month rule only after the user has read the old rule in words and
 * confirmed. Escape or Cancel closes it unchanged.
 */
export function MoveTaskForm({ template, title, from, onCancel, onMoved }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const id = useId();
  const [month, setMonth] = useState<Month>(from);
  const { error, run } = useWriteError(t);
  const move = moveRuleToMonth(template.timing, month, from);
  const year = Number(useToday().slice(0, 4));
  const words = (rule: TaskTemplate['timing']) => ruleInWords(rule, t, language, year);
  const message =
    move.kind === 'same'
      ? t('yearPlan.sameMonth')
      : move.kind === 'changeMonth'
        ? t('yearPlan.changeMonth', { old: words(template.timing), new: words(move.rule) })
        : t('yearPlan.replaceWarning', { old: words(template.timing), new: words(move.rule) });
  // The grid shows a task in the row of each of its grades: moved from one, it moves in all.
  const shared =
    template.grades.length > 1
      ? t('yearPlan.sharedBy', { grades: gradesLabel(t, template.grades) })
      : null;

  return (
    <form
      className="year-plan-move-form"
      aria-label={t('yearPlan.moveTitle', { task: title })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (move.kind === 'same') return;
        void run(() => saveTemplate(db, { ...template, timing: move.rule })).then(
          (ok) => ok && onMoved(month),
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-month`}>{t('yearPlan.moveTo')}</label>
        <select
          id={`${id}-month`}
          value={month}
          // The form opens where the user asked for it: the month is the first thing to choose.
          autoFocus
          aria-describedby={shared ? `${id}-message ${id}-shared` : `${id}-message`}
          onChange={(e) => setMonth(Number(e.target.value) as Month)}
        >
          {SCHOOL_YEAR_MONTHS.map((m) => (
            <option key={m} value={m}>
              {formatMonthName(m, language)}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-message`} className={move.kind === 'replace' ? 'year-plan-warning' : 'hint'}>
        {message}
      </p>
      {shared && (
        <p id={`${id}-shared`} className="hint">
          {shared}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={move.kind === 'same'}>
          {move.kind === 'replace' ? t('yearPlan.moveReplace') : t('yearPlan.moveSubmit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('yearPlan.cancel')}
        </button>
      </div>
    </form>
  );
}
