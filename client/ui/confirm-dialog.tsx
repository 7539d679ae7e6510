import { createEffect, createSignal, type JSX } from 'solid-js';
import { t } from '../i18n/i18n';

type Request = { message: string; confirmLabel: string; danger: boolean; resolve: (ok: boolean) => void };
const [request, setRequest] = createSignal<Request | null>(null);

/** An accessible modal question; resolves false on cancel, Escape or a newer question. */
export function askConfirm(message: string, confirmLabel: string, danger = false): Promise<boolean> {
  return new Promise((resolve) => {
    request()?.resolve(false);
    setRequest({ message, confirmLabel, danger, resolve });
  });
}

export function ConfirmHost(): JSX.Element {
  let dialog: HTMLDialogElement | undefined;
  const answer = (ok: boolean) => {
    const r = request();
    setRequest(null);
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
