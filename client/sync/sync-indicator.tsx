import { A } from '@solidjs/router';
import { createEffect, For, type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatRelative, type MessageKey, t, tn } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { createNow } from '../ui/now';
import type { SyncPhase } from './engine';
import { type Connection, connectionOf, type SyncNews, type SyncSnapshot, syncNews } from './sync-announcements';
import { useSync } from './sync-context';

const icons = { idle: '✓', syncing: '↻', offline: '–', error: '!', 'signed-out': '!' } as const;
const stateKeys: Record<SyncPhase | 'never', MessageKey> = {
  idle: 'sync.idle',
  never: 'sync.never',
  syncing: 'sync.syncing',
  offline: 'sync.offline',
  error: 'sync.error',
  'signed-out': 'sync.signedOut',
};

const newsText = (n: SyncNews): string => {
  if (n.kind === 'waiting') return tn('sync.pending', n.n);
  if (n.kind === 'issues') return tn('sync.issues', n.n);
  return t(`sync.news.${n.kind}`);
};

/** Always in the header: what waits, when the last sync worked, and whether anything needs the person. */
export function SyncIndicator(): JSX.Element {
  const { db } = useAuthed();
  const sync = useSync();
  const now = createNow(30_000);
  // undefined until read: the first reading is the baseline, not news.
  const pending = createLiveQuery<number | undefined>(() => db.outbox.count(), undefined);
  const issues = createLiveQuery<number | undefined>(
    async () => (await db.conflicts.count()) + (await db.problems.count()) + (await db.attention.count()),
    undefined,
  );
  const phase = () => sync.status().phase;
  const lastSyncAt = () => sync.status().lastSyncAt;
  const waiting = () => (pending() ?? 0) > 0;
  const stateKey = () => (phase() === 'idle' && !lastSyncAt() ? 'never' : phase());

  // Only what matters is spoken (sync-announcements.ts); the indicator itself is not a live region.
  let seen: SyncSnapshot | null = null;
  let connection: Connection = 'ok';
  createEffect(() => {
    const p = pending();
    const i = issues();
    connection = connectionOf(phase(), connection);
    if (p === undefined || i === undefined) return;
    const next = { connection, pending: p, issues: i };
    if (seen) {
      const news = syncNews(seen, next);
      if (news.length > 0) announce(news.map(newsText).join('. '));
    }
    seen = next;
  });

  return (
    <div class="sync-indicator" data-testid="sync-indicator" data-pending={pending() ?? 0} data-phase={phase()}>
      <button type="button" class="sync-button" onClick={() => void sync.sync()}>
        <span class="sync-line">
          <span class="sync-icon" aria-hidden="true">
            {icons[phase()]}
          </span>
          {/* Every state's words share one grid cell, so the longest sets the height whichever shows. */}
          <span class="sync-stack sync-state">
            <For each={Object.entries(stateKeys)}>
              {([key, text]) => (
                <span aria-hidden={key === stateKey() ? undefined : 'true'} data-shown={key === stateKey()}>
                  {t(text)}
                </span>
              )}
            </For>
          </span>
        </span>
        <span class="sync-line sync-detail">
          <span class="sync-stack sync-pending">
            <span aria-hidden={waiting() ? 'true' : undefined} data-shown={!waiting()}>
              {t('sync.pendingNone')}
            </span>
            <span aria-hidden={waiting() ? undefined : 'true'} data-shown={waiting()}>
              {tn('sync.pending', Math.max(pending() ?? 0, 1))}
            </span>
          </span>
          <Show when={lastSyncAt()}>
            {(at) => (
              <span class="sync-last">
                <span aria-hidden="true"> · </span>
                {t('sync.lastSync', { when: formatRelative(at(), now()) })}
              </span>
            )}
          </Show>
        </span>
        <span class="sr-only">. {t('sync.tapToSync')}</span>
      </button>
      <Show when={(issues() ?? 0) > 0}>
        <A href="/sync" class="sync-badge" aria-label={tn('sync.issues', issues() ?? 0)}>
          <span aria-hidden="true">⚠</span>
          {issues()}
        </A>
      </Show>
    </div>
  );
}
