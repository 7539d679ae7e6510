import { createSignal, type JSX } from 'solid-js';
import type { PersonAccess } from '../../shared/onboarding/schemas';
import { askConfirm } from '../ui/confirm-dialog';
import { focusAfter } from '../ui/focus';
import { setPersonActive } from './onboarding-api';
import { actError } from './invite-panel';
import { tx } from './texts';

/** Deactivate / reactivate a person, after a confirmation that says what follows. */
export function ActiveSwitch(props: { access: PersonAccess; onChanged: () => void }): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const name = () => props.access.displayName;

  const toggle = async (button: HTMLButtonElement) => {
    if (busy()) return;
    const activate = !props.access.active;
    // Asked before the button turns busy, so focus returns to it (README: Accessibility patterns).
    const ok = await askConfirm(
      tx(activate ? 'access.confirmReactivate' : 'access.confirmDeactivate', { name: name() }),
      tx(activate ? 'access.reactivate' : 'access.deactivate'),
      !activate,
    );
    if (!ok) return;
    setBusy(true);
    setError('');
    try {
      await setPersonActive(props.access.id, activate);
      setStatus(tx(activate ? 'access.reactivated' : 'access.deactivated', { name: name() }));
      props.onChanged();
      focusAfter('[data-testid="active-switch"]', button);
    } catch (err) {
      setError(actError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="active-switch" aria-labelledby="active-switch-title">
      <h2 id="active-switch-title">{tx('access.status')}</h2>
      <p data-testid="active-state">{props.access.active ? tx('access.active') : tx('access.inactive')}</p>
      <button
        type="button"
        class={props.access.active ? 'btn btn-danger' : 'btn'}
        data-testid="active-switch"
        aria-disabled={busy() ? 'true' : undefined}
        onClick={(e) => void toggle(e.currentTarget)}
      >
        {props.access.active ? tx('access.deactivate') : tx('access.reactivate')}
      </button>
      <p role="alert" data-testid="active-error">
        {error()}
      </p>
      <p role="status" data-testid="active-status">
        {status()}
      </p>
    </section>
  );
}
