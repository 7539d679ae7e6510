import { type JSX, Show } from 'solid-js';

/** A labelled new-password input with its rules as hint and its error tied to it (aria-describedby). */
export function PasswordField(props: {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  value: string;
  onInput: (v: string) => void;
}): JSX.Element {
  const describedBy = () =>
    [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <input
        id={props.id}
        data-testid={props.id}
        type="password"
        autocomplete="new-password"
        required
        minlength={10}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
