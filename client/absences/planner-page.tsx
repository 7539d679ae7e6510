import { createMemo, For, type JSX, Show } from 'solid-js';
import { AppError } from '../../shared/errors/errors';
import { dateIn } from '../../shared/time/dates';
import { useAuthed } from '../auth/authed-context';
import { RequireCapability } from '../auth/require-capability';
import { createLiveQuery } from '../db/live';
import { tCode } from '../i18n/i18n';
import { announce } from '../ui/announce';
import { focusAfter } from '../ui/focus';
import { PageTitle } from '../ui/page-title';
import { AbsenceForm } from './absence-form';
import { AbsenceItem, datesOf } from './absence-item';
import { updateAbsence } from './local-writes';
import { type AbsenceView, absenceViews } from './queries';
import { abt } from './texts';

const decisions = [
  { status: 'approved', label: 'approve', done: 'approved', primary: true },
  { status: 'declined', label: 'decline', done: 'declined', primary: false },
] as const;
/** An approved absence entered by mistake or no longer true is withdrawn, never deleted: who did it stays. */
const revoke = { status: 'cancelled', label: 'revoke', done: 'revoked', primary: false } as const;
type Decision = (typeof decisions)[number] | typeof revoke;

/**
 * Planners' absences (/planung/abwesenheiten, `assignments.plan`): open requests to approve or decline,
 * a form to enter anyone's absence, and what is coming up. Loaded only when a planner opens it.
 */
export function AbsencePlannerPage(): JSX.Element {
  const { db, user } = useAuthed();
  const all = createLiveQuery(() => absenceViews(db), undefined);
  const people = createLiveQuery(() => db.people.toArray(), []);
  const today = dateIn(user.timeZone, new Date());
  const open = createMemo(() => (all() ?? []).filter((a) => a.status === 'requested'));
  const upcoming = createMemo(() => (all() ?? []).filter((a) => a.status === 'approved' && a.to >= today));
  const options = createMemo(() =>
    people()
      .filter((p) => p.active)
      .map((p) => ({ value: p.id, label: p.displayName }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  );
  const decide = async (a: AbsenceView, d: Decision, button: HTMLButtonElement) => {
    try {
      await updateAbsence(db, user, a.id, { status: d.status });
      announce(abt(d.done, { name: a.personName, dates: datesOf(a) }));
      focusAfter([`[data-testid="absence-${d.label}"]`, d === revoke ? '#upcoming-title' : '#open-title'], button);
    } catch (err) {
      announce(tCode('reason', err instanceof AppError ? err.code : 'other', 'reason.other'));
    }
  };
  return (
    <RequireCapability any={['assignments.plan']}>
      <PageTitle>{abt('plannerTitle')}</PageTitle>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{abt('openHeading')}</h2>
        <Show when={open().length > 0} fallback={<p class="empty">{abt('noneOpen')}</p>}>
          <ul class="plain-list" data-testid="open-requests">
            <For each={open()}>
              {(a) => (
                <AbsenceItem absence={a} showPerson>
                  <div class="button-row">
                    <For each={decisions}>
                      {(d) => (
                        <button
                          type="button"
                          class={d.primary ? 'btn btn-primary' : 'btn'}
                          data-testid={`absence-${d.label}`}
                          onClick={(e) => void decide(a, d, e.currentTarget)}
                        >
                          {abt(d.label)}
                        </button>
                      )}
                    </For>
                  </div>
                </AbsenceItem>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section aria-labelledby="enter-title" class="card space-top">
        <h2 id="enter-title">{abt('enterHeading')}</h2>
        <p class="hint">{abt('enterIntro')}</p>
        <AbsenceForm idPrefix="enter" people={options()} saved={abt('entered')} />
      </section>
      <section aria-labelledby="upcoming-title" class="space-top">
        <h2 id="upcoming-title">{abt('upcomingHeading')}</h2>
        <Show when={upcoming().length > 0} fallback={<p class="empty">{abt('noneUpcoming')}</p>}>
          <ul class="plain-list">
            <For each={upcoming()}>
              {(a) => (
                <AbsenceItem absence={a} showPerson>
                  <button
                    type="button"
                    class="btn"
                    data-testid="absence-revoke"
                    onClick={(e) => void decide(a, revoke, e.currentTarget)}
                  >
                    {abt('revoke')}
                  </button>
                </AbsenceItem>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </RequireCapability>
  );
}
