import { A, useNavigate, useParams } from '@solidjs/router';
import { createResource, createSignal, type JSX, Match, Show, Switch } from 'solid-js';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/schemas';
import { setPasswordRequestSchema } from '../../shared/onboarding/schemas';
import { ApiError, OfflineError } from '../api/http';
import { db, startSession, user } from '../auth/session';
import { tn } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { focusElement } from '../ui/focus';
import { PageTitle } from '../ui/page-title';
import { PublicHeader } from '../ui/public-header';
import { acceptInvitation, invitationInfo } from './onboarding-api';
import { PasswordField } from '../ui/fields';
import { type OnboardingKey, tx } from './texts';

/** Focus on the field or message that explains the problem, once it is drawn (errors keep the button). */
const focusSoon = (id: string) =>
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) focusElement(el);
  });

/** Why a link cannot be used, as the page says it. */
function linkProblem(err: unknown): OnboardingKey | null {
  if (err instanceof OfflineError) return 'invite.offline';
  if (err instanceof ApiError) {
    if (err.code === 'invitation_not_found') return 'invite.notFound';
    if (err.code === 'invitation_used') return 'invite.used';
    if (err.code === 'invitation_expired') return 'invite.expired';
  }
  return null;
}

/** /einladung/:token — the invited person sets a password and lands signed in on "Heute". */
export function InvitationPage(): JSX.Element {
  const params = useParams<{ token: string }>();
  const navigate = useNavigate();
  const [info] = createResource(() => params.token, invitationInfo);
  const [password, setPassword] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [fieldError, setFieldError] = createSignal<OnboardingKey | null>(null);
  const [repeatError, setRepeatError] = createSignal<OnboardingKey | null>(null);
  const [formError, setFormError] = createSignal<OnboardingKey | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [otherUnsent, setOtherUnsent] = createSignal<{ name: string; count: number } | null>(null);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setFormError(null);
    // The length rule is the shared schema's; the common-password list is only on the server.
    const tooShort = !setPasswordRequestSchema.safeParse({ password: password() }).success;
    setFieldError(tooShort ? 'invite.tooShort' : null);
    setRepeatError(!tooShort && repeat() !== password() ? 'invite.mismatch' : null);
    if (fieldError() || repeatError()) {
      focusSoon(fieldError() ? 'invite-password' : 'invite-repeat');
      return;
    }
    // Someone else's unsent changes on this device go with their data: say so once, like the login page.
    const previous = user();
    const pending = previous && previous.displayName !== info()?.displayName ? await db()?.outbox.count() : 0;
    if (pending && otherUnsent() === null) {
      setOtherUnsent({ name: previous!.displayName, count: pending });
      return;
    }
    setBusy(true);
    try {
      const { user: invited } = await acceptInvitation(params.token, password());
      await startSession(invited);
      void navigator.storage?.persist?.();
      announce(tx('invite.welcome', { name: invited.displayName }));
      navigate('/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'password_too_common' || err.code === 'validation_failed')) {
        setFieldError(err.code === 'password_too_common' ? 'invite.tooCommon' : 'invite.tooShort');
        focusSoon('invite-password');
      } else {
        setFormError(linkProblem(err) ?? 'invite.failed');
        focusSoon('invite-form-error');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PublicHeader />
      <main id="main" tabindex="-1" class="login-page invitation-page">
        <PageTitle>{tx('invite.title')}</PageTitle>
        <Switch>
          <Match when={info.loading}>
            <p role="status">{tx('invite.checking')}</p>
          </Match>
          <Match when={info.error as unknown}>
            <p class="notice notice-warn" data-testid="invite-problem">
              {tx(linkProblem(info.error) ?? 'invite.failed')}
            </p>
            <A href="/login">{tx('invite.toLogin')}</A>
          </Match>
          <Match when={info()}>
            {(i) => (
              <>
                <p data-testid="invite-greeting">
                  {tx('invite.greeting', { name: i().displayName, association: i().associationName })}
                </p>
                <p>{tx('invite.intro')}</p>
                <form onSubmit={(e) => void submit(e)} novalidate>
                  <div role="alert" id="invite-form-error" tabindex="-1">
                    <Show when={formError()}>{(k) => <p class="error-summary">{tx(k())}</p>}</Show>
                    <Show when={otherUnsent()}>
                      {(o) => (
                        <p class="notice notice-warn" data-testid="invite-other-unsent">
                          {tn('login.otherUnsent', o().count, { name: o().name })}
                        </p>
                      )}
                    </Show>
                  </div>
                  <PasswordField
                    id="invite-password"
                    label={tx('invite.password')}
                    hint={tx('invite.rules')}
                    autocomplete="new-password"
                    minLength={MIN_PASSWORD_LENGTH}
                    error={fieldError() ? tx(fieldError()!) : null}
                    value={password()}
                    onInput={setPassword}
                  />
                  <PasswordField
                    id="invite-repeat"
                    label={tx('invite.repeat')}
                    autocomplete="new-password"
                    minLength={MIN_PASSWORD_LENGTH}
                    error={repeatError() ? tx(repeatError()!) : null}
                    value={repeat()}
                    onInput={setRepeat}
                  />
                  <button
                    type="submit"
                    class="btn btn-primary btn-block"
                    data-testid="invite-submit"
                    aria-disabled={busy() ? 'true' : undefined}
                  >
                    {busy() ? tx('invite.busy') : tx('invite.submit')}
                  </button>
                </form>
              </>
            )}
          </Match>
        </Switch>
      </main>
    </>
  );
}
