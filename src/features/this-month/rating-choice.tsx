import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rateProgress } from '@/db/rating-writes';
import type { ActionId } from '@/domain/ids';
import { RATINGS, type Rating } from '@/domain/model';
import { useDb } from '@/ui/db-context';
import { useLeaveWarning } from '@/ui/leave-warning';
import { useWriteError } from '@/ui/write-error';

interface Props {
  readonly actionId: ActionId;
  /** The stored rating (absent on records from before ratings, null when cleared). */
  readonly rating: Rating | null | undefined;
  /** The user may not mark the action: the rating is shown as text, if there is one. */
  readonly readOnly: boolean;
}

/** A rating the user chose over the stored `over`, shown until the stored one changes. */
interface Chosen {
  readonly over: Rating | null;
  readonly value: Rating | null;
  readonly committed: boolean;
}

/**
 * On a done action: how it worked, in three words, optional and clearable. A radio group in a
 * fieldset (arrow keys move the choice, each choice is saved at once, offline too).
 */
export function RatingChoice({ actionId, rating, readOnly }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const { error, run } = useWriteError(t);
  const stored = rating ?? null;
  // The choice shows at once; the stored one comes back if the write fails. Until the write has
  // committed, closing the tab asks first (as a tick's does).
  const [chosen, setChosen] = useState<Chosen>({ over: stored, value: stored, committed: true });
  const standsIn = chosen.over === stored;
  const shown = standsIn ? chosen.value : stored;
  useLeaveWarning(standsIn && !chosen.committed);

  if (readOnly) {
    return stored ? (
      <p className="rating-text">
        {t('rating.label')}: {t(`rating.${stored}`)}
      </p>
    ) : null;
  }
  const choose = async (value: Rating | null) => {
    const mine: Chosen = { over: stored, value, committed: false };
    setChosen(mine);
    const written = await run(() => rateProgress(db, actionId, value));
    // A later choice made meanwhile stands; else this one is stored, or the stored one shows.
    setChosen((now) =>
      now !== mine
        ? now
        : written
          ? { ...mine, committed: true }
          : { ...mine, value: stored, committed: true },
    );
  };
  return (
    <fieldset className="rating" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {t('rating.question')} <span className="hint">({t('rating.optional')})</span>
      </legend>
      <div className="rating-options">
        {RATINGS.map((value, i) => (
          <label key={value} className="rating-option">
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name={`${id}-rating`}
              value={value}
              checked={shown === value}
              onChange={() => void choose(value)}
            />
            {t(`rating.${value}`)}
          </label>
        ))}
        {shown !== null && (
          <button
            type="button"
            className="rating-clear"
            onClick={() => {
              // The button goes with the rating: the choice keeps the focus.
              first.current?.focus();
              void choose(null);
            }}
          >
            {t('rating.clear')}
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
