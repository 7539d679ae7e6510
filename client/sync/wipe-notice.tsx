import { type JSX, Show } from 'solid-js';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDateTime, t } from '../i18n/i18n';
import { focusAfter } from '../ui/focus';
import type { WipeNotice as Notice } from './device-record';

/** Tells the person that the browser wiped this device's data and what that cost, until dismissed. */
export function WipeNotice(): JSX.Element {
  const { db, user } = useAuthed();
  const notice = createLiveQuery(async () => {
    const raw = (await db.meta.get('wipeNotice'))?.value;
    return typeof raw === 'string' ? (JSON.parse(raw) as Notice) : null;
  }, null);
  return (
    <Show when={notice()}>
      {(n) => (
        <div class="notice notice-warn" role="alert" data-testid="wipe-notice">
          <p>
            {n().lostChanges > 0
              ? t('sync.wipedLost', {
                  count: String(n().lostChanges),
                  since: n().lastSyncAt ? formatDateTime(n().lastSyncAt!, user.timeZone) : '–',
                })
              : t('sync.wipedNone')}
          </p>
          <button
            type="button"
            class="btn"
            onClick={() => {
              focusAfter([]); // the notice goes: focus to the page's heading
              void db.meta.delete('wipeNotice');
            }}
          >
            {t('sync.wipedDismiss')}
          </button>
        </div>
      )}
    </Show>
  );
}
