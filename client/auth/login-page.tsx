import { A, Navigate, useNavigate } from '@solidjs/router';
import { createSignal, type JSX, Show } from 'solid-js';
import { ApiError, OfflineError } from '../api/http';
import { type MessageKey, t, tn } from '../i18n/i18n';
import { PageTitle } from '../ui/page-title';
import { PublicHeader } from '../ui/public-header';
import { requestLogin } from './auth-api';
import { expired, signedIn, startSession, unsentOfOtherPerson, user } from './session';

function errorKey(err: unknown): MessageKey {
  if (err instanceof OfflineError) return 'login.offline';
  if (err instanceof ApiError) {
    if (err.status === 401) return 'login.wrong';
    if (err.status === 429) return 'login.throttled';
    if (err.status === 400) return 'login.invalid';
  }
  return 'login.failed';
}

export function LoginPage(): JSX.Element {
  const navigate = useNavigate();
  const [email, setEmail] = createSignal(user()?.email ?? '');
  const [password, setPassword] = createSignal('');
  const [error, setError] = createSignal<MessageKey | null>(null);
  const [busy, setBusy] = createSignal(false);
  // Another person's unsent changes that signing in would delete; a second submit confirms.
  const [otherUnsent, setOtherUnsent] = createSignal<{ name: string; count: number; email: string } | null>(null);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    // Obvious mistakes are caught here, without a round trip (and without counting as a failed login).
    if (!/^\S+@\S+$/.test(email().trim()) || password() === '') {
      setError('login.invalid');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const unsent = await unsentOfOtherPerson(email());
      if (unsent && otherUnsent()?.email !== email().trim().toLowerCase()) {
        setOtherUnsent({ ...unsent, email: email().trim().toLowerCase() });
        return;
      }
      await startSession(await requestLogin(email().trim(), password()));
      // Ask the browser not to evict this person's offline data under storage pressure.
      void navigator.storage?.persist?.();
      navigate('/', { replace: true });
    } catch (err) {
      setError(errorKey(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Show when={!signedIn()} fallback={<Navigate href="/" />}>
      <PublicHeader />
      <main id="main" tabindex="-1" class="login-page">
        <PageTitle>{t('login.title')}</PageTitle>
        <p class={expired() ? 'notice notice-warn' : ''}>{expired() ? t('login.expired') : t('login.intro')}</p>
        <form onSubmit={(e) => void submit(e)} novalidate>
          <div role="alert" id="login-error">
            <Show when={error()}>{(k) => <p class="error-summary">{t(k())}</p>}</Show>
            <Show when={otherUnsent()}>
              {(o) => (
                <p class="notice notice-warn" data-testid="login-other-unsent">
                  {tn('login.otherUnsent', o().count, { name: o().name })}
                </p>
              )}
            </Show>
          </div>
          <div class="field">
            <label for="login-email">{t('login.email')}</label>
            <input
              id="login-email"
              data-testid="login-email"
              type="email"
              inputmode="email"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              value={email()}
              aria-invalid={error() ? 'true' : undefined}
              aria-describedby={error() ? 'login-error' : undefined}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="login-password">{t('login.password')}</label>
            <input
              id="login-password"
              data-testid="login-password"
              type="password"
              autocomplete="current-password"
              required
              value={password()}
              aria-invalid={error() ? 'true' : undefined}
              aria-describedby={error() ? 'login-error' : undefined}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="btn btn-primary btn-block" data-testid="login-submit" disabled={busy()}>
            {busy() ? t('login.busy') : otherUnsent() ? t('login.submitDiscarding') : t('login.submit')}
          </button>
        </form>
        <p class="page-footer">
          <A href="/barrierefreiheit">{t('a11y.link')}</A>
        </p>
      </main>
    </Show>
  );
}
