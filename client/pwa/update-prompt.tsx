import { createEffect, type JSX, onCleanup, onMount, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../i18n/i18n';
import { coversViewport } from '../ui/chrome-size';

/** A toast floats over the page's bottom: focused content scrolls clear of it (chrome-size.ts). */
function Toast(props: { children: JSX.Element }): JSX.Element {
  let el: HTMLDivElement | undefined;
  onMount(() => el && coversViewport(el, 'bottom'));
  return (
    <div class="toast" ref={el}>
      {props.children}
    </div>
  );
}

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
        <Toast>
          <p>{t('pwa.update')}</p>
          <button type="button" class="btn btn-primary" onClick={() => void updateServiceWorker(true)}>
            {t('pwa.reload')}
          </button>
          <button type="button" class="btn" onClick={() => setNeedRefresh(false)}>
            {t('pwa.close')}
          </button>
        </Toast>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <Toast>
          <p>{t('pwa.offlineReady')}</p>
          <button type="button" class="btn" onClick={() => setOfflineReady(false)}>
            {t('pwa.close')}
          </button>
        </Toast>
      </Show>
    </div>
  );
}
