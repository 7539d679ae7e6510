import { createResource, createSignal, type JSX, Show } from 'solid-js';
import { t } from '../i18n/i18n';
import { currentSubscription, pushSupported, subscribePush, unsubscribePush } from './push-api';

/** "Mein Konto": Web Push for this browser, on or off; the inbox works without it. */
export function PushSection(): JSX.Element {
  const supported = pushSupported();
  const [on, { mutate }] = createResource(async () => (supported ? (await currentSubscription()) !== null : false));
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const toggle = async () => {
    if (busy()) return;
    setBusy(true);
    setError('');
    try {
      if (on()) {
        await unsubscribePush();
        mutate(false);
      } else {
        const result = await subscribePush();
        if (result === 'denied') setError(t('push.denied'));
        else if (result === 'unsupported') setError(t('push.unsupported'));
        else mutate(true);
      }
    } catch {
      setError(t('push.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="push-title" class="card space-top" data-testid="push-section">
      <h2 id="push-title">{t('push.title')}</h2>
      <p>{t('push.intro')}</p>
      <Show when={supported} fallback={<p>{t('push.unsupported')}</p>}>
        <p role="status">{on() ? t('push.isOn') : t('push.isOff')}</p>
        <button type="button" class="btn" aria-disabled={busy() ? 'true' : undefined} onClick={() => void toggle()}>
          {on() ? t('push.off') : t('push.on')}
        </button>
        <p role="alert" class={error() ? 'field-error' : ''}>
          {error()}
        </p>
      </Show>
    </section>
  );
}
