import { A, useNavigate, useParams } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import type { TimeEntry } from '../../shared/time-entries/schema';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { t } from '../i18n/i18n';
import { askConfirm } from '../ui/confirm-dialog';
import { PageTitle } from '../ui/page-title';
import { EntryDetails } from './entry-details';
import { EntryForm } from './entry-form';
import { type EntryDraft, valuesOf } from './entry-values';
import { deleteTimeEntry, updateTimeEntry } from './local-writes';

export function EditEntryPage(): JSX.Element {
  const { db, user } = useAuthed();
  const params = useParams();
  const navigate = useNavigate();
  // undefined: still loading; null: not on this device.
  const entry = createLiveQuery<TimeEntry | null | undefined>(async () => (await db.timeEntries.get(params['id'] ?? '')) ?? null, undefined, () => params['id']);
  const back = (e: TimeEntry) => navigate(`/zeiten?woche=${e.date}`);

  const save = (e: TimeEntry) => async (draft: EntryDraft) => {
    await updateTimeEntry(db, user, e.id, draft);
    back({ ...e, ...draft });
  };
  const remove = async (e: TimeEntry) => {
    if (!(await askConfirm(t('entry.deleteConfirm'), t('entry.delete'), true))) return;
    await deleteTimeEntry(db, e.id);
    back(e);
  };
  const submit = async (e: TimeEntry, draft: EntryDraft) => {
    if (!(await askConfirm(t('entry.submitConfirm'), t('entry.submit')))) return;
    await updateTimeEntry(db, user, e.id, { ...draft, state: 'submitted' });
    back(e);
  };

  return (
    <Show when={entry() !== undefined} fallback={<p role="status">{t('app.loading')}</p>}>
      <Show
        when={entry()}
        keyed
        fallback={
          <>
            <PageTitle>{t('entry.viewTitle')}</PageTitle>
            <p class="empty">{t('entry.notFound')}</p>
            <A href="/zeiten">{t('app.back')}</A>
          </>
        }
      >
        {(e) => (
          <Show
            when={e.state === 'draft'}
            fallback={
              <>
                <PageTitle>{t('entry.viewTitle')}</PageTitle>
                <p class="notice notice-ok">{t('entry.locked')}</p>
                <EntryDetails entry={e} />
                <A class="btn" href={`/zeiten?woche=${e.date}`}>
                  {t('app.back')}
                </A>
              </>
            }
          >
            <PageTitle>{t('entry.editTitle')}</PageTitle>
            <EntryForm
              initial={valuesOf(e)}
              onSave={save(e)}
              actions={(api) => (
                <>
                  <button
                    type="button"
                    class="btn"
                    disabled={api.busy()}
                    onClick={() => {
                      const draft = api.draft();
                      if (draft) void api.run(() => submit(e, draft));
                    }}
                  >
                    {t('entry.submit')}
                  </button>
                  <button type="button" class="btn btn-danger" disabled={api.busy()} onClick={() => void api.run(() => remove(e))}>
                    {t('entry.delete')}
                  </button>
                </>
              )}
            />
          </Show>
        )}
      </Show>
    </Show>
  );
}
