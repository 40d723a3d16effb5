import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** What the last account change did, shown once above the list. */
export type Notice =
  | { readonly kind: 'created'; readonly username: string; readonly password?: string }
  | { readonly kind: 'password'; readonly username: string; readonly password?: string }
  | { readonly kind: 'disabled'; readonly username: string; readonly disabled: boolean }
  | { readonly kind: 'scope'; readonly username: string };

/**
 * The result of a change. A generated password is shown here only, once: dismissing the notice
 * (or leaving the view) forgets it. Focus moves here so a screen reader reads it.
 */
export function NoticeBox({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [notice]);
  const { username } = notice;
  const text = (() => {
    switch (notice.kind) {
      case 'created':
        return t('accounts.created', { username });
      case 'password':
        return t('accounts.passwordSet', { username });
      case 'disabled':
        return notice.disabled
          ? t('accounts.disabledDone', { username })
          : t('accounts.enabledDone', { username });
      case 'scope':
        return t('accounts.scopeSaved', { username });
    }
  })();
  const password =
    notice.kind === 'created' || notice.kind === 'password' ? notice.password : undefined;
  return (
    <div className="account-notice" role="status" tabIndex={-1} ref={ref}>
      <p>{text}</p>
      {password !== undefined && (
        <>
          <p className="new-password">
            {t('accounts.newPassword', { username })} <code>{password}</code>
          </p>
          <p className="hint">{t('accounts.newPasswordHint')}</p>
        </>
      )}
      <button type="button" onClick={onDismiss}>
        {t('accounts.dismiss')}
      </button>
    </div>
  );
}
