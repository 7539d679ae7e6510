import { useNavigate } from '@solidjs/router';
import { createSignal, type JSX } from 'solid-js';
import { t, tn } from '../i18n/i18n';
import { useSync } from '../sync/sync-context';
import { askConfirm } from '../ui/confirm-dialog';
import { useAuthed } from './authed-context';
import { logout } from './logout';

export function LogoutButton(): JSX.Element {
  const { db } = useAuthed();
  const sync = useSync();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);
  const run = async () => {
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
    <button type="button" class="header-btn" aria-busy={busy()} disabled={busy()} onClick={() => void run()}>
      {busy() ? t('logout.busy') : t('logout.button')}
    </button>
  );
}
