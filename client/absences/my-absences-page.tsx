import { A } from '@solidjs/router';
import { For, type JSX, Show } from 'solid-js';
import { AppError } from '../../shared/errors/errors';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { createLiveQuery } from '../db/live';
import { tCode } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { askConfirm } from '../ui/confirm-dialog';
import { focusAfter } from '../ui/focus';
import { PageTitle } from '../ui/page-title';
import { mayPlanAbsences } from '../../shared/absences/rules';
import { AbsenceForm } from './absence-form';
import { AbsenceItem } from './absence-item';
import { updateAbsence } from './local-writes';
import { absenceViews } from './queries';
import { abt } from './texts';

/** "Abwesenheiten" (/abwesenheiten): request leave, see what became of it, withdraw it while open. */
export function MyAbsencesPage(): JSX.Element {
  const { db, user } = useAuthed();
  const mine = createLiveQuery(() => absenceViews(db, user.id), undefined);
  const withdraw = async (id: string, button: HTMLButtonElement) => {
    if (!(await askConfirm(abt('cancelConfirm'), abt('cancel'), true))) return;
    try {
      await updateAbsence(db, user, id, { status: 'cancelled' });
      announce(abt('cancelled'));
      focusAfter('#mine-title', button);
    } catch (err) {
      announce(tCode('reason', err instanceof AppError ? err.code : 'other', 'reason.other'));
    }
  };
  return (
    <RequireCapability any={['absences.request-own', 'assignments.plan']}>
      <PageTitle>{abt('title')}</PageTitle>
      <Show when={mayPlanAbsences(user)}>
        <p>
          <A href="/planung/abwesenheiten" data-testid="absence-planner-link">
            {abt('plannerLink')}
          </A>
        </p>
      </Show>
      <section aria-labelledby="request-title" class="card">
        <h2 id="request-title">{abt('requestHeading')}</h2>
        <p class="hint">{abt('requestIntro')}</p>
        <AbsenceForm idPrefix="request" saved={abt('requestSaved')} />
      </section>
      <section aria-labelledby="mine-title" class="space-top">
        <h2 id="mine-title">{abt('mineHeading')}</h2>
        <Show when={mine()}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="empty">{abt('noneMine')}</p>}>
              <ul class="plain-list" data-testid="my-absences">
                <For each={rows()}>
                  {(a) => (
                    <AbsenceItem absence={a}>
                      <Show when={a.status === 'requested'}>
                        <button
                          type="button"
                          class="btn"
                          data-testid="absence-withdraw"
                          onClick={(e) => void withdraw(a.id, e.currentTarget)}
                        >
                          {abt('cancel')}
                        </button>
                      </Show>
                    </AbsenceItem>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </section>
    </RequireCapability>
  );
}
