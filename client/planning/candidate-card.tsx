import { For, type JSX, Show } from 'solid-js';
import type { Reason } from '../../shared/planning/candidates';
import { reasonText } from './suggestion-texts';
import './candidates.css';

/** One ranking's reasons, with the day they belong to when a request has several. */
export type CandidateDay = { label?: string | undefined; reasons: readonly Reason[] };

/**
 * A ranked person as the board's suggestions and a cover request's picker show them: the name, the action
 * (none for someone who cannot be booked), and why they stand there, day by day.
 */
export function CandidateCard(props: {
  name: string;
  fits: boolean;
  days: readonly CandidateDay[];
  action?: JSX.Element;
}): JSX.Element {
  return (
    <li class={props.fits ? 'suggestion fits' : 'suggestion'} data-testid="suggestion">
      <div class="suggestion-head">
        <strong>{props.name}</strong>
        {props.action}
      </div>
      <For each={props.days}>
        {(day) => (
          <>
            <Show when={day.label}>
              <p class="suggestion-day">{day.label}</p>
            </Show>
            <ul class="suggestion-reasons">
              <For each={day.reasons}>{(r) => <li class={`reason-${r.code}`}>{reasonText(r)}</li>}</For>
            </ul>
          </>
        )}
      </For>
    </li>
  );
}
