import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '@/domain/local-date';
import type { FeedView } from '@/domain/sync/feed-api';
import { formatDay } from '@/i18n/format';
import type { SyncTransport } from '@/sync/transport';
import { feedUrl } from '@/ui/feed-queries';
import { useLanguage } from '@/ui/use-language';

interface FeedItemProps {
  readonly feed: FeedView;
  readonly transport: SyncTransport;
  readonly showOwner: boolean;
  /** A feed just made: its address takes the focus, ready to copy. */
  readonly focusOnMount: boolean;
  readonly busy: boolean;
  readonly onRevoke: () => void;
  readonly onSaid: (kind: 'status' | 'error', text: string) => void;
}

/** One feed: its calendar, language and day made, its address to copy, and its removal. */
export function FeedItem(props: FeedItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const { feed } = props;
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const url = feed.path === undefined ? null : feedUrl(props.transport, feed.path);
  const made = new Date(feed.createdAt);
  const day = formatDay(
    localDate(made.getFullYear(), made.getMonth() + 1, made.getDate()),
    language,
    'date',
  );

  useEffect(() => {
    if (props.focusOnMount) input.current?.focus();
  }, [props.focusOnMount]);

  const copy = async () => {
    if (url === null) return;
    try {
      await navigator.clipboard.writeText(url);
      props.onSaid('status', t('calendars.copied'));
    } catch {
      // No clipboard (a plain-http address, or permission refused): the address is selected.
      input.current?.focus();
      input.current?.select();
      props.onSaid('error', t('calendars.copyFailed'));
    }
  };

  return (
    <li className="calendars-feed">
      <h4 id={`${id}-name`}>{feed.name}</h4>
      <p className="hint">
        {t('calendars.feedMeta', { language: t(`language.${feed.language}`), day })}
        {props.showOwner && ` · ${t('calendars.feedOwner', { owner: feed.owner })}`}
      </p>
      {url !== null && (
        <div className="field">
          <label htmlFor={`${id}-url`}>{t('calendars.url')}</label>
          <input
            ref={input}
            id={`${id}-url`}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      {confirming ? (
        <div className="form-actions" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('calendars.revokeConfirm')}</p>
          <button
            type="button"
            disabled={props.busy}
            aria-describedby={`${id}-name`}
            onClick={props.onRevoke}
          >
            {t('calendars.revokeYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('calendars.cancel')}
          </button>
        </div>
      ) : (
        <div className="form-actions">
          {url !== null && (
            <button type="button" aria-describedby={`${id}-name`} onClick={() => void copy()}>
              {t('calendars.copy')}
            </button>
          )}
          <button type="button" aria-describedby={`${id}-name`} onClick={() => setConfirming(true)}>
            {t('calendars.revoke')}
          </button>
        </div>
      )}
    </li>
  );
}
