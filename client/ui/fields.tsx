import { createEffect, For, type JSX, Show } from 'solid-js';

type Common = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  testId?: string | undefined;
  required?: boolean;
  onBlur?: () => void;
  /** Further elements that describe the field, such as a warning about the whole day. */
  describedBy?: string | undefined;
};

const describedBy = (p: Common): string | undefined =>
  [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : '', p.describedBy ?? ''].filter(Boolean).join(' ') ||
  undefined;

function Frame(props: Common & { children: JSX.Element }): JSX.Element {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

export type InputProps = Common & {
  type: 'date' | 'time' | 'number' | 'text' | 'email' | 'tel';
  value: string;
  onInput: (value: string) => void;
  min?: string;
  max?: string;
  step?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  maxLength?: number;
  autocomplete?: string;
  readOnly?: boolean;
};

/** A labelled input whose error is announced with it (aria-describedby) and marked beyond colour. */
export function InputField(props: InputProps): JSX.Element {
  let input: HTMLInputElement | undefined;
  // The value is written only when it differs from what the field holds: a date or time typed digit by
  // digit reads "" until complete, and writing that "" back would wipe the digits typed so far.
  createEffect(() => {
    const v = props.value;
    if (input && input.value !== v) input.value = v;
  });
  return (
    <Frame {...props}>
      <input
        ref={input}
        id={props.id}
        name={props.id}
        type={props.type}
        min={props.min}
        max={props.max}
        step={props.step}
        inputmode={props.inputMode}
        maxLength={props.maxLength}
        autocomplete={props.autocomplete}
        readOnly={props.readOnly}
        required={props.required}
        data-testid={props.testId}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={() => props.onBlur?.()}
      />
    </Frame>
  );
}

export type Option = { value: string; label: string };

export function SelectField(
  props: Common & { value: string; options: Option[]; placeholder: string; onChange: (value: string) => void },
): JSX.Element {
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.id}
        required={props.required}
        data-testid={props.testId}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        onBlur={() => props.onBlur?.()}
      >
        <option value="" selected={props.value === ''}>
          {props.placeholder}
        </option>
        <For each={props.options}>
          {(o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          )}
        </For>
      </select>
    </Frame>
  );
}

export function TextAreaField(
  props: Common & { value: string; maxLength: number; onInput: (value: string) => void },
): JSX.Element {
  return (
    <Frame {...props}>
      <textarea
        id={props.id}
        name={props.id}
        maxLength={props.maxLength}
        value={props.value}
        data-testid={props.testId}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={() => props.onBlur?.()}
      />
    </Frame>
  );
}

/**
 * A labelled password input (sign-in, account, invitation); a new password's rules go in `hint`.
 * Value bound directly: nothing is typed digit by digit into a partial value here.
 */
export function PasswordField(
  props: Omit<Common, 'error' | 'testId' | 'required'> & {
    value: string;
    onInput: (value: string) => void;
    autocomplete: 'current-password' | 'new-password';
    error?: string | null | undefined;
    minLength?: number;
  },
): JSX.Element {
  const common = (): Common => ({ ...props, error: props.error ?? undefined });
  return (
    <Frame {...common()}>
      <input
        id={props.id}
        name={props.id}
        data-testid={props.id}
        type="password"
        autocomplete={props.autocomplete}
        required
        minlength={props.minLength}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(common())}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </Frame>
  );
}
