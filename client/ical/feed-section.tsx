import { createResource, createSignal, type JSX, Show } from 'solid-js';
import type { NewFeed } from '../../shared/ical/schemas';
import { OfflineError } from '../api/http';
import { useAuthed } from '../auth/authed-context';
import { formatDateTime } from '../i18n/i18n';
import { QrCode } from '../onboarding/qr-code';
import { askConfirm } from '../ui/confirm-dialog';
import { focusElement } from '../ui/focus';
import { feedLinks, fetchFeedStatus, makeFeed, revokeFeed } from './feed-api';
import { ft } from './texts';

/**
 * "Einsätze im Kalender": make, replace or revoke the private feed link. The link is shown only right after
 * it is made (the server keeps only its hash), as a QR code for the phone and as text to copy.
 */
export function FeedSection(): JSX.Element {
  const { user } = useAuthed();
  const [feed, { refetch }] = createResource(() => fetchFeedStatus());
  const [made, setMade] = createSignal<NewFeed | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  let linkHeading: HTMLHeadingElement | undefined;
  const links = () => {
    const m = made();
    return m ? feedLinks(m.path, location.origin) : null;
  };

  const act = async (run: () => Promise<void>) => {
    if (busy()) return;
    setBusy(true);
    setError('');
    setStatus('');
    try {
      await run();
    } catch (err) {
      setError(err instanceof OfflineError ? ft('offline') : ft('failed'));
    } finally {
      setBusy(false);
    }
  };

  const make = async () => {
    // Asked before the action turns busy, so focus returns to this button (askConfirm).
    if (feed()?.active && !(await askConfirm(ft('remakeConfirm'), ft('remake'), true))) return;
    await act(async () => {
      setMade(await makeFeed());
      await refetch();
      // The link is what the person came for: its heading is read out next.
      requestAnimationFrame(() => linkHeading && focusElement(linkHeading));
    });
  };

  const revoke = async () => {
    if (!(await askConfirm(ft('revokeConfirm'), ft('revoke'), true))) return;
    await act(async () => {
      await revokeFeed();
      setMade(null);
      await refetch();
      setStatus(ft('revoked'));
    });
  };

  const copy = async () => {
    const link = links()?.https;
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setStatus(ft('copied'));
    } catch {
      setStatus(ft('copyFailed'));
    }
  };

  return (
    <section aria-labelledby="feed-title" class="card space-top" data-testid="feed-section">
      <h2 id="feed-title">{ft('heading')}</h2>
      <p>{ft('intro')}</p>
      <Show when={feed.error}>
        <p class="notice notice-warn">{ft('offline')}</p>
      </Show>
      <Show when={feed()}>
        {(f) => (
          <p data-testid="feed-state">
            {f().active && f().createdAt
              ? ft('active', { at: formatDateTime(f().createdAt!, user.timeZone) })
              : ft('none')}
          </p>
        )}
      </Show>
      <div class="button-row">
        <button
          type="button"
          class="btn btn-primary"
          data-testid="feed-make"
          aria-disabled={busy() ? 'true' : undefined}
          onClick={() => void make()}
        >
          {busy() ? ft('busy') : feed()?.active ? ft('remake') : ft('make')}
        </button>
        <Show when={feed()?.active}>
          <button type="button" class="btn" data-testid="feed-revoke" onClick={() => void revoke()}>
            {ft('revoke')}
          </button>
        </Show>
      </div>
      <p role="alert" data-testid="feed-error">
        {error()}
      </p>
      <Show when={links()}>
        {(l) => (
          <div class="invite-link">
            <h3 ref={linkHeading} tabindex="-1">
              {ft('linkHeading')}
            </h3>
            <QrCode text={l().webcal} label={ft('qrAlt')} testId="feed-qr" />
            <div class="field">
              <label for="feed-link-text">{ft('linkLabel')}</label>
              <input
                id="feed-link-text"
                data-testid="feed-link"
                type="text"
                readOnly
                value={l().https}
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
            <div class="button-row">
              <button type="button" class="btn" data-testid="feed-copy" onClick={() => void copy()}>
                {ft('copy')}
              </button>
              <a class="btn" href={l().webcal}>
                {ft('open')}
              </a>
            </div>
          </div>
        )}
      </Show>
      <p role="status" data-testid="feed-status">
        {status()}
      </p>
      <h3>{ft('helpHeading')}</h3>
      <ul class="plain-list">
        <li>{ft('google')}</li>
        <li>{ft('apple')}</li>
        <li>{ft('outlook')}</li>
      </ul>
    </section>
  );
}
