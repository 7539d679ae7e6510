import { createSignal, type JSX } from 'solid-js';
import { ApiError, OfflineError } from '../api/http';
import { formatDate } from '../i18n/i18n';
import { askConfirm } from '../ui/confirm-dialog';
import { erasePerson, exportHref } from './privacy-api';
import { pt } from './texts';

const refusals = ['person_active', 'erase_self', 'already_erased', 'not_found'] as const;

function errorText(err: unknown): string {
  if (err instanceof OfflineError) return pt('offline');
  const code = err instanceof ApiError ? (err.details?.[0]?.code ?? err.code) : '';
  return refusals.find((r) => r === code) ? pt(code as (typeof refusals)[number]) : pt('failed');
}

/**
 * An administrator's data protection acts on one person: export (audited by the server) and erasure.
 * Meant for the person page of the people administration; mounted on its own small page until then.
 */
export function PersonDataActions(props: { personId: string }): JSX.Element {
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const erase = async () => {
    if (busy()) return;
    // Asked before the button turns busy, so focus returns to it (askConfirm).
    if (!(await askConfirm(pt('eraseConfirm'), pt('erase'), true))) return;
    setBusy(true);
    setStatus('');
    try {
      const done = await erasePerson(props.personId);
      setStatus(pt('erased', { name: done.displayName, until: formatDate(done.retainUntil) }));
    } catch (err) {
      setStatus(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <section aria-labelledby="export-title" class="card">
        <h2 id="export-title">{pt('exportHeading')}</h2>
        <p>{pt('exportIntro')}</p>
        <div class="button-row">
          <a class="btn" href={exportHref(props.personId, 'json')} download="" data-testid="admin-export-json">
            {pt('exportJson')}
          </a>
          <a class="btn" href={exportHref(props.personId, 'csv')} download="" data-testid="admin-export-csv">
            {pt('exportCsv')}
          </a>
        </div>
      </section>
      <section aria-labelledby="erase-title" class="card">
        <h2 id="erase-title">{pt('eraseHeading')}</h2>
        <p id="erase-intro">{pt('eraseIntro')}</p>
        <button
          type="button"
          class="btn btn-danger btn-block"
          data-testid="erase-person"
          aria-describedby="erase-intro"
          aria-disabled={busy() ? 'true' : undefined}
          onClick={() => void erase()}
        >
          {busy() ? pt('erasing') : pt('erase')}
        </button>
        <p role="status" data-testid="erase-status">
          {status()}
        </p>
      </section>
    </>
  );
}
