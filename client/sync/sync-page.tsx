import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDateTime, formatNumber, formatRelative, t } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { createNow } from '../ui/now';
import { PageTitle } from '../ui/page-title';
import { AttentionList } from './attention-list';
import { ConflictList } from './conflict-list';
import { ProblemList } from './problem-list';
import { useSync } from './sync-context';
import { WipeNotice } from './wipe-notice';

const phaseText = {
  idle: 'sync.idle',
  syncing: 'sync.syncing',
  offline: 'sync.offline',
  error: 'sync.error',
  'signed-out': 'sync.signedOut',
} as const;

export function SyncPage(): JSX.Element {
  const { db, user } = useAuthed();
  const sync = useSync();
  const now = createNow(30_000);
  const pending = createLiveQuery(() => db.outbox.count(), 0);
  const status = () => sync.status();
  // Asked for by the person, so its outcome is news (the indicator stays quiet on routine syncs). Pressed
  // while a background sync runs, it joins that run (the engine runs once more after it) and still reports.
  const syncNow = async () => {
    await sync.sync();
    announce(t(phaseText[status().phase]));
  };
  return (
    <>
      <PageTitle>{t('sync.title')}</PageTitle>
      <WipeNotice />
      {/* aria-disabled, not disabled: focus stays on the button while it runs, and the outcome is spoken. */}
      <button
        type="button"
        class="btn btn-primary btn-block"
        data-testid="sync-now"
        aria-disabled={status().phase === 'syncing' ? 'true' : undefined}
        onClick={() => void syncNow()}
      >
        {status().phase === 'syncing' ? t('sync.syncing') : t('sync.now')}
      </button>
      <dl class="details card space-top">
        <dt>{t('sync.status')}</dt>
        <dd>{t(phaseText[status().phase])}</dd>
        <dt>{t('sync.pendingLabel')}</dt>
        <dd>{formatNumber(pending())}</dd>
        <dt>{t('sync.lastLabel')}</dt>
        <dd>
          <Show when={status().lastSyncAt} fallback={t('sync.never')}>
            {(at) => `${formatRelative(at(), now())} (${formatDateTime(at(), user.timeZone)})`}
          </Show>
        </dd>
      </dl>
      <Show when={status().error && status().phase !== 'idle'}>
        <p class="notice notice-warn">{t('sync.errorDetail', { message: status().error ?? '' })}</p>
      </Show>
      <ProblemList />
      <ConflictList />
      <AttentionList />
      {/* After the sync status and lists: the page's first stop stays "sync now". */}
      <p class="page-footer">
        <A href="/konto" data-testid="account-link">
          {t('account.link')}
        </A>
      </p>
      <p class="page-footer">
        <A href="/barrierefreiheit">{t('a11y.link')}</A>
      </p>
    </>
  );
}
