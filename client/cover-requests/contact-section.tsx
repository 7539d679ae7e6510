import { createMemo, For, type JSX, Show } from 'solid-js';
import { nextStates } from '../../shared/cover-requests/states';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { askConfirm } from '../ui/confirm-dialog';
import { focusAfter } from '../ui/focus';
import { cancelCoverRequest } from './local-writes';
import { RequestCard } from './request-card';
import { RequestForm } from './request-form';
import { ct } from './texts';
import '../ui/checks.css';
import './cover.css';

/**
 * A municipality contact's part of "Heute" (lazy-loaded): her requests with their state and who is
 * coming, and the form to ask for cover. Her device holds only her municipality's requests.
 */
export function ContactSection(): JSX.Element {
  const { db, user } = useAuthed();
  const requests = createLiveQuery(
    async () => (await db.coverRequests.toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    undefined,
  );
  const people = createLiveQuery(() => db.people.toArray(), []);
  const nameOf = (id: string | null) => people().find((p) => p.id === id)?.displayName ?? '';
  // Her own municipality comes with her session (the people row's), so the form works before her first request;
  // a person stored on the device before that field came falls back to her newest request's (all are hers).
  const municipalityId = createMemo(() => user.municipalityId ?? requests()?.[0]?.municipalityId ?? '');
  const cancel = async (id: string, button: HTMLElement) => {
    if (!(await askConfirm(ct('cancelAsk'), ct('cancel'), true))) return;
    await cancelCoverRequest(db, id);
    focusAfter(['#cover-list-title'], button);
  };
  return (
    <section aria-labelledby="cover-list-title" data-testid="contact-cover">
      <h2 id="cover-list-title">{ct('listTitle')}</h2>
      <Show when={requests()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(rs) => (
          <Show when={rs().length > 0} fallback={<p class="empty">{ct('none')}</p>}>
            <ul class="plain-list">
              <For each={rs()}>
                {(r) => (
                  <RequestCard request={r} personName={nameOf}>
                    <Show when={nextStates(r.state, 'requester').includes('cancelled')}>
                      <button type="button" class="btn" onClick={(e) => void cancel(r.id, e.currentTarget)}>
                        {ct('cancel')}
                      </button>
                    </Show>
                  </RequestCard>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <Show when={requests()}>
        <RequestForm municipalityId={municipalityId()} />
      </Show>
    </section>
  );
}
