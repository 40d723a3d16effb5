import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  calendarName,
  type CalendarPlan,
  type CalendarTarget,
} from '@/domain/calendar-export/calendar-target';
import { jsonEqual } from '@/domain/json-equal';
import type { Language } from '@/domain/model';
import { mayFollowCalendar } from '@/domain/sync/calendar-access';
import type { SessionUser } from '@/domain/sync/protocol';
import type { SyncTransport } from '@/sync/transport';
import { feedListQuery, useFeedChange } from '@/ui/feed-queries';
import { ServerQueryProvider } from '@/ui/server-query-provider';
import { useServerTransport } from '@/ui/server-transport';
import { schoolOfTarget } from './calendar-choice';
import { FeedItem } from './feed-item';
import { feedErrorKey } from './feed-error';

interface FeedsProps {
  readonly plan: CalendarPlan;
  readonly target: CalendarTarget | null;
  readonly language: Language;
}

/**
 * Subscription feeds, from the server: make one of the chosen calendar, and list, copy and
 * revoke the account's. In local mode it says where to sign in.
 */
export function FeedsSection(props: FeedsProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { user, transport } = useServerTransport();

  let body: React.ReactNode;
  if (user === undefined) body = null;
  else if (user === null) {
    body = (
      <p>
        {t('calendars.needsServer')} <Link href="/settings">{t('calendars.toSettings')}</Link>
      </p>
    );
  } else if (transport === null) {
    body = <p role="status">{t('calendars.loading')}</p>;
  } else {
    body = (
      <ServerQueryProvider>
        <Feeds {...props} user={user} transport={transport} />
      </ServerQueryProvider>
    );
  }
  return (
    <section aria-labelledby={titleId} className="calendars-feeds">
      <h2 id={titleId}>{t('calendars.feedsTitle')}</h2>
      <p className="hint">{t('calendars.feedsHint')}</p>
      <p className="hint">{t('calendars.feedsSecret')}</p>
      {body}
    </section>
  );
}

/** What the last action said: a status to read out, or an error. */
type Said = { readonly kind: 'status' | 'error'; readonly text: string } | null;

function Feeds(props: FeedsProps & { user: SessionUser; transport: SyncTransport }) {
  const { t } = useTranslation();
  const listId = useId();
  const { plan, target, language, user, transport } = props;
  const list = useQuery(feedListQuery(transport));
  const change = useFeedChange();
  const [said, setSaid] = useState<Said>(null);
  const [created, setCreated] = useState<string | null>(null);
  const schoolId = target && schoolOfTarget(target, plan.groups);
  // The user's own feed of this very calendar, if there is one: a second is seldom wanted.
  const existing = list.data?.feeds.find(
    (feed) =>
      feed.owner === user.username &&
      feed.schoolYearId === plan.schoolYear.id &&
      feed.language === language &&
      jsonEqual(feed.target, target),
  );
  const allowed = target !== null && schoolId !== null && mayFollowCalendar(user, target, schoolId);

  const create = () => {
    if (target === null) return;
    setSaid(null);
    change.mutate(
      { kind: 'create', input: { target, schoolYearId: plan.schoolYear.id, language } },
      {
        onSuccess: (feed) => {
          setCreated(feed?.id ?? null);
          const name = feed?.name ?? calendarName(plan, target, language) ?? '';
          setSaid({ kind: 'status', text: t('calendars.created', { name }) });
        },
        onError: (error) =>
          setSaid({ kind: 'error', text: t(`calendars.error_${feedErrorKey(error)}`) }),
      },
    );
  };
  const revoke = (id: string, name: string) => {
    setSaid(null);
    change.mutate(
      { kind: 'revoke', id },
      {
        onSuccess: () => setSaid({ kind: 'status', text: t('calendars.revoked', { name }) }),
        onError: (error) =>
          setSaid({ kind: 'error', text: t(`calendars.error_${feedErrorKey(error)}`) }),
      },
    );
  };

  return (
    <>
      {allowed ? (
        <>
          {existing && <p className="hint">{t('calendars.exists')}</p>}
          <div className="form-actions">
            <button type="button" onClick={create} disabled={change.isPending}>
              {change.isPending
                ? t('calendars.creating')
                : existing
                  ? t('calendars.createAnother')
                  : t('calendars.create')}
            </button>
          </div>
        </>
      ) : (
        <p>{t(`calendars.notAllowed_${user.role}`)}</p>
      )}
      <p role="status" className="calendars-said">
        {said?.kind === 'status' ? said.text : ''}
      </p>
      {said?.kind === 'error' && (
        <p role="alert" className="error">
          {said.text}
        </p>
      )}
      <h3 id={listId}>
        {user.role === 'admin' ? t('calendars.listTitleAdmin') : t('calendars.listTitle')}
      </h3>
      {list.isPending ? (
        <p role="status">{t('calendars.loading')}</p>
      ) : list.isError ? (
        <p role="alert" className="error">
          {t(`calendars.error_${feedErrorKey(list.error)}`)}
        </p>
      ) : list.data.feeds.length === 0 ? (
        <p>{t('calendars.none')}</p>
      ) : (
        <ul className="calendars-feed-list" aria-labelledby={listId}>
          {list.data.feeds.map((feed) => (
            <FeedItem
              key={feed.id}
              feed={feed}
              transport={transport}
              showOwner={user.role === 'admin'}
              focusOnMount={feed.id === created}
              busy={change.isPending}
              onRevoke={() => revoke(feed.id, feed.name)}
              onSaid={(kind, text) => setSaid({ kind, text })}
            />
          ))}
        </ul>
      )}
    </>
  );
}
