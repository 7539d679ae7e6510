import { createEffect, type JSX, onCleanup, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../i18n/i18n';

/**
 * Registers the service worker. A new version waits until the person chooses to reload, so a
 * half-filled form is never lost to an automatic update.
 */
export function UpdatePrompt(): JSX.Element {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  // "Offline ready" is news once; it goes away by itself.
  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    onCleanup(() => clearTimeout(timer));
  });

  return (
    <div role="status" aria-live="polite">
      <Show when={needRefresh()}>
        <div class="toast">
          <p>{t('pwa.update')}</p>
          <button type="button" class="btn btn-primary" onClick={() => void updateServiceWorker(true)}>
            {t('pwa.reload')}
          </button>
          <button type="button" class="btn" onClick={() => setNeedRefresh(false)}>
            {t('pwa.close')}
          </button>
        </div>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <div class="toast">
          <p>{t('pwa.offlineReady')}</p>
          <button type="button" class="btn" onClick={() => setOfflineReady(false)}>
            {t('pwa.close')}
          </button>
        </div>
      </Show>
    </div>
  );
}
