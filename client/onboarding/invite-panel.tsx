import { createSignal, type JSX, Show } from 'solid-js';
import type { InvitationCreated, PersonAccess } from '../../shared/onboarding/schemas';
import { ApiError, OfflineError } from '../api/http';
import { formatDateTime } from '../i18n/i18n';
import { focusElement } from '../ui/focus';
import { invitePerson } from './onboarding-api';
import { QrCode } from './qr-code';
import { tx } from './texts';

/** Why an act failed, in words for the admin. */
export function actError(err: unknown): string {
  if (err instanceof OfflineError) return tx('access.offline');
  if (err instanceof ApiError && err.status === 409 && err.message.includes('Reactivate'))
    return tx('access.inactiveNoInvite');
  if (err instanceof ApiError && err.status === 409) return tx('access.notSelf');
  return tx('access.failed', { message: err instanceof Error ? err.message : String(err) });
}

/**
 * "Einladen" / "Neuen Link senden" for one person: the new one-time link as a QR code to scan with the
 * colleague's phone and as text to copy. Meant to be embedded in the person's edit page.
 */
export function InvitePanel(props: { access: PersonAccess; timeZone: string; onInvited?: () => void }): JSX.Element {
  const [made, setMade] = createSignal<InvitationCreated | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  let linkHeading: HTMLHeadingElement | undefined;

  const invite = async () => {
    if (busy()) return;
    setBusy(true);
    setError('');
    setStatus('');
    try {
      setMade(await invitePerson(props.access.id));
      props.onInvited?.();
      // The new link is what the admin came for: focus its heading so it is read out next.
      requestAnimationFrame(() => linkHeading && focusElement(linkHeading));
    } catch (err) {
      setError(actError(err));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    const link = made()?.link;
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setStatus(tx('access.copied'));
    } catch {
      setStatus(tx('access.copyFailed'));
    }
  };

  const hasAccess = () => props.access.hasPassword || props.access.openInvitationExpiresAt !== null || made() !== null;
  return (
    <section class="invite-panel" aria-labelledby="invite-panel-title">
      <h2 id="invite-panel-title">{tx('access.inviteTitle')}</h2>
      <Show when={props.access.openInvitationExpiresAt && !made()}>
        <p>
          {tx('access.openInvitation', { date: formatDateTime(props.access.openInvitationExpiresAt!, props.timeZone) })}
        </p>
      </Show>
      <button
        type="button"
        class="btn btn-primary"
        data-testid="invite-button"
        aria-disabled={busy() || !props.access.active ? 'true' : undefined}
        onClick={() => (props.access.active ? void invite() : setError(tx('access.inactiveNoInvite')))}
      >
        {busy() ? tx('access.inviteBusy') : hasAccess() ? tx('access.newLink') : tx('access.invite')}
      </button>
      <p role="alert" data-testid="invite-error">
        {error()}
      </p>
      <Show when={made()}>
        {(m) => (
          <div class="invite-link">
            <h3 ref={linkHeading} tabindex="-1">
              {tx('access.linkTitle')}
            </h3>
            <p class="hint">{tx('access.linkHint', { date: formatDateTime(m().expiresAt, props.timeZone) })}</p>
            <QrCode text={m().link} label={tx('access.qrAlt', { name: props.access.displayName })} testId="invite-qr" />
            <div class="field">
              <label for="invite-link-text">{tx('access.linkLabel')}</label>
              <input
                id="invite-link-text"
                data-testid="invite-link"
                type="text"
                readOnly
                value={m().link}
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
            <button type="button" class="btn" data-testid="invite-copy" onClick={() => void copy()}>
              {tx('access.copy')}
            </button>
            <Show when={m().mailed}>
              <p>{tx('access.mailed', { email: props.access.email })}</p>
            </Show>
          </div>
        )}
      </Show>
      <p role="status" data-testid="invite-status">
        {status()}
      </p>
    </section>
  );
}
