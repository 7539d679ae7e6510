import { createSignal, type JSX, Show } from 'solid-js';
import { changePasswordSchema } from '../../shared/account/schemas';
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/schemas';
import { issuesFromZod } from '../../shared/errors/errors';
import { ApiError, OfflineError } from '../api/http';
import { focusElement } from '../ui/focus';
import { changePassword } from './account-api';
import { type PasswordErrors, passwordErrors } from './password-errors';
import { PasswordField } from '../ui/fields';
import { at } from './texts';

/** Current and new password; errors at their fields, the first invalid field focused (WCAG 3.3.1). */
export function PasswordForm(props: { onChanged: () => void }): JSX.Element {
  const [current, setCurrent] = createSignal('');
  const [next, setNext] = createSignal('');
  const [errors, setErrors] = createSignal<PasswordErrors>({});
  const [status, setStatus] = createSignal('');
  const [busy, setBusy] = createSignal(false);

  const show = (found: PasswordErrors) => {
    setErrors(found);
    const first = found.currentPassword ? 'currentPassword' : found.newPassword ? 'newPassword' : null;
    const el = first ? document.getElementById(first) : null;
    if (el) focusElement(el);
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setStatus('');
    const parsed = changePasswordSchema.safeParse({ currentPassword: current(), newPassword: next() });
    if (!parsed.success) return show(passwordErrors(issuesFromZod(parsed.error)));
    setBusy(true);
    try {
      await changePassword(parsed.data.currentPassword, parsed.data.newPassword);
      setErrors({});
      setCurrent('');
      setNext('');
      setStatus(at('passwordChanged'));
      props.onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.details?.length) show(passwordErrors(err.details));
      else setStatus(err instanceof OfflineError ? at('offline') : at('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="password-title" class="card space-top">
      <h2 id="password-title">{at('passwordHeading')}</h2>
      <form onSubmit={(e) => void submit(e)} novalidate>
        <PasswordField
          id="currentPassword"
          label={at('currentPassword')}
          autocomplete="current-password"
          value={current()}
          onInput={setCurrent}
          error={errors().currentPassword}
        />
        <PasswordField
          id="newPassword"
          label={at('newPassword')}
          hint={at('newPasswordHint', { min: MIN_PASSWORD_LENGTH })}
          autocomplete="new-password"
          value={next()}
          onInput={setNext}
          error={errors().newPassword}
        />
        <button
          type="submit"
          class="btn btn-primary btn-block"
          data-testid="password-submit"
          aria-disabled={busy() ? 'true' : undefined}
        >
          {busy() ? at('passwordBusy') : at('passwordSubmit')}
        </button>
        <p role="status" class="space-top" data-testid="password-status">
          <Show when={status()}>{status()}</Show>
        </p>
      </form>
    </section>
  );
}
