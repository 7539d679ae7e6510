import { createSignal, For, type JSX, Show } from 'solid-js';
import type { Issue } from '../../shared/errors/errors';
import type { OpenShift, OpenShiftState } from '../../shared/open-shifts/schema';
import { useAuthed } from '../auth/authed-context';
import { formatDateTime } from '../i18n/i18n';
import { useSync } from '../sync/sync-context';
import { announce } from '../ui/announce';
import { askConfirm } from '../ui/confirm-dialog';
import { TextAreaField } from '../ui/fields';
import { focusElement } from '../ui/focus';
import { decideErrorText, reasonWarnings, warningLine } from './decide-actions';
import { confirmShift, declineShift, withdrawShift } from './planner-api';
import { ot } from './planner-texts';

// The state in words; the colour only supports it (the app's badge colours).
const BADGE: Record<OpenShiftState, string> = {
  open: 'badge-planned',
  pending: 'badge-started',
  taken: 'badge-done',
  withdrawn: 'badge-cancelled',
};

/**
 * One published shift as its coordinator sees it: where and when, its state, who claimed it, and what can be
 * done now (confirm or decline a waiting claim, withdraw one nobody holds). A confirm refused for working-time
 * breaches lists them and asks for the reason the server keeps with the assignment.
 */
export function PlannerShiftCard(props: { shift: OpenShift; claimant: string }): JSX.Element {
  const { user, lookups } = useAuthed();
  const sync = useSync();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const [failed, setFailed] = createSignal(false);
  const [warnings, setWarnings] = createSignal<Issue[]>([]);
  const [reason, setReason] = createSignal('');
  const s = () => props.shift;
  const id = () => `planner-shift-${s().id}`;
  const act = async (work: () => Promise<unknown>, done: string) => {
    if (busy()) return;
    setBusy(true);
    setMessage('');
    try {
      await work();
      setFailed(false);
      setWarnings([]);
      setMessage(done);
      announce(done);
      // The buttons go once the sync brings the new state: focus waits at the shift's heading instead.
      const heading = document.getElementById(id());
      if (heading) focusElement(heading);
      void sync.sync();
    } catch (err) {
      const breaches = reasonWarnings(err);
      if (breaches.length > 0) setWarnings(breaches);
      setFailed(true);
      setMessage(decideErrorText(err));
    } finally {
      setBusy(false);
    }
  };
  const confirm = () => {
    const why = reason().trim();
    return act(() => confirmShift(s().id, why ? { reason: why } : {}), ot('confirmed'));
  };
  const button = (label: string, onClick: () => Promise<void>, primary = false) => (
    <button
      type="button"
      class={primary ? 'btn btn-primary' : 'btn'}
      aria-describedby={id()}
      aria-disabled={busy() ? 'true' : undefined}
      onClick={() => void onClick()}
    >
      {label}
    </button>
  );
  const end = () => formatDateTime(s().plannedEnd, user.timeZone).split(' ').pop();
  return (
    <li class="card planner-shift" data-testid="planner-shift" data-state={s().state}>
      <h3 id={id()} class="card-title">
        {lookups.municipality(s().municipalityId)?.name ?? ''}: {formatDateTime(s().plannedStart, user.timeZone)}–
        {end()}
      </h3>
      <p>
        <span class={`badge ${BADGE[s().state]}`} data-testid="planner-shift-state">
          {ot(`state.${s().state}`)}
        </span>
      </p>
      <p class="card-muted">
        {[lookups.site(s().siteId)?.name, lookups.serviceType(s().serviceTypeId)?.name].filter(Boolean).join(' · ')}
      </p>
      <Show when={s().task}>
        <p>{s().task}</p>
      </Show>
      <p class="card-muted">
        <Show when={s().skills.length > 0}>{ot('skillsNeeded', { skills: s().skills.join(', ') })} · </Show>
        {ot('eligible', { n: s().eligibleIds.length })}
      </p>
      <Show when={s().claimedBy && s().state !== 'open'}>
        <p data-testid="planner-shift-claimant">{ot('claimedBy', { name: props.claimant })}</p>
      </Show>
      <Show when={warnings().length > 0}>
        <div class="notice notice-warn" id={`${id()}-warnings`}>
          <p class="flush-top">
            <strong>{ot('warningsHeading')}</strong>
          </p>
          <ul class="warn-list" data-testid="planner-shift-warnings">
            <For each={warnings()}>{(w) => <li>{warningLine(w)}</li>}</For>
          </ul>
        </div>
        <TextAreaField
          id={`${id()}-reason`}
          label={ot('reason')}
          hint={ot('reasonHint')}
          maxLength={500}
          value={reason()}
          error={reason().trim() ? undefined : ot('reasonNeeded')}
          describedBy={`${id()}-warnings`}
          onInput={setReason}
        />
      </Show>
      <div class="button-row">
        <Show when={s().state === 'pending'}>
          {button(ot('confirm'), confirm, true)}
          {button(ot('decline'), () => act(() => declineShift(s().id), ot('declined')))}
        </Show>
        <Show when={s().state === 'open' || s().state === 'pending'}>
          {button(ot('withdraw'), async () => {
            if (await askConfirm(ot('withdrawAsk'), ot('withdraw'), true))
              await act(() => withdrawShift(s().id), ot('withdrawnNow'));
          })}
        </Show>
      </div>
      <p role={failed() ? 'alert' : 'status'} class={failed() ? 'field-error' : ''} data-testid="planner-shift-message">
        {message()}
      </p>
    </li>
  );
}
