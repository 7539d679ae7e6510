import { createEffect, createSignal, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';
import { focusAfter } from './focus';

type Request = {
  message: string;
  confirmLabel: string;
  danger: boolean;
  resolve: (ok: boolean) => void;
  /** The control that asked: focus goes back to it when the dialog closes (WCAG 2.4.3). */
  returnTo: Element | null;
};
const [request, setRequest] = createSignal<Request | null>(null);

/** An accessible modal question; resolves false on cancel, Escape or a newer question. */
export function askConfirm(message: string, confirmLabel: string, danger = false): Promise<boolean> {
  return new Promise((resolve) => {
    request()?.resolve(false);
    setRequest({ message, confirmLabel, danger, resolve, returnTo: document.activeElement });
  });
}

export function ConfirmHost(): JSX.Element {
  let dialog: HTMLDialogElement | undefined;
  const answer = (ok: boolean) => {
    const r = request();
    setRequest(null);
    if (r?.returnTo instanceof HTMLElement) focusAfter(r.returnTo, null);
    r?.resolve(ok);
  };
  createEffect(() => {
    const open = request() !== null;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  });
  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby="confirm-message"
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <p id="confirm-message">{request()?.message}</p>
      <div class="button-row">
        <button type="button" class="btn" autofocus onClick={() => answer(false)}>
          {t('app.cancel')}
        </button>
        <button
          type="button"
          class={request()?.danger ? 'btn btn-danger' : 'btn btn-primary'}
          onClick={() => answer(true)}
        >
          {request()?.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
