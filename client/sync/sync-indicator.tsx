import { A } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatRelative, t, tn } from '../i18n/i18n';
import { createNow } from '../ui/now';
import { useSync } from './sync-context';

const icons = { idle: '✓', syncing: '↻', offline: '–', error: '!', 'signed-out': '!' } as const;

/** Always in the header: what waits, when the last sync worked, and whether anything needs the person. */
export function SyncIndicator(): JSX.Element {
  const { db } = useAuthed();
  const sync = useSync();
  const now = createNow(30_000);
  const pending = createLiveQuery(() => db.outbox.count(), 0);
  const issues = createLiveQuery(
    async () => (await db.conflicts.count()) + (await db.problems.count()) + (await db.attention.count()),
    0,
  );
  const phase = () => sync.status().phase;
  const lastSyncAt = () => sync.status().lastSyncAt;
  const stateText = () => {
    switch (phase()) {
      case 'syncing':
        return t('sync.syncing');
      case 'offline':
        return t('sync.offline');
      case 'error':
        return t('sync.error');
      case 'signed-out':
        return t('sync.signedOut');
      default:
        return lastSyncAt() ? t('sync.idle') : t('sync.never');
    }
  };
  return (
    <div class="sync-indicator" data-testid="sync-indicator" data-pending={pending()} data-phase={phase()}>
      <button type="button" class="sync-button" onClick={() => void sync.sync()}>
        <span class="sync-live" aria-live="polite">
          <span class="sync-state">
            <span class="sync-icon" aria-hidden="true">
              {icons[phase()]}
            </span>
            {stateText()}
          </span>
          <span>{pending() > 0 ? tn('sync.pending', pending()) : t('sync.pendingNone')}</span>
        </span>
        <Show when={lastSyncAt()}>
          {(at) => <span>{t('sync.lastSync', { when: formatRelative(at(), now()) })}</span>}
        </Show>
        <span class="sr-only">. {t('sync.tapToSync')}</span>
      </button>
      <Show when={issues() > 0}>
        <A href="/sync" class="sync-badge" aria-label={tn('sync.issues', issues())}>
          <span aria-hidden="true">⚠</span>
          {issues()}
        </A>
      </Show>
    </div>
  );
}
