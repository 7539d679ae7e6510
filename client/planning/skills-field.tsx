import { For, type JSX, Show } from 'solid-js';
import '../ui/checks.css';

/**
 * Needed skills as checkboxes: the association's skills, plus any ticked one nobody holds any more (shown
 * marked, so it can be unticked where its error is). The fieldset carries the error for screen readers.
 */
export function SkillsField(props: {
  id: string;
  legend: string;
  hint: string;
  known: readonly string[];
  value: readonly string[];
  onChange: (skills: string[]) => void;
  error?: string | undefined;
}): JSX.Element {
  const options = () => [...props.known, ...props.value.filter((s) => !props.known.includes(s))];
  const describedBy = () => [`${props.id}-hint`, props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset class="checks" id={props.id} tabindex="-1" aria-describedby={describedBy()} data-testid={props.id}>
      <legend>{props.legend}</legend>
      <p class="hint" id={`${props.id}-hint`}>
        {props.hint}
      </p>
      <For each={options()}>
        {(s) => (
          <label>
            <input
              type="checkbox"
              value={s}
              checked={props.value.includes(s)}
              aria-invalid={props.error && !props.known.includes(s) ? 'true' : undefined}
              onChange={(e) =>
                props.onChange(e.currentTarget.checked ? [...props.value, s] : props.value.filter((x) => x !== s))
              }
            />
            {s}
          </label>
        )}
      </For>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}
