import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The panel around the reminders, with its title and the button that hides it for today. */
export function ReminderPanel({ onHide, children }: { onHide: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="reminders" aria-labelledby={id}>
      <div className="reminders-head">
        <h2 id={id}>{t('reminders.title')}</h2>
        <button type="button" onClick={onHide}>
          {t('reminders.dismiss')}
        </button>
      </div>
      {children}
    </section>
  );
}

/** At most this many of a list are named; the rest are counted. */
const SHOWN = 5;

/** A list of reminders, the first SHOWN of them named. */
export function ReminderList<T>({
  items,
  item,
}: {
  items: readonly T[];
  item: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ul>
      {items.slice(0, SHOWN).map(item)}
      {items.length > SHOWN && <li>{t('reminders.more', { count: items.length - SHOWN })}</li>}
    </ul>
  );
}
