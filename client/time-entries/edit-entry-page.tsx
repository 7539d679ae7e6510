import { A, useNavigate, useParams } from '@solidjs/router';
import { createEffect, createSignal, type JSX, Show, untrack } from 'solid-js';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { RequireCapability } from '../auth/require-capability';
import { pageNeeds } from '../ui/nav-items';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { askConfirm } from '../ui/confirm-dialog';
import { PageTitle } from '../ui/page-title';
import { EntryDetails } from './entry-details';
import { EntryForm, type EntryFormApi } from './entry-form';
import { differsInForm, type EntryDraft, editsSince, valuesOf } from './entry-values';
import { createTimeEntry, deleteTimeEntry, updateTimeEntry } from './local-writes';

/** One page per entry id: moving to another entry starts a fresh form and query. */
/** Guarded here, not in app.tsx: a direct link by someone whose role lacks it gets a clear message. */
export function EditEntryPage(): JSX.Element {
  return (
    <RequireCapability any={pageNeeds.hours}>
      <EditEntryById />
    </RequireCapability>
  );
}

function EditEntryById(): JSX.Element {
  const params = useParams();
  return (
    <Show when={params['id']} keyed>
      {(id) => <EditEntry id={id} />}
    </Show>
  );
}

function EditEntry(props: { id: string }): JSX.Element {
  const { db, user } = useAuthed();
  const navigate = useNavigate();
  // undefined: still loading; null: not on this device.
  const entry = createLiveQuery<TimeEntry | null | undefined>(
    async () => (await db.timeEntries.get(props.id)) ?? null,
    undefined,
  );
  // The version the form started from. A sync may bring a newer one while the person types (another
  // device, the coordinator); the form keeps what she typed and says so, instead of starting over.
  const [started, setStarted] = createSignal<TimeEntry | null | undefined>(undefined);
  createEffect(() => {
    const e = entry();
    const s = untrack(started);
    // First load, or the entry arrived with a later pull while the page said it was not here.
    if (e !== undefined && (s === undefined || (s === null && e !== null))) setStarted(e);
  });
  const current = () => entry();
  const changedElsewhere = () => {
    const s = started();
    const c = current();
    return !!s && !!c && c.rev !== s.rev && differsInForm(s, c);
  };
  const deletedElsewhere = () => !!started() && current() === null;

  const back = (e: { date: string }) => navigate(`/zeiten?woche=${e.date}`);
  const save = (s: TimeEntry) => async (draft: EntryDraft) => {
    if (deletedElsewhere()) {
      // Gone from this device meanwhile: what she typed becomes a new entry rather than being lost.
      const created = await createTimeEntry(db, user, draft);
      back(created);
      return;
    }
    await updateTimeEntry(db, user, s.id, editsSince(s, draft));
    back({ date: draft.date });
  };
  const remove = async (s: TimeEntry) => {
    await deleteTimeEntry(db, s.id);
    back(s);
  };
  const submit = async (s: TimeEntry, draft: EntryDraft) => {
    await updateTimeEntry(db, user, s.id, { ...editsSince(s, draft), state: 'submitted' });
    back({ date: draft.date });
  };
  // The question comes before the busy state: a button disabled while its dialog is open could not
  // take focus back when the dialog is cancelled.
  const confirmed = async (api: EntryFormApi, question: Promise<boolean>, action: () => Promise<void>) => {
    if (await question) await api.run(action);
  };

  return (
    <Show when={started() !== undefined} fallback={<p role="status">{t('app.loading')}</p>}>
      <Show
        when={started()}
        keyed
        fallback={
          <>
            <PageTitle>{t('entry.viewTitle')}</PageTitle>
            <p class="empty">{t('entry.notFound')}</p>
            <A href="/zeiten">{t('app.back')}</A>
          </>
        }
      >
        {(s) => (
          <Show
            when={s.state === 'draft'}
            fallback={
              <>
                <PageTitle>{t('entry.viewTitle')}</PageTitle>
                <p class="notice notice-ok">{t('entry.locked')}</p>
                <EntryDetails entry={s} />
                <A class="btn" href={`/zeiten?woche=${s.date}`}>
                  {t('app.back')}
                </A>
              </>
            }
          >
            <PageTitle>{t('entry.editTitle')}</PageTitle>
            <Show when={changedElsewhere()}>
              <div class="notice notice-warn" role="status" data-testid="entry-changed-elsewhere">
                <p>{t('entry.changedElsewhere')}</p>
                <button type="button" class="btn" onClick={() => setStarted(current() ?? s)}>
                  {t('entry.loadNewer')}
                </button>
              </div>
            </Show>
            <Show when={deletedElsewhere()}>
              <p class="notice notice-warn" role="status">
                {t('entry.deletedElsewhere')}
              </p>
            </Show>
            <Show when={current()?.state === 'submitted'}>
              <p class="notice notice-warn" role="status">
                {t('entry.submittedElsewhere')}
              </p>
            </Show>
            <EntryForm
              initial={valuesOf(s)}
              entryId={s.id}
              onSave={save(s)}
              actions={(api) => (
                <Show when={!deletedElsewhere()}>
                  <button
                    type="button"
                    class="btn"
                    disabled={api.busy()}
                    onClick={() => {
                      const draft = api.draft();
                      if (!draft) return;
                      void confirmed(api, askConfirm(t('entry.submitConfirm'), t('entry.submit')), () =>
                        submit(s, draft),
                      );
                    }}
                  >
                    {t('entry.submit')}
                  </button>
                  <button
                    type="button"
                    class="btn btn-danger"
                    disabled={api.busy()}
                    onClick={() =>
                      void confirmed(api, askConfirm(t('entry.deleteConfirm'), t('entry.delete'), true), () =>
                        remove(s),
                      )
                    }
                  >
                    {t('entry.delete')}
                  </button>
                </Show>
              )}
            />
          </Show>
        )}
      </Show>
    </Show>
  );
}
