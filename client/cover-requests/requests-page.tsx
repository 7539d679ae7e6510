import { For, type JSX, Show } from 'solid-js';
import { RequireCapability } from '../auth/require-capability';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { pageNeeds } from '../ui/nav-items';
import { PageTitle } from '../ui/page-title';
import { AssignedList } from './assigned-list';
import { CoverPicker } from './cover-picker';
import { FillProblem } from './fill-problem';
import { RequestCard } from './request-card';
import { ct } from './texts';
import './cover.css';

/** /planung/anfragen: the open requests, urgent first, each with the picker of who covers it; then the covered ones. */
export function RequestsPage(): JSX.Element {
  const { db } = useAuthed();
  const open = createLiveQuery(
    async () =>
      (await db.coverRequests.toArray())
        .filter((r) => r.state === 'open')
        .sort(
          (a, b) =>
            Number(b.urgency === 'urgent') - Number(a.urgency === 'urgent') ||
            (a.slots[0]?.start ?? '').localeCompare(b.slots[0]?.start ?? ''),
        ),
    undefined,
  );
  const people = createLiveQuery(() => db.people.toArray(), []);
  const nameOf = (id: string | null) => people().find((p) => p.id === id)?.displayName ?? '';
  return (
    <RequireCapability any={pageNeeds.coverRequests}>
      <PageTitle>{ct('sectionTitle')}</PageTitle>
      <h2 id="cover-open-title">{ct('pageTitle')}</h2>
      <Show when={open()} fallback={<p role="status">{t('app.loading')}</p>}>
        {(rs) => (
          <Show when={rs().length > 0} fallback={<p class="empty">{ct('noOpen')}</p>}>
            <ul class="plain-list" id="cover-requests-list" tabindex="-1" aria-labelledby="cover-open-title">
              <For each={rs()}>
                {(r) => (
                  <RequestCard request={r} personName={nameOf}>
                    <p class="card-muted">{ct('requestedBy', { name: nameOf(r.requestedBy) })}</p>
                    <FillProblem request={r} personName={nameOf} />
                    <CoverPicker request={r} />
                  </RequestCard>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
      <AssignedList personName={nameOf} />
    </RequireCapability>
  );
}
