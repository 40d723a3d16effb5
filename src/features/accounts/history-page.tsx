import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { HISTORY_ENTITIES, type PlanHistoryEntry } from '@/domain/sync/plan-history-api';
import { yearOf } from '@/domain/local-date';
import type { Language } from '@/domain/model';
import type { SyncTransport } from '@/sync/transport';
import { planHistoryQuery, type HistoryFilters } from '@/ui/plan-history-query';
import { apiErrorKey } from '@/ui/server-queries';
import { ServerQueryProvider } from '@/ui/server-query-provider';
import { useServerTransport } from '@/ui/server-transport';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { fieldLabel, fieldValueText } from './history-fields';
import { labelKey, useRowLabels, type RowLabels } from './history-labels';

/**
 * The plan's change history from the server's append-only log: who changed which field of which
 * row and when, newest first, filtered by item, account and days, a page at a time. A task's
 * entry links to the task as it is now.
 */
export default function HistoryPage() {
  return (
    <ServerQueryProvider>
      <History />
    </ServerQueryProvider>
  );
}

const NO_FILTERS: HistoryFilters = { entity: '', account: '', from: '', to: '' };

/** The start of local day `day` (YYYY-MM-DD) plus `days`, as an ISO instant. */
function dayStart(day: string, days = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + days).toISOString();
}

function History() {
  const { t } = useTranslation();
  const { user, transport } = useServerTransport();
  return (
    <div className="history">
      <h1>{t('history.title')}</h1>
      <p>{t('history.intro')}</p>
      {user === null ? (
        <p>
          {t('history.needsServer')} <Link href="/settings">{t('accounts.toSettings')}</Link>
        </p>
      ) : user === undefined ? null : transport === null ? (
        <p role="status">{t('history.loading')}</p>
      ) : (
        <HistoryOf transport={transport} />
      )}
    </div>
  );
}

function HistoryOf({ transport }: { transport: SyncTransport }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const labels = useRowLabels(language);
  const [draft, setDraft] = useState({ entity: '', account: '', from: '', to: '' });
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const history = useInfiniteQuery(planHistoryQuery(transport, filters));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      entity: draft.entity,
      account: draft.account.trim(),
      from: draft.from === '' ? '' : dayStart(draft.from),
      to: draft.to === '' ? '' : dayStart(draft.to, 1),
    });
  };
  const entries = history.data?.pages.flatMap((p) => p.entries) ?? [];
  const time = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
    dateStyle: 'short',
    timeStyle: 'short',
  });

  return (
    <>
      <form className="history-filters" onSubmit={apply} aria-label={t('history.filters')}>
        <div className="field">
          <label htmlFor={`${id}-entity`}>{t('history.entity')}</label>
          <select
            id={`${id}-entity`}
            value={draft.entity}
            onChange={(e) => setDraft({ ...draft, entity: e.target.value })}
          >
            <option value="">{t('history.anyEntity')}</option>
            {HISTORY_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {t(`history.entity_${e}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('history.account')}</label>
          <input
            id={`${id}-account`}
            value={draft.account}
            onChange={(e) => setDraft({ ...draft, account: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('history.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('history.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <button type="submit">{t('history.apply')}</button>
      </form>
      {history.isPending ? (
        <p role="status">{t('history.loading')}</p>
      ) : history.isError ? (
        <p role="alert" className="error">
          {t('history.error')} {t(`accounts.error_${apiErrorKey(history.error)}`)}
        </p>
      ) : entries.length === 0 ? (
        <p role="status">{t('history.empty')}</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <HistoryItem
              key={entry.seq}
              entry={entry}
              labels={labels}
              language={language}
              when={time.format(new Date(entry.at))}
            />
          ))}
        </ol>
      )}
      {history.hasNextPage && (
        <button
          type="button"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {history.isFetchingNextPage ? t('history.loadingMore') : t('history.more')}
        </button>
      )}
    </>
  );
}

function HistoryItem({
  entry,
  labels,
  language,
  when,
}: {
  entry: PlanHistoryEntry;
  labels: RowLabels | undefined;
  language: Language;
  when: string;
}) {
  const { t } = useTranslation();
  // A rule's years are named from the app's today, not the machine's clock.
  const year = yearOf(useToday());
  const label = labels?.get(labelKey(entry.entity, entry.entityId));
  const fields = Object.entries(entry.fields);
  return (
    <li className="history-entry">
      <p>
        <time dateTime={entry.at}>{when}</time> · <strong>{entry.displayName}</strong> (
        {entry.username}) {t(`history.op_${entry.op}`)}: {t(`history.entity_${entry.entity}`)}{' '}
        <span className="history-row">{label ?? entry.entityId}</span>
        {label === undefined && labels !== undefined && ` (${t('history.deleted')})`}
        {entry.entity === 'template' && (
          <>
            {' · '}
            <Link href={`/library/${encodeURIComponent(entry.entityId)}`}>
              {t('history.openTask')}
            </Link>
          </>
        )}
      </p>
      {fields.length > 0 && (
        <dl className="history-fields" aria-label={t('history.fields')}>
          {fields.map(([field, value]) => {
            const text = (v: unknown) => fieldValueText(field, v, { t, language, labels, year });
            // What it was, where an earlier change in the log wrote it.
            const was = entry.before !== undefined && Object.hasOwn(entry.before, field);
            return (
              <div key={field}>
                <dt>{fieldLabel(t, field)}</dt>
                <dd>
                  {was
                    ? t('history.valueWas', {
                        value: text(value),
                        before: text(entry.before?.[field]),
                      })
                    : text(value)}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </li>
  );
}
