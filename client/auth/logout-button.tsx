import { useNavigate } from '@solidjs/router';
import { createSignal, type JSX } from 'solid-js';
import { t, tn } from '../i18n/i18n';
import { useSync } from '../sync/sync-context';
import { askConfirm } from '../ui/confirm-dialog';
import { LineIcon } from '../ui/line-icon';
import { useAuthed } from './authed-context';
import { logout } from './logout';

/** A door with an arrow: the button's label hides in a narrow header, the icon stays (app.css). */
const ICON = 'M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 17l-5-5 5-5M5 12h11';

export function LogoutButton(): JSX.Element {
  const { db } = useAuthed();
  const sync = useSync();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const run = async () => {
    // Not `disabled` while busy: the dialog returns focus here when it is cancelled.
    if (busy()) return;
    setBusy(true);
    try {
      const done = await logout({
        db,
        syncNow: sync.sync,
        stopSync: sync.stop,
        confirmLoss: (n) => askConfirm(tn('logout.unsent', n), t('logout.confirm'), true),
      });
      if (done) navigate('/login', { replace: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      class="header-btn header-icon-btn"
      data-testid="logout"
      aria-busy={busy()}
      aria-disabled={busy() ? 'true' : undefined}
      onClick={() => void run()}
    >
      <LineIcon path={ICON} />
      <span class="header-label">{busy() ? t('logout.busy') : t('logout.button')}</span>
    </button>
  );
}
