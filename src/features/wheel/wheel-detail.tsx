import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markProgress } from '@/db/progress-writes';
import type { LocalDate } from '@/domain/local-date';
import type { Language } from '@/domain/model';
import type { ProgressMark } from '@/domain/wheel/layout-wheel';
import { useDb } from '@/ui/db-context';
import { MARK_GLYPHS } from '@/ui/wheel/wheel-look';
import type { WheelRow } from '@/ui/wheel/wheel-model';
import { useWriteError } from '@/ui/write-error';

interface Props {
  readonly row: WheelRow;
  readonly language: Language;
  readonly today: LocalDate;
  /** The class's wheel: the task's progress is shown and, when `mayMark`, ticked here. */
  readonly classWheel: boolean;
  readonly mayMark: boolean;
  readonly tickName: string;
  readonly onClose: () => void;
}

/**
 * One arc's details: the task, its window and weeks, theme, ring, who is responsible, and on a
 * class's wheel its progress with a tick box (a local write: it works offline, like the month).
 */
export function WheelDetail({
  row,
  language,
  today,
  classWheel,
  mayMark,
  tickName,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { error, run } = useWriteError(t);
  const action = row.entry.actions[0];
  const stored = row.mark;
  // The clicked state stands in for the stored one until the write's re-read changes it.
  const [pending, setPending] = useState<{ mark: ProgressMark; over: ProgressMark | null } | null>(
    null,
  );
  const mark = pending !== null && pending.over === stored ? pending.mark : stored;
  useEffect(() => heading.current?.focus(), [row.entry.key]);

  const tick = async (done: boolean) => {
    if (!action) return;
    setPending({ mark: done ? 'done' : 'open', over: stored });
    const ok = await run(() =>
      markProgress(db, {
        actionId: action.id,
        state: done ? 'done' : 'todo',
        day: done ? today : null,
        by: tickName,
      }),
    );
    if (!ok) setPending(null);
  };

  return (
    <section
      className="wheel-detail"
      aria-labelledby={`${id}-title`}
      // Escape closes it from anywhere inside, as the close button does.
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {row.title}
      </h2>
      <p>{row.template.description[language]}</p>
      <dl>
        <dt>{t('wheel.window')}</dt>
        <dd>{row.window}</dd>
        <dt>{t('wheel.weeks')}</dt>
        <dd>{row.weeks}</dd>
        <dt>{t('wheel.theme')}</dt>
        <dd>
          {row.theme ? (
            <span className="theme">
              <span className="swatch" style={{ background: row.theme.color }} aria-hidden="true" />
              {row.theme.name[language]}
            </span>
          ) : (
            t('wheel.noTheme')
          )}
        </dd>
        <dt>{t('wheel.ring')}</dt>
        <dd>{row.ring.name}</dd>
        <dt>{t('wheel.responsible')}</dt>
        <dd>{row.template.responsible.map((r) => t(`role.${r}`)).join(', ')}</dd>
        {!classWheel && row.entry.actions.length > 1 && (
          <>
            <dt>{t('wheel.classes')}</dt>
            <dd>{t('wheel.classCount', { count: row.entry.actions.length })}</dd>
          </>
        )}
        {classWheel && mark && (
          <>
            <dt>{t('wheel.progressLabel')}</dt>
            <dd className={`wheel-progress wheel-progress-${mark}`}>
              <ProgressText mark={mark} />
            </dd>
          </>
        )}
      </dl>
      {classWheel && action && (
        <div className="wheel-tick">
          <input
            type="checkbox"
            id={`${id}-done`}
            checked={mark === 'done'}
            disabled={!mayMark}
            onChange={(e) => void tick(e.target.checked)}
          />
          <label htmlFor={`${id}-done`}>{t('wheel.markDone')}</label>
          {!mayMark && <p className="hint">{t('wheel.readOnly')}</p>}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="button" onClick={onClose}>
        {t('wheel.close')}
      </button>
    </section>
  );
}

/** A progress state as a mark and words ('✓ tehty'): never by colour alone. */
export function ProgressText({ mark }: { mark: ProgressMark }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="wheel-mark" aria-hidden="true">
        {MARK_GLYPHS[mark] || '○'}
      </span>{' '}
      {t(`wheel.progress.${mark}`)}
    </>
  );
}
