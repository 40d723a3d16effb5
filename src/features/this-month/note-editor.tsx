import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveProgressNote } from '@/db/progress-writes';
import type { ActionId } from '@/domain/ids';
import { useDb } from '@/ui/db-context';
import { useWriteError } from '@/ui/write-error';

interface Props {
  actionId: ActionId;
  note: string;
  by: string;
}

/** A short class-level note; reminds that pupils' names do not belong here. */
export function NoteEditor({ actionId, note, by }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [saved, setSaved] = useState(false);
  const { error, run } = useWriteError(t);

  const save = () =>
    run(async () => {
      await saveProgressNote(db, actionId, draft, by);
      setSaved(true);
    });

  return (
    <form
      className="note"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label htmlFor={`${id}-note`}>{t('action.note')}</label>
      <p id={`${id}-hint`} className="hint">
        {t('action.noteHint')}
      </p>
      <textarea
        id={`${id}-note`}
        value={draft}
        rows={2}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaved(false);
        }}
      />
      <div className="note-actions">
        <button type="submit" disabled={draft === note}>
          {t('action.saveNote')}
        </button>
        <span role="status" className="saved">
          {saved && draft === note ? t('action.noteSaved') : ''}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
