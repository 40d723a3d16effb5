import { memo, Suspense, useId, useState } from 'react';
import type { TFunction } from 'i18next';
import type { LocalDate } from '@/domain/local-date';
import type {
  Action,
  Language,
  Progress,
  ProgressState,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { formatDay } from '@/i18n/format';
import { afterNextPaint } from '@/ui/after-paint';
import { useDb } from '@/ui/db-context';
import { useHoldIdleWork } from '@/ui/idle';
import { useLeaveWarning } from '@/ui/leave-warning';
import { useWriteError } from '@/ui/write-error';
import { ActionFacts } from './action-facts';
import { laterPart } from './later-part';
import { loadTickWrite } from './tick-write';

// Shown on done cards once the tick is stored (its code loads after the tick has painted), never
// with the first screen.
const RatingChoice = laterPart('RatingChoice');
// Built when a task's details are first opened.
const NoteEditor = laterPart('NoteEditor');

/** A state the user chose over the stored `over`, shown until the stored state changes. */
interface Pending {
  readonly state: ProgressState;
  readonly over: ProgressState;
  readonly committed: boolean;
}

interface Props {
  action: Action;
  template: TaskTemplate;
  theme: Theme | undefined;
  progress: Progress | undefined;
  overdue: boolean;
  today: LocalDate;
  userName: string;
  language: Language;
  /**
   * The month's translation function: one for all its cards (a hook of its own in each card
   * cost each its own subscription and translator on the first screen).
   */
  t: TFunction;
  /** The user's role may not mark it: shown, not editable (the server would refuse). */
  readOnly: boolean;
  /** Told when the user marks it (before the write commits). */
  onMarked?: (actionId: Action['id']) => void;
}

/**
 * One action of the month: tick, skip or undo it, see when it falls and who did it, add a note.
 * Rendered again only when its own props change (the month's read keeps unchanged rows the same
 * objects), so a change to one task or tick does not render every card.
 */
export const ActionCard = memo(function ActionCard({
  action,
  template,
  theme,
  progress,
  overdue,
  today,
  userName,
  language,
  t,
  readOnly,
  onMarked,
}: Props) {
  const db = useDb();
  const id = useId();
  const { error, run } = useWriteError(t);
  const stored = progress?.state ?? 'todo';
  // A tick shows at once: the clicked state stands in for the stored one until the durable write
  // and its re-read change the stored state, or the write fails and the stored state shows again.
  // Until the write has committed, closing the tab asks first.
  const [pending, setPending] = useState<Pending | null>(null);
  // The note editor is built when the details are first opened (most never are), then kept, so
  // a note being typed survives closing them.
  const [opened, setOpened] = useState(false);
  const standsIn = pending !== null && pending.over === stored;
  const state = standsIn ? pending.state : stored;
  useLeaveWarning(standsIn && !pending.committed);
  // Work left for idle moments waits until the tick shows stored (idle.ts).
  useHoldIdleWork(standsIn);
  const title = template.title[language];

  const setState = async (next: ProgressState) => {
    const mine: Pending = { state: next, over: stored, committed: false };
    setPending(mine);
    onMarked?.(action.id);
    // The tick shows first: the write (its code may still be loading at a first tick, see
    // tick-write.ts, and it may open the database) starts once the frame showing it has painted.
    const written = await run(async () => {
      await afterNextPaint();
      return (await loadTickWrite()).markProgress(db, {
        actionId: action.id,
        state: next,
        day: next === 'todo' ? null : today,
        by: userName,
      });
    });
    setPending((now) => (now !== mine ? now : written ? { ...mine, committed: true } : null));
  };

  return (
    <li className={`action action-${state}${overdue ? ' action-overdue' : ''}`}>
      <div className="action-head">
        <input
          type="checkbox"
          id={`${id}-done`}
          checked={state === 'done'}
          disabled={readOnly}
          onChange={(e) => void setState(e.target.checked ? 'done' : 'todo')}
          aria-describedby={`${id}-meta${readOnly ? ` ${id}-readonly` : ''}`}
        />
        <label htmlFor={`${id}-done`} className="action-title">
          {title}
        </label>
        {overdue && <span className="badge badge-overdue">{t('month.overdueBadge')}</span>}
      </div>
      <ActionFacts
        action={action}
        template={template}
        theme={theme}
        metaId={`${id}-meta`}
        language={language}
        t={t}
      />
      {progress && progress.state !== 'todo' && progress.day && (
        <p className="status-line">{statusText(progress, progress.day, language, t)}</p>
      )}
      {state === 'done' && progress?.state === 'done' && (
        <Suspense>
          <RatingChoice actionId={action.id} rating={progress.rating} readOnly={readOnly} />
        </Suspense>
      )}
      {readOnly && (
        <p id={`${id}-readonly`} className="hint action-read-only">
          {t('action.readOnly')}
        </p>
      )}
      <div className="action-buttons">
        {readOnly ? null : state === 'todo' ? (
          <button type="button" onClick={() => void setState('skipped')}>
            {t('action.skip')}
          </button>
        ) : (
          <button type="button" onClick={() => void setState('todo')}>
            {t('action.undo')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <details
        className="action-details"
        onToggle={(e) => {
          if (e.currentTarget.open) setOpened(true);
        }}
      >
        <summary>
          {t('action.details')}
          {progress?.note ? ` · ${t('action.note')}` : ''}
        </summary>
        <p>{template.description[language]}</p>
        {readOnly
          ? progress?.note && (
              <p className="note-text">
                {t('action.note')}: {progress.note}
              </p>
            )
          : opened && (
              <Suspense>
                <NoteEditor actionId={action.id} note={progress?.note ?? ''} by={userName} />
              </Suspense>
            )}
      </details>
    </li>
  );
});

type T = TFunction;

function statusText(
  progress: Progress,
  day: LocalDate,
  language: Parameters<typeof formatDay>[1],
  t: T,
) {
  const formatted = formatDay(day, language, 'date');
  if (progress.state === 'done') {
    return progress.by
      ? t('action.doneBy', { day: formatted, by: progress.by })
      : t('action.doneOn', { day: formatted });
  }
  return progress.by
    ? t('action.skippedBy', { day: formatted, by: progress.by })
    : t('action.skippedOn', { day: formatted });
}
