import { createSignal, For, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import { AppError, type Issue } from '../../shared/errors/errors';
import { tCode } from '../i18n/i18n';
import { ErrorSummary } from '../ui/error-summary';
import { InputField, type Option, SelectField } from '../ui/fields';
import { at } from './admin-texts';

/** One field of an administration form; values are edited as text and parsed on saving. */
export type FormField = {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'decimal' | 'select' | 'date' | 'time';
  options?: Option[];
  hint?: string;
  required?: boolean;
  maxLength?: number;
};
export type FormValues = Record<string, string>;
export type Parsed = { input: Record<string, unknown>; issues: Issue[] };

/** A field's error as people read it: a code the dictionary knows, or the field's own wording. */
export const issueText = (i: Issue): string =>
  i.code === 'required'
    ? at('issue.required')
    : i.code.startsWith('issue.')
      ? at(i.code as Parameters<typeof at>[0])
      : tCode('reason', i.code, 'reason.other');

/**
 * The form of every administration page: labels on every field, errors at the field (aria-invalid,
 * aria-describedby) and in a summary that takes focus and links to them, the same rules as the
 * device's write and the server. `onSave` may throw an AppError with details: shown at those fields.
 */
export function AdminForm(props: {
  idPrefix: string;
  fields: (values: FormValues) => FormField[];
  initial: FormValues;
  parse: (values: FormValues) => Parsed;
  onSave: (input: Record<string, unknown>) => Promise<void>;
  extra?: JSX.Element;
}): JSX.Element {
  const [values, setValues] = createStore<FormValues>({ ...props.initial });
  const [issues, setIssues] = createSignal<Issue[]>([]);
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let summary: HTMLDivElement | undefined;
  const idOf = (name: string) => `${props.idPrefix}-${name}`;
  const issueOf = (name: string) => issues().find((i) => i.path === name);
  const errorOf = (name: string) => {
    const i = issueOf(name);
    return i ? issueText(i) : undefined;
  };
  const focusSummary = () => requestAnimationFrame(() => summary?.focus());

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy()) return;
    setFailure(null);
    const parsed = props.parse({ ...values });
    setIssues(parsed.issues);
    if (parsed.issues.length > 0) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      await props.onSave(parsed.input);
    } catch (err) {
      if (err instanceof AppError && err.details?.length) setIssues(err.details);
      else setFailure(tCode('reason', err instanceof AppError ? err.code : 'other', 'reason.other'));
      focusSummary();
    } finally {
      setBusy(false);
    }
  };
  const labelOf = (path: string) => props.fields(values).find((f) => f.name === path)?.label ?? path;

  return (
    <form onSubmit={submit} novalidate>
      <ErrorSummary
        issues={issues()}
        failure={failure()}
        heading={at('edit.errors', { n: issues().length })}
        fieldId={idOf}
        line={(i) => `${labelOf(i.path)}: ${issueText(i)}`}
        ref={(el) => {
          summary = el;
        }}
        testId="admin-errors"
      />
      <For each={props.fields(values)}>
        {(f) =>
          f.type === 'select' ? (
            <SelectField
              id={idOf(f.name)}
              testId={idOf(f.name)}
              label={f.label}
              hint={f.hint}
              required={f.required ?? false}
              error={errorOf(f.name)}
              value={values[f.name] ?? ''}
              options={f.options ?? []}
              placeholder={at('edit.choose')}
              onChange={(v) => setValues(f.name, v)}
            />
          ) : (
            <InputField
              id={idOf(f.name)}
              testId={idOf(f.name)}
              label={f.label}
              hint={f.hint}
              required={f.required ?? false}
              error={errorOf(f.name)}
              type={f.type === 'decimal' ? 'text' : f.type}
              {...(f.type === 'decimal' ? { inputMode: 'decimal' as const } : {})}
              {...(f.maxLength ? { maxLength: f.maxLength } : {})}
              value={values[f.name] ?? ''}
              onInput={(v) => setValues(f.name, v)}
            />
          )
        }
      </For>
      <div class="button-row">
        <button
          type="submit"
          class="btn btn-primary"
          aria-disabled={busy() ? 'true' : undefined}
          data-testid={`${props.idPrefix}-save`}
        >
          {at('edit.save')}
        </button>
        {props.extra}
      </div>
    </form>
  );
}
