import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnplannedProgress } from '@/db/unplanned-progress';
import { formatDay } from '@/i18n/format';
import { useLanguage } from '@/ui/use-language';

/**
 * Marks made on tasks the plan no longer has for the class (a task retired, the class's grades
 * changed, a rule moved so that an occurrence vanished): kept and shown here, with what was
 * recorded, never dropped or hidden (DESIGN.md §2). Nothing when there are none.
 */
export function NoLongerPlanned({ items }: { readonly items: readonly UnplannedProgress[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  if (items.length === 0) return null;

  const stateText = ({ state, day }: UnplannedProgress['progress']) => {
    const formatted = day ? formatDay(day, language, 'date') : '';
    if (state === 'done' && day) return t('unplanned.done', { day: formatted });
    if (state === 'skipped' && day) return t('unplanned.skipped', { day: formatted });
    return t('unplanned.todo');
  };

  return (
    <section aria-labelledby={headingId} className="section-unplanned">
      <h2 id={headingId}>{t('unplanned.title')}</h2>
      <p className="hint">{t('unplanned.intro')}</p>
      <ul className="unplanned">
        {items.map(({ progress, template, scope }) => (
          <li key={progress.actionId}>
            <strong>{template ? template.title[language] : t('unplanned.unknownTask')}</strong>
            {scope === 'school' && <span className="scope"> · {t('unplanned.schoolTask')}</span>}
            <p className="status-line">
              {stateText(progress)}
              {progress.by && <> · {t('unplanned.by', { by: progress.by })}</>}
            </p>
            {progress.note && (
              <p className="note-text">{t('unplanned.note', { note: progress.note })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
