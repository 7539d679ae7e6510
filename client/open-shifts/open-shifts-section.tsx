import { createSignal, For, type JSX, Show } from 'solid-js';
import type { OpenShift } from '../../shared/open-shifts/schema';
import { ApiError } from '../api/http';
import { useAuthed } from '../auth/authed-context';
import { createLiveQuery } from '../db/live';
import { formatDateTime, t } from '../i18n/i18n';
import { focusAfter } from '../ui/focus';
import { claimShift } from './open-shifts-api';
import { claimErrorText } from './claim-errors';

/** Shifts this person may still take, and those they asked for that wait for the coordinator. */
const mineToSee = (shifts: readonly OpenShift[], me: string) =>
  shifts
    .filter((s) => (s.state === 'open' && s.eligibleIds.includes(me)) || (s.state === 'pending' && s.claimedBy === me))
    .sort((a, b) => a.plannedStart.localeCompare(b.plannedStart));

/** "Offene Dienste" on the first screen: read from the device (offline too); taking one needs the server. */
export function OpenShiftsSection(): JSX.Element {
  const { db, user, lookups } = useAuthed();
  const shifts = createLiveQuery(async () => mineToSee(await db.openShifts.toArray(), user.id), []);
  return (
    <section aria-labelledby="open-shifts-title" class="space-top" data-testid="open-shifts">
      <h2 id="open-shifts-title">{t('open.title')}</h2>
      <Show when={shifts().length > 0} fallback={<p class="empty">{t('open.none')}</p>}>
        <ul class="plain-list">
          <For each={shifts()}>
            {(s) => <ShiftItem shift={s} place={lookups.municipality(s.municipalityId)?.name ?? ''} />}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function ShiftItem(props: { shift: OpenShift; place: string }): JSX.Element {
  const { user } = useAuthed();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const [failed, setFailed] = createSignal(false);
  // Someone else was quicker: the button goes until the next sync removes the shift.
  const [gone, setGone] = createSignal(false);
  const id = `shift-${props.shift.id}`;
  const take = async (button: HTMLButtonElement) => {
    if (busy()) return;
    setBusy(true);
    setMessage('');
    try {
      const answer = await claimShift(props.shift.id);
      setFailed(false);
      const note =
        answer.warnings.length > 0
          ? ` ${t('open.warnings', { rules: answer.warnings.map((w) => w.paragraph).join(', ') })}`
          : '';
      setMessage((answer.shift.state === 'taken' ? t('open.claimed') : t('open.pending')) + note);
    } catch (err) {
      setFailed(true);
      setGone(err instanceof ApiError && err.code === 'already_taken');
      setMessage(claimErrorText(err));
      focusAfter(`#${id}`, button);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="card" data-testid="open-shift">
      <h3 id={id} class="card-title">
        {props.place}: {formatDateTime(props.shift.plannedStart, user.timeZone)}–
        {formatDateTime(props.shift.plannedEnd, user.timeZone).split(' ').pop()}
      </h3>
      <p>{props.shift.task}</p>
      <Show when={props.shift.skills.length > 0}>
        <p class="card-muted">{t('open.skills', { skills: props.shift.skills.join(', ') })}</p>
      </Show>
      <Show when={props.shift.needsConfirmation}>
        <p class="card-muted">{t('open.needsConfirmation')}</p>
      </Show>
      <Show
        when={props.shift.state === 'open' && !gone()}
        fallback={
          // The claim's own answer says it already; the line is for a shift claimed earlier.
          <Show when={!gone() && !message()}>
            <p>{t('open.pending')}</p>
          </Show>
        }
      >
        <button
          type="button"
          class="btn btn-primary"
          aria-describedby={id}
          aria-disabled={busy() ? 'true' : undefined}
          onClick={(e) => void take(e.currentTarget)}
        >
          {busy() ? t('open.claiming') : t('open.claim')}
        </button>
      </Show>
      <p role={failed() ? 'alert' : 'status'} class={failed() ? 'field-error' : ''} data-testid="claim-message">
        {message()}
      </p>
    </li>
  );
}
